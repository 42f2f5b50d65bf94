/**
 * ApiError is the one error type the UI sees from the backend, whichever
 * transport carried the call. `code` is the backend's code (`invalid`,
 * `not_found`, `in_use`, `disk_full`, `internal`) or `unavailable` when the
 * backend could not be reached at all.
 */
export type ApiErrorCode = 'invalid' | 'not_found' | 'in_use' | 'disk_full' | 'internal' | 'unavailable'

const CODES: readonly string[] = ['invalid', 'not_found', 'in_use', 'disk_full', 'internal', 'unavailable']

export class ApiError extends Error {
  readonly code: ApiErrorCode

  constructor(code: ApiErrorCode, message: string) {
    super(message)
    this.name = 'ApiError'
    this.code = code
  }
}

/** codeForStatus maps an HTTP status to a code, for error bodies that are not JSON. */
export function codeForStatus(status: number): ApiErrorCode {
  switch (status) {
    case 400:
    case 422:
      return 'invalid'
    case 404:
      return 'not_found'
    case 409:
      return 'in_use'
    case 507:
      return 'disk_full'
    case 502:
    case 503:
    case 504:
      return 'unavailable'
    default:
      return 'internal'
  }
}

function isCode(value: unknown): value is ApiErrorCode {
  return typeof value === 'string' && CODES.includes(value)
}

function fromObject(value: object, fallback: ApiErrorCode): ApiError | null {
  const { code, message } = value as { code?: unknown; message?: unknown }
  if (typeof message !== 'string') return null
  return new ApiError(isCode(code) ? code : fallback, message)
}

function fromString(text: string, fallback: ApiErrorCode): ApiError {
  const trimmed = text.trim()
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed)
      if (parsed && typeof parsed === 'object') {
        const err = fromObject(parsed, fallback)
        if (err) return err
      }
    } catch {
      // not JSON: the text itself is the message
    }
  }
  return new ApiError(fallback, trimmed || 'Unknown error')
}

/**
 * toApiError normalises anything a transport can throw into an ApiError:
 * a Wails rejection (a string holding JSON `{code,message}`, or a plain
 * string), an HTTP error body (parsed object or raw text), an Error, or an
 * ApiError (returned as is). `fallback` is the code used when the input
 * carries none.
 */
export function toApiError(err: unknown, fallback: ApiErrorCode = 'internal'): ApiError {
  if (err instanceof ApiError) return err
  if (typeof err === 'string') return fromString(err, fallback)
  if (err instanceof Error) return fromString(err.message, fallback)
  if (err && typeof err === 'object') {
    const fromObj = fromObject(err, fallback)
    if (fromObj) return fromObj
  }
  return new ApiError(fallback, err == null ? 'Unknown error' : String(err))
}
