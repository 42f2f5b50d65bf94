/**
 * PresentState is present mode: closed, setting up (which lanes, which time
 * window), or showing the deck (buildSlides) one slide at a time. Keys map
 * to actions here; the component does the side effects (full screen).
 *
 * Keys while showing: → Space PageDown Enter next; ← PageUp Backspace
 * previous; Home / End first / last; a number then Enter jumps to that
 * slide; F toggles full screen; Escape leaves full screen first, and
 * present mode when not in full screen (so Escape twice always gets back to
 * the editor, and a browser that takes the first Escape itself to leave
 * full screen behaves the same).
 */
import type { Analysis, Roadmap } from '../api'
import { ScopeChoice } from '../state/scope.svelte'
import type { DayWindow, WindowPreset } from '../state/time-window'
import { buildSlides, type Slide } from './slides'
import type { SinceSnapshot } from './changes'

/** PresentSource is what is presented: the open roadmap, its analysis and the day presets are around. */
export interface PresentSource {
  roadmap: Roadmap
  analysis: Analysis | null | undefined
  now: Date
}

/** Action is what a key asks of the component beyond moving between slides. */
export type Action = 'moved' | 'toggle-fullscreen' | 'exit-fullscreen' | 'close' | null

/** PRESETS are the windows the setup offers. */
export const PRESETS: readonly WindowPreset[] = ['whole', 'quarter', 'next-quarter', 'half']

export class PresentState {
  phase = $state<'closed' | 'setup' | 'showing'>('closed')
  scope = $state.raw<ScopeChoice | null>(null)
  slides = $state.raw<Slide[]>([])
  index = $state(0)
  /** whether the window is full screen (the component keeps it true to the real state) */
  fullscreen = $state(false)
  /** digits typed so far for a jump ("12" then Enter) */
  typed = $state('')
  /** what is presented: '' the roadmap now, else a snapshot's id */
  subject = $state('')

  #source: PresentSource | null = null
  #since: SinceSnapshot | null = null

  /** open starts the setup for `source`; every lane chosen, the whole roadmap. */
  open(source: PresentSource): void {
    this.#source = source
    this.#since = null
    this.subject = ''
    this.scope = new ScopeChoice(
      source.roadmap.lanes.map((l) => l.id),
      source.now,
    )
    this.phase = 'setup'
  }

  /** start builds the deck for the chosen scope and shows its first slide; false when the scope is unusable. */
  start(): boolean {
    if (!this.#source || !this.scope || this.scope.problem) return false
    this.#build()
    this.index = 0
    this.typed = ''
    this.phase = 'showing'
    return true
  }

  /** present replaces what the deck is built from (a snapshot's frozen roadmap), before start. */
  present(source: PresentSource): void {
    this.#source = source
  }

  /** addSince adds what changed since the last snapshot (it arrives after the deck opens), keeping the slide shown. */
  addSince(since: SinceSnapshot | null): void {
    this.#since = since
    if (this.phase === 'showing') this.#build()
  }

  #build(): void {
    const { roadmap, analysis } = this.#source!
    this.slides = buildSlides(roadmap, analysis, { lanes: this.scope!.lanes, window: this.scope!.window }, this.#since)
    this.go(this.index)
  }

  close(): void {
    this.phase = 'closed'
    this.slides = []
    this.typed = ''
  }

  get slide(): Slide | undefined {
    return this.slides[this.index]
  }

  /** window is the deck's time window, null for the whole roadmap. */
  get window(): DayWindow | null {
    return this.scope?.window ?? null
  }

  get lanes(): readonly string[] {
    return this.scope?.lanes ?? []
  }

  go(i: number): void {
    this.index = Math.max(0, Math.min(this.slides.length - 1, i))
  }

  next(): void {
    this.go(this.index + 1)
  }

  prev(): void {
    this.go(this.index - 1)
  }

  /** key applies a key pressed while showing and says what else to do; null for a key it does not use. */
  key(key: string): Action {
    if (/^[0-9]$/.test(key)) {
      this.typed = (this.typed + key).slice(-3)
      return 'moved'
    }
    const jump = this.typed
    this.typed = ''
    switch (key) {
      case 'Enter':
        if (jump) this.go(Number(jump) - 1)
        else this.next()
        return 'moved'
      case 'ArrowRight':
      case 'ArrowDown':
      case ' ':
      case 'PageDown':
        this.next()
        return 'moved'
      case 'ArrowLeft':
      case 'ArrowUp':
      case 'PageUp':
      case 'Backspace':
        this.prev()
        return 'moved'
      case 'Home':
        this.go(0)
        return 'moved'
      case 'End':
        this.go(this.slides.length - 1)
        return 'moved'
      case 'f':
      case 'F':
        return 'toggle-fullscreen'
      case 'Escape':
        if (jump) return 'moved'
        return this.fullscreen ? 'exit-fullscreen' : 'close'
      default:
        return null
    }
  }
}
