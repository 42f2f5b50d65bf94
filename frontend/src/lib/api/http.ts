import { ApiError, codeForStatus, toApiError } from './error'
import type { Call } from './transport'

export type Fetch = (input: string, init: RequestInit) => Promise<Response>

/**
 * httpCall sends `POST {base}<method>` with the JSON array of arguments as the
 * body (serve mode). 200 carries the JSON result (an empty body is
 * `undefined`); any other status carries a JSON `{code,message}`, normalised
 * to an ApiError like a Wails rejection. A failed request (server down) is an
 * ApiError with code `unavailable`.
 */
export function httpCall(fetchFn: Fetch, base = '/api/'): Call {
  return async (method, args) => {
    let res: Response
    try {
      res = await fetchFn(base + method, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(args),
      })
    } catch (err) {
      throw toApiError(err, 'unavailable')
    }
    const text = await res.text()
    if (!res.ok) throw toApiError(text || res.statusText, codeForStatus(res.status))
    if (!text) return undefined
    try {
      return JSON.parse(text) as unknown
    } catch {
      throw new ApiError('internal', `Bad response from ${method}: not JSON`)
    }
  }
}
