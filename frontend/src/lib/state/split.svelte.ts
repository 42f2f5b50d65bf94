/**
 * SplitState is the share of the workspace's height that the timeline takes
 * while the dock of coordination views is open (the dock takes the rest).
 * The share is a fraction in [0, 1] of the height both panes share; the
 * splitter between them moves it by pointer or keyboard, and it is
 * remembered in localStorage. Minimum heights keep either pane from
 * collapsing: clampShare applies them for a given height.
 */
export const DEFAULT_SHARE = 0.55
/** the timeline's least height while docked: its toolbar, the time axis and a lane */
export const MIN_TIMELINE = 200
/** the dock's least height: its tab row, a view's header and a row or two */
export const MIN_DOCK = 150
/** the splitter bar's height in px (between the panes) */
export const SPLITTER_HEIGHT = 12
/** how far one arrow key moves the splitter */
export const KEY_STEP = 0.05
export const STORAGE_KEY = 'tandem.dockSplit'

/**
 * clampShare keeps `share` within what `height` px allows: the timeline at
 * least `minTop`, the dock at least `minBottom`. When the height cannot hold
 * both minimums, each gets a share in proportion to its minimum. An unusable
 * share (not a finite number) becomes DEFAULT_SHARE.
 */
export function clampShare(share: number, height: number, minTop = MIN_TIMELINE, minBottom = MIN_DOCK): number {
  const s = Number.isFinite(share) ? share : DEFAULT_SHARE
  if (!(height > 0)) return Math.min(1, Math.max(0, s))
  if (minTop + minBottom >= height) return minTop / (minTop + minBottom)
  return Math.min(1 - minBottom / height, Math.max(minTop / height, s))
}

/** Storage is the part of localStorage SplitState uses (tests pass a map). */
export interface SplitStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

function browserStorage(): SplitStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage
  } catch {
    return undefined
  }
}

export class SplitState {
  /** the timeline's share of `height` (already clamped when set through the methods) */
  share = $state(DEFAULT_SHARE)
  /** the height in px both panes and the splitter share (the workspace measures it) */
  height = $state(0)

  private readonly storage: SplitStorage | undefined

  constructor(storage: SplitStorage | undefined = browserStorage()) {
    this.storage = storage
    const saved = Number(storage?.getItem(STORAGE_KEY) ?? NaN)
    if (Number.isFinite(saved) && saved > 0 && saved < 1) this.share = saved
  }

  /** the share the panes show: `share` clamped to the current height */
  get shown(): number {
    return clampShare(this.share, this.height)
  }

  /** the least and greatest shares the current height allows */
  get bounds(): { min: number; max: number } {
    return { min: clampShare(0, this.height), max: clampShare(1, this.height) }
  }

  /** set moves the splitter to `share` (clamped) and remembers it. */
  set(share: number): void {
    this.share = clampShare(share, this.height)
    try {
      this.storage?.setItem(STORAGE_KEY, String(Math.round(this.share * 1000) / 1000))
    } catch {
      // a full or refused storage only loses the memory of the split
    }
  }

  /** dragTo puts the splitter at `y` px from the top of the shared height. */
  dragTo(y: number): void {
    if (this.height > 0) this.set(y / this.height)
  }

  /** onkey handles the splitter's keys: arrows move it a step, Home/End to its bounds; true when handled. */
  onkey(key: string): boolean {
    const now = this.shown
    if (key === 'ArrowUp') this.set(now - KEY_STEP)
    else if (key === 'ArrowDown') this.set(now + KEY_STEP)
    else if (key === 'Home') this.set(this.bounds.min)
    else if (key === 'End') this.set(this.bounds.max)
    else return false
    return true
  }
}
