/**
 * EditActions turns what the user did (a drag, a key) into edits of the
 * model, sent through the editor. Both the timeline's gestures and the
 * keyboard go through here, so a drag and a key press make the same edit.
 */
import type { Effort, Roadmap } from '../api'
import { addDays } from '../timeline/geometry/dates'
import type { TimelineItem, TimelineLane, TimelineLayout } from '../timeline/layout/layout'
import { workCalendar, type CalendarSpec, type WorkCalendar } from './calendar'
import { drawn, inLane, moved, resized } from './effort-edits'
import type { EditorState } from './editor.svelte'
import { at } from './error-target'
import { ById } from '../timeline/layout/by-id'
import type { SelectionState } from './selection.svelte'

export interface ActionContext {
  roadmap(): Roadmap | null
  /** the snapshot's working calendar (null: every day is worked) */
  calendar(): CalendarSpec | null | undefined
  layout(): TimelineLayout | null
  editor: EditorState
  selection: SelectionState
  /** the day new efforts start at when nothing is selected (today, or the view's centre) */
  defaultDay(): Date
}

/** NEW_EFFORT_DAYS is how long an effort made with N lasts. */
export const NEW_EFFORT_DAYS = 10
export const NEW_TITLE = 'New effort'

/** Draft is an effort being made: its lane and days (inclusive), before it has a title. */
export interface Draft {
  lane: string
  from: Date
  to: Date
}

export class EditActions {
  #ctx: ActionContext
  /** each lane's items by id, made when first asked: a lane an edit left unchanged is the same object (LayoutBuilder) and keeps its index */
  #byLane = new WeakMap<TimelineLane, Map<string, TimelineItem>>()
  #efforts = new ById<Effort>()

  constructor(ctx: ActionContext) {
    this.#ctx = ctx
  }

  /** #item is the drawn item of effort `id`, or undefined: O(lanes) after an edit, not O(efforts). */
  #item(id: string): TimelineItem | undefined {
    for (const lane of this.#ctx.layout()?.lanes ?? []) {
      let index = this.#byLane.get(lane)
      if (!index) {
        index = new Map(lane.items.map((it) => [it.id, it]))
        this.#byLane.set(lane, index)
      }
      const item = index.get(id)
      if (item) return item
    }
    return undefined
  }

  #calendar(): WorkCalendar | null {
    return workCalendar(this.#ctx.calendar())
  }

  /** #effort is effort `id` of the roadmap, or undefined: by an index that follows an edit's changes (ById), not a walk through every effort. */
  #effort(id: string): Effort | undefined {
    const efforts = this.#ctx.roadmap()?.efforts
    return efforts ? this.#efforts.index(efforts).get(id) : undefined
  }

  #laneIds(): string[] {
    return (this.#ctx.layout()?.lanes ?? []).map((l) => l.id)
  }

  /**
   * moveEfforts shifts efforts by `days` and `laneDelta` lanes (clamped), in
   * one undo step. The new dates are worked out when the edit's turn comes,
   * so moves made while earlier ones are still saving add up.
   */
  moveEfforts(ids: string[], days: number, laneDelta = 0): Promise<unknown> {
    if (ids.length === 0 || (days === 0 && laneDelta === 0)) return Promise.resolve(null)
    return this.#ctx.editor.updateEffortsWhenDue(at.effort(ids[0]), () => this.#moved(ids, days, laneDelta))
  }

  /** #moved is the efforts `ids` shifted by `days` and `laneDelta` lanes, from the roadmap as it is now. */
  #moved(ids: string[], days: number, laneDelta: number): Effort[] {
    const lanes = this.#laneIds()
    const cal = this.#calendar()
    const edits: Effort[] = []
    for (const id of ids) {
      const effort = this.#effort(id)
      const item = this.#item(id)
      if (!effort || !item) continue
      let next = days !== 0 ? moved(effort, item, days, cal) : effort
      if (laneDelta !== 0) {
        const i = lanes.indexOf(effort.lane)
        const target = lanes[Math.min(lanes.length - 1, Math.max(0, i + laneDelta))]
        if (target && target !== effort.lane) next = inLane(next, target)
      }
      if (next !== effort) edits.push(next)
    }
    return edits
  }

  resize(id: string, edge: 'start' | 'end', days: number): Promise<unknown> {
    const effort = this.#effort(id)
    const item = this.#item(id)
    if (!effort || !item || days === 0) return Promise.resolve(null)
    const next = resized(effort, item, edge, days, this.#calendar())
    return next === effort ? Promise.resolve(null) : this.#ctx.editor.updateEffort(next)
  }

  /** create adds an effort over days [a, b] in a lane and selects it; resolves to its id. */
  async create(laneId: string, a: Date, b: Date, title = NEW_TITLE): Promise<string | null> {
    const id = await this.#ctx.editor.addEffort(drawn(laneId, title, a, b, this.#calendar()))
    if (id) this.#ctx.selection.select(id, laneId)
    return id
  }

  /**
   * draftAtSelection is where N puts a new effort: right after the selected
   * one, in its lane, or at the default day in the lane in context. Null
   * when there is no lane. Days are inclusive.
   */
  draftAtSelection(): Draft | null {
    const sel = this.#ctx.selection
    const primary = sel.primary ? this.#item(sel.primary) : undefined
    const lane = primary?.lane ?? sel.lane ?? this.#laneIds()[0]
    if (!lane) return null
    const from = primary ? (primary.milestone ? addDays(primary.end, 1) : primary.end) : this.#ctx.defaultDay()
    return { lane, from, to: addDays(from, NEW_EFFORT_DAYS - 1) }
  }

  connect(from: string, to: string): Promise<unknown> {
    if (from === to) return Promise.resolve(null)
    return this.#ctx.editor.addDependency({ from, to, type: 'FS', lagDays: 0 })
  }

  rename(id: string, title: string): Promise<unknown> {
    const effort = this.#effort(id)
    const clean = title.trim()
    if (!effort || !clean || clean === effort.title) return Promise.resolve(null)
    return this.#ctx.editor.updateEffort({ ...effort, title: clean }, 'title')
  }

  nudge(days: number): Promise<unknown> {
    return this.moveEfforts([...this.#ctx.selection.efforts], days, 0)
  }

  changeLane(delta: number): Promise<unknown> {
    return this.moveEfforts([...this.#ctx.selection.efforts], 0, delta)
  }

  /** deleteSelection deletes the selected efforts, or the selected dependency, and clears the selection. */
  async deleteSelection(): Promise<boolean> {
    const dep = this.#ctx.selection.dependency
    if (dep) {
      const ok = (await this.#ctx.editor.deleteDependency(dep.from, dep.to)) !== null
      if (ok) this.#ctx.selection.clear()
      return ok
    }
    const ids = [...this.#ctx.selection.efforts]
    if (ids.length === 0) return false
    const ok = await this.#ctx.editor.deleteEfforts(ids)
    if (ok) this.#ctx.selection.clear()
    return ok
  }

  /** selectAll selects every drawn effort. */
  selectAll(): void {
    this.#ctx.selection.selectMany((this.#ctx.layout()?.lanes ?? []).flatMap((l) => l.items.map((it) => it.id)))
  }
}
