/**
 * Viewport is what of the chart the timeline shows: the scroller's size and
 * scroll position, the zoom and the time scale it gives, and the windows of
 * the chart that are drawn. It holds no DOM: the component feeds it sizes
 * and scroll positions and reads back what to draw.
 *
 * What is drawn is the view plus `overscan` pixels on each side, moved in
 * jumps (STEP across, ROW_STEP down) so that most scroll frames change
 * nothing at all and a jump adds few bars: a frame that changes anything
 * pays the browser's whole paint pipeline. Nothing is drawn until the view
 * is measured; the margins and the dependency arrows follow the first frame
 * (see `measured`, `whole`).
 */
import { timeScale, type TimeScale } from '../geometry/axis'
import { daysBetween } from '../geometry/dates'
import { AXIS_HEIGHT, BAR_HEIGHT, LABEL_WIDTH, type Window } from '../geometry/geometry'
import { chartDomain, fitZoom, zoomAround } from './zoom'

/** the drawn window's step across, in pixels */
export const STEP = 160
/** the drawn window's step down, in pixels (three rows) */
export const ROW_STEP = 96
/** pixels drawn beyond the view on each side, once the first frame is shown */
export const OVERSCAN = 360
/** ms after scrolling stops before bar labels move to the view's left edge */
export const STICKY_REST = 90

const NOTHING: Window = { from: 0, to: -1 }

/** The roadmap facts a viewport depends on. */
export interface ViewportSource {
  /** the first and last day of the roadmap, or null when it has no dated efforts */
  range(): [Date, Date] | null
  /** the day of the now line */
  now(): Date
  /** the zoom chosen by the user (pixels per day), or null for "fit" */
  zoom(): number | null
  /** keeps a zoom the user chose */
  setZoom(pxPerDay: number): void
}

export class Viewport {
  /** the scroller's inner size and scroll position, in CSS pixels */
  viewWidth = $state(0)
  viewHeight = $state(0)
  scrollLeft = $state(0)
  scrollTop = $state(0)
  /** false until the view's size is known: then nothing is drawn */
  measured = $state(false)
  /** the margin drawn around the view (0 for the first frame, then OVERSCAN) */
  overscan = $state(0)
  /** where labels of bars starting left of the view stick: the view's left edge once scrolling rests */
  stickyLeft = $state(0)

  readonly #src: ViewportSource
  #stickyTimer: ReturnType<typeof setTimeout> | undefined
  #stableDomain: [Date, Date] | null = null

  constructor(src: ViewportSource) {
    this.#src = src
  }

  /** the width the chart's days share (the view minus the lane names) */
  readonly available = $derived(Math.max(0, this.viewWidth - LABEL_WIDTH - 1))
  /** the zoom at which the whole roadmap fills the view */
  readonly fitted = $derived.by(() => fitZoom(this.#src.range(), this.available || 1200))
  readonly pxPerDay = $derived.by(() => this.#src.zoom() ?? this.fitted)
  /** the days the chart spans; the same days give the same array, so an edit that keeps them redraws nothing else */
  readonly domain: [Date, Date] = $derived.by(() => {
    const d = chartDomain(this.#src.range(), this.#src.now(), this.pxPerDay, this.available)
    const kept = this.#stableDomain
    if (kept && +kept[0] === +d[0] && +kept[1] === +d[1]) return kept
    return (this.#stableDomain = d)
  })
  readonly width = $derived(Math.round(daysBetween(this.domain[0], this.domain[1]) * this.pxPerDay))
  readonly scale: TimeScale = $derived(timeScale(this.domain, this.width))

  /** the chart's x span that is drawn (null: everything, before any size is known in tests) */
  readonly xWindow: Window = $derived.by(() => {
    if (!this.measured) return NOTHING
    if (this.viewWidth <= 0) return null
    const left = Math.floor(this.scrollLeft / STEP) * STEP
    return { from: left - this.overscan, to: left + STEP + this.viewWidth - LABEL_WIDTH + this.overscan }
  })
  /** the chart's y span that is drawn */
  readonly yWindow: Window = $derived.by(() => {
    if (!this.measured) return NOTHING
    if (this.viewHeight <= 0) return null
    const top = Math.floor(this.scrollTop / ROW_STEP) * ROW_STEP
    return { from: top - this.overscan, to: top + ROW_STEP + this.viewHeight - AXIS_HEIGHT + this.overscan }
  })
  /**
   * whole is false for the first frame of a measured view: it draws only the
   * bars in view, and what needs every effort's box (the dependency arrows
   * and their index) follows with the margins (`overscan`). True when the
   * view has no size (everything is drawn, tests) and after the first frame.
   */
  readonly whole = $derived(this.overscan > 0 || (this.measured && (this.viewWidth <= 0 || this.viewHeight <= 0)))
  /** the y of the bottom of the view, in chart coordinates */
  readonly bottom = $derived(this.scrollTop + this.viewHeight - AXIS_HEIGHT)

  /**
   * measure takes the view's first size. The margins around the view are
   * drawn `marginsAfter` ms after the next frame, so the first frame draws
   * only what is seen. It returns the function that cancels that.
   */
  measure(width: number, height: number, marginsAfter = 120): () => void {
    this.viewWidth = width
    this.viewHeight = height
    this.measured = true
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => (this.overscan = OVERSCAN), marginsAfter)))
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }

  /** scrolled takes a new scroll position; labels stick to the new left edge once scrolling rests. */
  scrolled(left: number, top: number): void {
    this.scrollLeft = left
    this.scrollTop = top
    clearTimeout(this.#stickyTimer)
    this.#stickyTimer = setTimeout(() => (this.stickyLeft = left), STICKY_REST)
  }

  /**
   * zoomBy multiplies the zoom by `factor`, keeping the day `anchorX` pixels
   * into the chart in place. It moves the drawn window in the same update
   * and returns the scrollLeft the scroller must take.
   */
  zoomBy(factor: number, anchorX = this.available / 2): number {
    const next = zoomAround(this.pxPerDay, factor, this.scrollLeft, Math.max(0, anchorX))
    this.#src.setZoom(next.pxPerDay)
    this.scrollLeft = next.scrollLeft
    return next.scrollLeft
  }

  /**
   * revealing is the scroll position that shows `box` (chart coordinates: a
   * bar's left and right edge and top) with a margin: a third into the view
   * across, mid-view down, on each axis where it is not in view already; null
   * when it is in view. It works from the position the viewport holds, so it
   * reads no layout, and keeps within the scrolled content (`content`: its
   * width and height, lane names and axis included), where the scroller
   * would clamp.
   */
  revealing(box: { x0: number; x1: number; top: number }, content: { width: number; height: number }): { left: number; top: number } | null {
    const across = this.available
    const down = this.viewHeight - AXIS_HEIGHT
    let left = this.scrollLeft
    let top = this.scrollTop
    if (box.x0 < left + 16 || box.x1 > left + across - 16) left = box.x0 - across / 3
    if (box.top < top + 8 || box.top + BAR_HEIGHT > top + down - 8) top = box.top - down / 2
    left = Math.round(Math.max(0, Math.min(left, content.width - this.viewWidth)))
    top = Math.round(Math.max(0, Math.min(top, content.height - this.viewHeight)))
    return left === this.scrollLeft && top === this.scrollTop ? null : { left, top }
  }

  /** fit chooses the zoom at which the whole roadmap fills the view. */
  fit(): void {
    this.#src.setZoom(fitZoom(this.#src.range(), this.available))
  }

  /** destroy stops the pending label move. */
  destroy(): void {
    clearTimeout(this.#stickyTimer)
  }
}
