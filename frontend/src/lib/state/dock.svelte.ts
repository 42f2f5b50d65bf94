/**
 * DockState holds the coordination views' dock under the timeline: which
 * view is open (null: the dock is closed) and the efforts the open view
 * focuses (a hovered or selected row), which the timeline highlights while
 * dimming the rest. Views are named by their registry id (views/registry.ts).
 */
export class DockState {
  view = $state<string | null>(null)
  /** efforts to highlight on the timeline; empty: nothing is focused */
  focus = $state.raw<readonly string[]>([])

  /** open shows view `id` (replacing any other) and drops the focus. */
  open(id: string): void {
    if (this.view !== id) this.focus = []
    this.view = id
  }

  /** toggle opens view `id`, or closes the dock when `id` is already open. */
  toggle(id: string): void {
    if (this.view === id) this.close()
    else this.open(id)
  }

  close(): void {
    this.view = null
    this.focus = []
  }

  /** counts the requests to bring the focus into view (the timeline scrolls to it when it changes) */
  revealed = $state(0)

  /** setFocus highlights `ids` on the timeline (empty: none); with `reveal`, the timeline scrolls to the first. */
  setFocus(ids: readonly string[], reveal = false): void {
    this.focus = ids
    if (reveal && ids.length > 0) this.revealed++
  }
}
