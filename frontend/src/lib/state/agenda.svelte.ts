import { toApiError, type AgendaReport, type Backend, type Roadmap } from '../api'

/** AgendaApi is the part of the backend the agenda reads. */
export type AgendaApi = Pick<Backend, 'Agenda'>

/**
 * AgendaState is the agenda the workspace shows (the Agenda view and the
 * home "This week" card): which ritual (null: the roadmap's first ritual,
 * else the whole roadmap), since which snapshot ('' : the latest), and the
 * last report the backend prepared. `load` asks again; an older answer that
 * arrives after a newer request is dropped.
 */
export class AgendaState {
  ritual = $state<string | null>(null)
  since = $state('')
  report = $state.raw<AgendaReport | null>(null)
  error = $state<string | null>(null)
  loading = $state(false)

  #api: AgendaApi
  #seq = 0

  constructor(api: AgendaApi) {
    this.#api = api
  }

  /** ritualOf returns the ritual id the agenda is for in roadmap `r` ('' : the whole roadmap). */
  ritualOf(r: Roadmap | null | undefined): string {
    const rituals = r?.rituals ?? []
    if (this.ritual !== null && (this.ritual === '' || rituals.some((x) => x.id === this.ritual))) return this.ritual
    return rituals[0]?.id ?? ''
  }

  /** sinceOf returns the snapshot id to compare with among `ids` ('' : the latest, or a chosen one gone). */
  sinceOf(ids: readonly string[]): string {
    return ids.includes(this.since) ? this.since : ''
  }

  /** load prepares the agenda of roadmap `id` (with ritual `ritual`, since `since`) and keeps it. */
  async load(id: string, ritual: string, since: string): Promise<void> {
    const seq = ++this.#seq
    this.loading = true
    try {
      const report = await this.#api.Agenda(id, ritual, since, '')
      if (seq !== this.#seq) return
      this.report = report
      this.error = null
    } catch (err) {
      if (seq !== this.#seq) return
      this.error = toApiError(err).message
    } finally {
      if (seq === this.#seq) this.loading = false
    }
  }
}
