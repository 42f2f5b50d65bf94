/**
 * handleError is the one UI helper for failures: it normalises anything
 * thrown into an ApiError, logs it, and shows it as a toast. Components call
 * it from their catch blocks; it returns the ApiError for further use.
 */
import { toApiError, type ApiError } from '../api'
import { toasts, type ToastState } from '../state/toasts.svelte'

export function handleError(err: unknown, context: string, sink: ToastState = toasts): ApiError {
  const apiErr = toApiError(err)
  console.error(`[tandem] ${context}: ${apiErr.code}: ${apiErr.message}`)
  sink.push('error', `${context}: ${apiErr.message}`, apiErr.code)
  return apiErr
}
