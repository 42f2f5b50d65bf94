import { toApiError, type Backend, type Board, type DecisionPreview, type DecisionRequest } from '../api'

/** BoardApi is the part of the backend the conflict board reads. */
export type BoardApi = Pick<Backend, 'ConflictBoard' | 'PreviewDecision'>

/**
 * BoardState holds the conflict board of the open roadmap (every conflict
 * with its status, from the backend) and the row the user selected. `load`
 * asks again after each edit; an answer to an older request is dropped, so
 * the board always shows the latest roadmap.
 */
export class BoardState {
  board = $state.raw<Board | null>(null)
  error = $state<string | null>(null)
  /** key of the selected row (its efforts stay highlighted on the timeline) */
  selected = $state<string | null>(null)
  /** how long the last load took, in ms (shown to whoever measures) */
  loadMs = $state(0)

  #api: BoardApi
  #seq = 0

  constructor(api: BoardApi) {
    this.#api = api
  }

  async load(roadmapId: string): Promise<void> {
    const seq = ++this.#seq
    const t0 = performance.now()
    try {
      const b = await this.#api.ConflictBoard(roadmapId)
      if (seq !== this.#seq) return
      this.board = b
      this.error = null
      this.loadMs = performance.now() - t0
      if (this.selected && !b.rows.some((r) => r.key === this.selected)) this.selected = null
    } catch (err) {
      if (seq === this.#seq) this.error = toApiError(err).message
    }
  }

  select(key: string | null): void {
    this.selected = this.selected === key ? null : key
  }

  /** preview asks what a decision would do; null (and the reason) when the backend refuses it. */
  async preview(roadmapId: string, req: DecisionRequest): Promise<{ preview: DecisionPreview | null; refusal: string }> {
    try {
      return { preview: await this.#api.PreviewDecision(roadmapId, req), refusal: '' }
    } catch (err) {
      return { preview: null, refusal: toApiError(err).message }
    }
  }
}
