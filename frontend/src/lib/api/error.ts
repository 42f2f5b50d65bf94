import { BACKEND_CODES } from './codes.gen'

/**
 * ApiError is the one error type the UI sees from the backend, whichever
 * transport carried the call: the backend's service.Error. `code` is one of
 * the backend's codes (codes.gen.ts, written from Go) or `unavailable` when
 * the backend could not be reached at all. A refusal made of problems at
 * places lists them in `problems` (`more` counts those beyond the list); a
 * dependency cycle names its efforts, in order, in `cycle`.
 */
export type ApiErrorCode = (typeof BACKEND_CODES)[number] | 'unavailable'

const CODES: readonly string[] = [...BACKEND_CODES, 'unavailable']

/** One problem of a refused input: where it is ('' for the whole input) and what is wrong. */
export interface ApiProblem {
  where: string
  what: string
}

export interface ApiErrorDetail {
  problems?: readonly ApiProblem[]
  more?: number
  cycle?: readonly string[]
}

export class ApiError extends Error {
  readonly code: ApiErrorCode
  readonly problems: readonly ApiProblem[]
  readonly more: number
  readonly cycle: readonly string[]

  constructor(code: ApiErrorCode, message: string, detail: ApiErrorDetail = {}) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.problems = detail.problems ?? []
    this.more = detail.more ?? 0
    this.cycle = detail.cycle ?? []
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

const isText = (v: unknown): v is string => typeof v === 'string'

function problemsOf(value: unknown): ApiProblem[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((p: { where?: unknown; what?: unknown } | null) =>
    p && isText(p.what) ? [{ where: isText(p.where) ? p.where : '', what: p.what }] : [],
  )
}

function fromObject(value: object, fallback: ApiErrorCode): ApiError | null {
  const { code, message, problems, more, cycle } = value as Record<string, unknown>
  if (!isText(message)) return null
  return new ApiError(isCode(code) ? code : fallback, message, {
    problems: problemsOf(problems),
    more: typeof more === 'number' && more > 0 ? more : 0,
    cycle: Array.isArray(cycle) ? cycle.filter(isText) : [],
  })
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
 * a Wails rejection (the service.Error object, or a plain string), an HTTP
 * error body (its JSON text or raw text), an Error, or an ApiError
 * (returned as is). `fallback` is the code used when the input
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
