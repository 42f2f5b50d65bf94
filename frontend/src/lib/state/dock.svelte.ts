import { getContext, setContext } from 'svelte'

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

  /** counts the requests to select the focus on the timeline (the editor selects it when it changes) */
  selected = $state(0)

  /** setFocus highlights `ids` on the timeline (empty: none); with `reveal`, the timeline scrolls to the first. */
  setFocus(ids: readonly string[], reveal = false): void {
    this.focus = ids
    if (reveal && ids.length > 0) this.revealed++
  }

  /** selectFocus highlights `ids`, scrolls to the first and makes them the timeline's selection (the inspector shows them). */
  selectFocus(ids: readonly string[]): void {
    this.setFocus(ids, true)
    if (ids.length > 0) this.selected++
  }
}

/** DOCK_CONTEXT is the context key of the workspace's dock (tests pass it in render's context). */
export const DOCK_CONTEXT = Symbol('dock')

/** setDockContext makes `dock` reachable from the components below (call during component setup). */
export function setDockContext(dock: DockState): void {
  setContext(DOCK_CONTEXT, dock)
}

/** dockContext is the workspace's dock, or undefined outside a workspace (e.g. a component test). */
export function dockContext(): DockState | undefined {
  return getContext<DockState | undefined>(DOCK_CONTEXT)
}
