/**
 * Where a refused edit is said. The timeline says it under the bar or point
 * that caused it (an effort, a dependency, a new effort drawn on the
 * timeline); the inspector next to the field (an effort's field, a lane)
 * when it shows that thing; anything else goes in the banner over the
 * timeline.
 */
import type { EditError } from '../state/editor.svelte'
import type { SelectionState } from '../state/selection.svelte'

/** bannerError is the error the banner shows, or null when another place shows it. */
export function bannerError(error: EditError | null, selection: Pick<SelectionState, 'primary' | 'size' | 'lane' | 'laneSelected'>): EditError | null {
  if (!error) return null
  const t = error.target
  switch (t.kind) {
    case 'timeline':
    case 'dependency':
      return null
    case 'effort':
      if (!t.field) return null
      return selection.size === 1 && selection.primary === t.id ? null : error
    case 'lane':
      return selection.laneSelected && selection.lane === t.id ? null : error
    default:
      return error
  }
}
