import {
  type ApiErrorCode,
  type Backend,
  type Dependency,
  type Effort,
  type Lane,
  type Metric,
  type Snapshot,
  type Surface,
} from '../api'
import { at, covers, describeTarget, sameTarget, type ErrorTarget } from './error-target'
import { failure } from './failure'
import { friendlyMessage } from './messages'
import type { RoadmapState } from './roadmap.svelte'

/** EditApi is the part of the backend the editor uses. */
export type EditApi = Pick<
  Backend,
  | 'AddEffort'
  | 'UpdateEffort'
  | 'UpdateEfforts'
  | 'DeleteEffort'
  | 'DeleteEfforts'
  | 'SetEffortStatus'
  | 'AddDependency'
  | 'UpdateDependency'
  | 'DeleteDependency'
  | 'AddLane'
  | 'UpdateLane'
  | 'MoveLane'
  | 'DeleteLane'
  | 'AddSurface'
  | 'AddMetric'
  | 'Undo'
  | 'Redo'
>

/**
 * EditError is a refused edit, shown next to what caused it. `target` names
 * that thing (state/error-target.ts).
 */
export interface EditError {
  target: ErrorTarget
  message: string
  code: ApiErrorCode
}

/**
 * EditorState sends edits to the backend one at a time, in order, and makes
 * each returned snapshot the open roadmap (analysis included), so the screen
 * follows every edit without a reload. A refused edit changes nothing and
 * leaves `error` set until the next edit or dismissError. Every edit is saved
 * by the backend as one undoable step.
 */
export class EditorState {
  error = $state.raw<EditError | null>(null)
  /**
   * readOnly is the last refusal for a full disk (code `disk_full`): the
   * backend saves no edit until the disk has room. The next edit that is
   * saved clears it.
   */
  readOnly = $state.raw<string | null>(null)
  /** number of edits sent and not answered yet */
  pending = $state(0)

  #roadmaps: RoadmapState
  #api: EditApi
  #queue: Promise<unknown> = Promise.resolve()

  constructor(roadmaps: RoadmapState, api: EditApi) {
    this.#roadmaps = roadmaps
    this.#api = api
  }

  get canUndo(): boolean {
    return this.#roadmaps.snapshot?.canUndo ?? false
  }

  get canRedo(): boolean {
    return this.#roadmaps.snapshot?.canRedo ?? false
  }

  dismissError(): void {
    this.error = null
  }

  /**
   * run queues one edit of the open roadmap. It resolves to the new snapshot,
   * or null when the backend refused (then `error` names `target`) or another
   * roadmap was opened meanwhile.
   */
  run(target: ErrorTarget, call: (roadmapId: string) => Promise<Snapshot>): Promise<Snapshot | null> {
    return this.whenDue(target, () => call)
  }

  /**
   * whenDue queues an edit whose call is made when its turn comes, from the
   * open roadmap as every edit before it left it: so quick repeated edits
   * (arrow keys pressed while the last move is still saving) all add up and
   * none is lost. `make` returns the call, or null when there is nothing
   * left to do (then whenDue resolves to null and nothing is sent).
   */
  whenDue(target: ErrorTarget, make: () => ((roadmapId: string) => Promise<Snapshot>) | null): Promise<Snapshot | null> {
    const id = this.#roadmaps.currentId
    if (!id) return Promise.resolve(null)
    this.pending++
    const result = this.#queue.then(async () => {
      try {
        const call = this.#roadmaps.currentId === id ? make() : null
        if (!call) return null
        const snap = await call(id)
        if (!this.#roadmaps.apply(snap)) return null
        this.readOnly = null
        if (this.error && covers(target, this.error.target)) this.error = null
        return snap
      } catch (err) {
        const e = failure(err, `edit ${describeTarget(target)}`)
        const titles = new Map((this.#roadmaps.roadmap?.efforts ?? []).map((x) => [x.id, x.title || x.id]))
        this.error = { target, message: friendlyMessage(e, (id) => titles.get(id)), code: e.code }
        if (e.code === 'disk_full') this.readOnly = e.message
        return null
      } finally {
        this.pending--
      }
    })
    this.#queue = result
    return result
  }

  /** addEffort adds an effort (empty id: the backend makes one) and resolves to its id. */
  async addEffort(effort: Effort, target: ErrorTarget = at.timeline): Promise<string | null> {
    const before = new Set((this.#roadmaps.roadmap?.efforts ?? []).map((e) => e.id))
    const snap = await this.run(target, (id) => this.#api.AddEffort(id, effort))
    return snap ? newId(before, (snap.roadmap?.efforts ?? []).map((e) => e.id), effort.id) : null
  }

  updateEffort(effort: Effort, field?: string): Promise<Snapshot | null> {
    return this.run(at.effort(effort.id, field), (id) => this.#api.UpdateEffort(id, effort))
  }

  /**
   * editEffort changes what `next` changes of `shown` (the effort as a panel
   * showed it: the fields that differ), on the effort as every edit before
   * it left it, when its turn comes: a panel that shows an edit late (the
   * inspector follows one a frame after the timeline) or an edit still
   * saving cannot undo a move made meanwhile. Nothing is sent when nothing
   * is left to change, or the effort is gone.
   */
  editEffort(shown: Effort, next: Effort, field?: string): Promise<Snapshot | null> {
    return this.editEfforts([shown], [next], at.effort(next.id, field))
  }

  /** editEfforts is editEffort for several efforts (next[i] changes shown[i]), in one undoable step. */
  editEfforts(shown: Effort[], next: Effort[], target: ErrorTarget = at.effort(next[0]?.id ?? '')): Promise<Snapshot | null> {
    const keys = next.map((n, i) => changedFields(shown[i], n))
    return this.updateEffortsWhenDue(target, () => {
      const live = new Map((this.#roadmaps.roadmap?.efforts ?? []).map((e) => [e.id, e]))
      return next.flatMap((n, i) => {
        const was = live.get(n.id)
        if (!was) return []
        const edited: Record<string, unknown> = { ...was }
        for (const k of keys[i]) {
          if (k in n) edited[k] = n[k as keyof Effort]
          else delete edited[k]
        }
        const effort = edited as unknown as Effort
        return changedFields(was, effort).length ? [effort] : []
      })
    })
  }

  /** updateEfforts changes several efforts in one undoable step (one effort: UpdateEffort). */
  updateEfforts(efforts: Effort[]): Promise<Snapshot | null> {
    if (efforts.length === 1) return this.updateEffort(efforts[0])
    return this.run(at.effort(efforts[0]?.id ?? ''), (id) => this.#api.UpdateEfforts(id, efforts))
  }

  /**
   * updateEffortsWhenDue changes the efforts `make` returns, computed when
   * the edit's turn comes (whenDue), in one undoable step; an empty list
   * sends nothing. `target` names what a refusal is about.
   */
  updateEffortsWhenDue(target: ErrorTarget, make: () => Effort[]): Promise<Snapshot | null> {
    return this.whenDue(target, () => {
      const efforts = make()
      if (efforts.length === 0) return null
      if (efforts.length === 1) return (id) => this.#api.UpdateEffort(id, efforts[0])
      return (id) => this.#api.UpdateEfforts(id, efforts)
    })
  }

  /**
   * deleteEfforts deletes efforts, with what names them, in one undoable
   * step (one effort: DeleteEffort, so a refusal is said next to it).
   */
  async deleteEfforts(ids: string[]): Promise<boolean> {
    if (ids.length === 0) return false
    if (ids.length === 1) return !!(await this.run(at.effort(ids[0]), (id) => this.#api.DeleteEffort(id, ids[0])))
    return !!(await this.run(at.effort(ids[0]), (id) => this.#api.DeleteEfforts(id, ids)))
  }

  setStatus(effortId: string, status: string, blockedBy = ''): Promise<Snapshot | null> {
    return this.run(at.effort(effortId, 'status'), (id) => this.#api.SetEffortStatus(id, effortId, status, blockedBy))
  }

  addDependency(d: Dependency, target: ErrorTarget = at.dependency(d.from, d.to)): Promise<Snapshot | null> {
    return this.run(target, (id) => this.#api.AddDependency(id, d))
  }

  updateDependency(d: Dependency, target: ErrorTarget = at.dependency(d.from, d.to)): Promise<Snapshot | null> {
    return this.run(target, (id) => this.#api.UpdateDependency(id, d))
  }

  deleteDependency(from: string, to: string, target: ErrorTarget = at.dependency(from, to)): Promise<Snapshot | null> {
    return this.run(target, (id) => this.#api.DeleteDependency(id, from, to))
  }

  /** errorFor is the current error when it is about `target`, else null. */
  errorFor(target: ErrorTarget): EditError | null {
    return this.error && sameTarget(this.error.target, target) ? this.error : null
  }

  /** addLane adds a lane (empty id: made from the name) and resolves to its id. */
  async addLane(lane: Lane): Promise<string | null> {
    const before = new Set((this.#roadmaps.roadmap?.lanes ?? []).map((l) => l.id))
    const snap = await this.run(at.lanes, (id) => this.#api.AddLane(id, lane))
    return snap ? newId(before, (snap.roadmap?.lanes ?? []).map((l) => l.id), lane.id) : null
  }

  updateLane(lane: Lane, field?: string): Promise<Snapshot | null> {
    return this.run(at.lane(lane.id, field), (id) => this.#api.UpdateLane(id, lane))
  }

  moveLane(laneId: string, index: number): Promise<Snapshot | null> {
    return this.run(at.lane(laneId), (id) => this.#api.MoveLane(id, laneId, index))
  }

  /** deleteLane deletes a lane, moving its efforts to lane `moveEffortsTo` or ("") deleting them. */
  deleteLane(laneId: string, moveEffortsTo: string): Promise<Snapshot | null> {
    return this.run(at.lane(laneId), (id) => this.#api.DeleteLane(id, laneId, moveEffortsTo))
  }

  /** addSurface / addMetric create one (id from the name) and resolve to its id. */
  async addSurface(surface: Surface, target: ErrorTarget): Promise<string | null> {
    const before = new Set((this.#roadmaps.roadmap?.surfaces ?? []).map((s) => s.id))
    const snap = await this.run(target, (id) => this.#api.AddSurface(id, surface))
    return snap ? newId(before, (snap.roadmap?.surfaces ?? []).map((s) => s.id), surface.id) : null
  }

  async addMetric(metric: Metric, target: ErrorTarget): Promise<string | null> {
    const before = new Set((this.#roadmaps.roadmap?.metrics ?? []).map((m) => m.id))
    const snap = await this.run(target, (id) => this.#api.AddMetric(id, metric))
    return snap ? newId(before, (snap.roadmap?.metrics ?? []).map((m) => m.id), metric.id) : null
  }

  undo(): Promise<Snapshot | null> {
    return this.run(at.history, (id) => this.#api.Undo(id))
  }

  redo(): Promise<Snapshot | null> {
    return this.run(at.history, (id) => this.#api.Redo(id))
  }
}

/** newId finds the id an Add created: the given one, else the one id not there before. */
function newId(before: ReadonlySet<string>, after: string[], given: string): string | null {
  if (given) return given
  return after.find((id) => !before.has(id)) ?? null
}

/** changedFields lists the fields of two efforts whose values differ (a field one of them lacks included). */
function changedFields(a: Effort, b: Effort): string[] {
  const x = a as unknown as Record<string, unknown>
  const y = b as unknown as Record<string, unknown>
  const keys = new Set([...Object.keys(x), ...Object.keys(y)])
  return [...keys].filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]))
}
