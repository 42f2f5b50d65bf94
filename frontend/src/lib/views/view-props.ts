import type { FindState } from '../state/find.svelte'
import type { RoadmapState } from '../state/roadmap.svelte'
import type { EditorState } from '../state/editor.svelte'
import type { DockState } from '../state/dock.svelte'
import type { TimelineLayout } from '../timeline/layout/layout'

/** ViewProps are what ViewDock gives every coordination view. */
export interface ViewProps {
  roadmaps: RoadmapState
  editor?: EditorState
  dock: DockState
  layout?: TimelineLayout
  /** the find bar: while it narrows, a view shows only rows with a matching effort */
  find?: FindState
}
