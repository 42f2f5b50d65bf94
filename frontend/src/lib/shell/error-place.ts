/**
 * Where a refused edit is said. The timeline says it under the bar or point
 * that caused it (`effort:<id>`, `dependency:…`, `timeline`); the inspector
 * next to the field (`effort:<id>:<field>`, `lane:<id>…`) when it shows that
 * thing; anything else goes in the banner over the timeline.
 */
import type { EditError } from '../state/editor.svelte'
import type { SelectionState } from '../state/selection.svelte'

/** bannerError is the error the banner shows, or null when another place shows it. */
export function bannerError(error: EditError | null, selection: Pick<SelectionState, 'primary' | 'size' | 'lane' | 'laneSelected'>): EditError | null {
  if (!error) return null
  const [kind, id, field] = error.target.split(':')
  if (kind === 'timeline' || kind === 'dependency') return null
  if (kind === 'effort') {
    if (!field) return null
    return selection.size === 1 && selection.primary === id ? null : error
  }
  if (kind === 'lane') return selection.laneSelected && selection.lane === id ? null : error
  return error
}
