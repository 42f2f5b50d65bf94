/**
 * The coordination views of the dock, as data: id (what DockState.view
 * holds and the native menu sends as "view-<id>"), tab label, and the
 * shortcut that opens it (Alt+key; shown on the tab). ViewDock.svelte maps
 * each id to its component. Add a view: a row here and a line there.
 */
export interface ViewEntry {
  id: string
  label: string
  /** the key that, with Alt, toggles the view */
  key: string
}

export const VIEWS: readonly ViewEntry[] = [
  { id: 'conflicts', label: 'Conflicts', key: 'c' },
  { id: 'decisions', label: 'Decisions', key: 'd' },
  { id: 'agenda', label: 'Agenda', key: 'a' },
]

/** viewForKey returns the view that Alt+`key` toggles, if any. */
export function viewForKey(key: string): ViewEntry | undefined {
  const k = key.toLowerCase()
  return VIEWS.find((v) => v.key === k)
}
