/**
 * ScopeChoice is what part of a roadmap to show or export: which lanes (in
 * the roadmap's order) and which time window (a preset around "now", or a
 * custom from-to). The export dialog and present mode's setup share it.
 */
import { checkWindow, presetWindow, type DayWindow, type WindowPreset } from './time-window'

export class ScopeChoice {
  /** the chosen lanes' ids, in the roadmap's order */
  lanes = $state<string[]>([])
  preset = $state<WindowPreset>('whole')
  custom = $state<DayWindow>({ from: '', to: '' })

  readonly allLanes: readonly string[]
  readonly now: Date

  /** allLanes: every lane id in order (all chosen at first); now: the day presets are around. */
  constructor(allLanes: readonly string[], now: Date) {
    this.allLanes = allLanes
    this.lanes = [...allLanes]
    this.now = now
  }

  has(lane: string): boolean {
    return this.lanes.includes(lane)
  }

  /** toggle adds or removes a lane, keeping the roadmap's order. */
  toggle(lane: string, on = !this.has(lane)): void {
    const chosen = new Set(this.lanes)
    if (on) chosen.add(lane)
    else chosen.delete(lane)
    this.lanes = this.allLanes.filter((l) => chosen.has(l))
  }

  /** choosePreset picks a window; 'custom' starts from the last fixed window (or the current quarter). */
  choosePreset(preset: WindowPreset): void {
    if (preset === 'custom' && this.preset !== 'custom') {
      this.custom = presetWindow(this.preset, this.now) ?? presetWindow('quarter', this.now)!
    }
    this.preset = preset
  }

  /** window is the chosen window, or null for the whole roadmap. */
  get window(): DayWindow | null {
    return this.preset === 'custom' ? this.custom : presetWindow(this.preset, this.now)
  }

  /** problem says why this scope cannot be used ('' when it can). */
  get problem(): string {
    if (this.lanes.length === 0) return 'Choose at least one lane.'
    return this.preset === 'custom' ? checkWindow(this.custom) : ''
  }
}
