import { toApiError, type ApiError, type Backend, type RoadmapInfo, type Snapshot } from '../api'

/** RoadmapApi is the part of the backend this state uses. */
export type RoadmapApi = Pick<Backend, 'ListRoadmaps' | 'OpenRoadmap' | 'StartupRoadmap'>

/**
 * RoadmapState holds the list of roadmaps in the store and the open snapshot.
 * Each action sets `loading` while it runs and `error` when it fails, then
 * rethrows the ApiError so the calling component can show it (side effects
 * such as toasts stay in components). When several opens overlap, only the
 * latest one's result is kept.
 */
export class RoadmapState {
  list = $state<RoadmapInfo[]>([])
  /** Replaced whole on every open and edit, never mutated: raw state, so large roadmaps are not proxied. */
  snapshot = $state.raw<Snapshot | null>(null)
  loading = $state(false)
  error = $state<ApiError | null>(null)

  /** The open roadmap, or null. */
  roadmap = $derived(this.snapshot?.roadmap ?? null)
  /** The id of the open roadmap, or ''. */
  currentId = $derived(this.snapshot?.info.id ?? '')

  #api: RoadmapApi
  #pending = 0
  #openSeq = 0

  constructor(api: RoadmapApi) {
    this.#api = api
  }

  /** startup opens the roadmap the backend chooses (last opened, or the sample) and loads the list. */
  async startup(): Promise<void> {
    const seq = ++this.#openSeq
    await this.#run(async () => {
      const [snapshot, list] = await Promise.all([
        this.#api.StartupRoadmap(),
        this.#api.ListRoadmaps(),
      ])
      this.list = list ?? []
      if (seq === this.#openSeq) this.snapshot = snapshot
    })
  }

  /** open opens roadmap `id`; a later open wins over an earlier one still in flight. */
  async open(id: string): Promise<void> {
    const seq = ++this.#openSeq
    await this.#run(async () => {
      const snapshot = await this.#api.OpenRoadmap(id)
      if (seq === this.#openSeq) this.snapshot = snapshot
    })
  }

  /**
   * apply makes `snapshot` (the result of an edit, undo or redo) the open
   * roadmap, unless another roadmap was opened meanwhile. It returns whether
   * it applied.
   */
  apply(snapshot: Snapshot): boolean {
    if (snapshot.info.id !== this.currentId) return false
    this.snapshot = snapshot
    return true
  }

  /**
   * show makes `snapshot` the open roadmap whatever was open (a roadmap just
   * created, imported or renamed) and puts its info in the list. An open
   * still in flight loses to it.
   */
  show(snapshot: Snapshot): void {
    this.#openSeq++
    this.snapshot = snapshot
    const info = snapshot.info
    const i = this.list.findIndex((r) => r.id === info.id)
    this.list = i < 0 ? [...this.list, info] : this.list.map((r, j) => (j === i ? info : r))
  }

  /** forget takes roadmap `id` (just deleted) off the list. */
  forget(id: string): void {
    this.list = this.list.filter((r) => r.id !== id)
  }

  /** refreshList reloads the list of roadmaps. */
  async refreshList(): Promise<void> {
    await this.#run(async () => {
      this.list = (await this.#api.ListRoadmaps()) ?? []
    })
  }

  async #run(action: () => Promise<void>): Promise<void> {
    this.#pending++
    this.loading = true
    this.error = null
    try {
      await action()
    } catch (err) {
      const apiErr = toApiError(err)
      this.error = apiErr
      throw apiErr
    } finally {
      this.#pending--
      this.loading = this.#pending > 0
    }
  }
}
