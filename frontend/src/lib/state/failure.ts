/**
 * failure is where every failed backend call in the UI goes first: it
 * normalises what was thrown into an ApiError and logs it, once, with what
 * was being done. Callers then show it where it belongs: a toast
 * (shell/handle-error.ts), a callout at the edited item (EditorState), or
 * the view that asked (CoordinationState).
 */
import { toApiError, type ApiError } from '../api'

export function failure(err: unknown, doing: string): ApiError {
  const e = toApiError(err)
  const detail = e.problems.length ? ` (${e.problems.length + e.more} problems)` : ''
  console.error(`[tandem] ${doing}: ${e.code}: ${e.message}${detail}`)
  return e
}
