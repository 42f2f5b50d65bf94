import type { Backend, Measures, Snapshot } from '../api'
import { failure } from './failure'

/** MeasuresApi is the part of the backend the coordination report needs. */
export type MeasuresApi = Pick<Backend, 'CoordinationReport'>

/**
 * MeasuresState holds the coordination report (debt, trust ledger, metric
 * uses: the backend's CoordinationReport) of the open roadmap for the views
 * that show it. It is not in the snapshot: a view asks for it when it opens
 * and again after every snapshot (an edit, undo, another roadmap); the
 * backend keeps it with its analysis, so asking twice costs nothing. An
 * answer to an older ask than the last is dropped.
 */
export class MeasuresState {
  report = $state.raw<Measures | null>(null)
  /** why the last ask failed, or '' */
  error = $state('')
  loading = $state(false)

  #api: MeasuresApi
  #for: Snapshot | null = null
  #asks = 0

  constructor(api: MeasuresApi) {
    this.#api = api
  }

  /** load asks for the report of `snapshot`'s roadmap unless the last ask was for this snapshot. */
  async load(snapshot: Snapshot | null | undefined): Promise<void> {
    if (!snapshot || snapshot === this.#for) return
    this.#for = snapshot
    const ask = ++this.#asks
    this.loading = true
    try {
      const report = await this.#api.CoordinationReport(snapshot.info.id)
      if (ask !== this.#asks) return
      this.report = report
      this.error = ''
    } catch (err) {
      if (ask !== this.#asks) return
      const e = failure(err, 'coordination report')
      this.error = e.message
      this.#for = null // ask again next time
    } finally {
      if (ask === this.#asks) this.loading = false
    }
  }
}

/**
 * measuresOf makes a MeasuresState that follows `snapshot`: it asks for the
 * report now and after every new snapshot. Call it while a component is set up.
 */
export function measuresOf(snapshot: () => Snapshot | null | undefined, api: MeasuresApi): MeasuresState {
  const m = new MeasuresState(api)
  $effect(() => {
    m.load(snapshot())
  })
  return m
}
