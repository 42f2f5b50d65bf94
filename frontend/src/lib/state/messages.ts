/**
 * Backend refusals in the user's words where we can: a dependency cycle
 * (the error's `cycle`, ids in order) is said with the efforts' titles.
 * Anything else is shown as the backend wrote it.
 */
import type { ApiError } from '../api'

export function friendlyMessage(err: Pick<ApiError, 'message' | 'cycle'>, title: (id: string) => string | undefined): string {
  const ids = err.cycle
  if (ids.length < 1 || ids.some((id) => !title(id))) return err.message
  const loop = [...ids, ids[0]].map((id) => title(id))
  return `That would make a loop: ${loop.join(' → ')}. A dependency cannot lead back to where it starts.`
}
