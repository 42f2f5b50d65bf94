/**
 * ViewState holds how the timeline is shown (not what it shows): the zoom
 * (pixels per day; null until the timeline first fits the roadmap to its
 * width), whether only the critical path is emphasised, and whether the
 * shortcut sheet is open.
 */
export class ViewState {
  criticalOnly = $state(false)
  pxPerDay = $state<number | null>(null)
  shortcutsOpen = $state(false)

  toggleCriticalOnly(): void {
    this.criticalOnly = !this.criticalOnly
  }

  /** resetZoom makes the timeline fit the roadmap again (e.g. another roadmap was opened). */
  resetZoom(): void {
    this.pxPerDay = null
  }
}
