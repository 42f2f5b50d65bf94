/**
 * handleError is the one UI helper for failures: it normalises anything
 * thrown into an ApiError, logs it, and shows it as a toast. Components call
 * it from their catch blocks; it returns the ApiError for further use.
 */
import type { ApiError } from '../api'
import { failure } from '../state/failure'
import { toasts, type ToastState } from '../state/toasts.svelte'

export function handleError(err: unknown, context: string, sink: ToastState = toasts): ApiError {
  const apiErr = failure(err, context)
  sink.push('error', `${context}: ${apiErr.message}`, apiErr.code)
  return apiErr
}
