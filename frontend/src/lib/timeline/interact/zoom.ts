/**
 * Zoom and the chart's time domain. The zoom is pixels per day; panning is
 * native scrolling, so a zoom keeps the day under the pointer in place by
 * adjusting scrollLeft.
 */
import { utcDay, utcMonth } from 'd3-time'

export const MIN_ZOOM = 0.15
export const MAX_ZOOM = 60
/** each zoom step (button, key, wheel notch) multiplies or divides by this */
export const ZOOM_STEP = 1.25

export function clampZoom(px: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, px))
}

/** fitZoom is the zoom at which `range` fills `width` pixels, leaving a small margin. */
export function fitZoom(range: [Date, Date] | null, width: number): number {
  if (!range || width <= 0) return clampZoom(8)
  const days = Math.max(7, utcDay.count(range[0], range[1]))
  return clampZoom((width * 0.94) / days)
}

/**
 * chartDomain is the span the chart can scroll over: whole months from a
 * month before the roadmap (or now) to two months after it, and at least as
 * wide as the view at this zoom, so that there is room to plan beyond.
 */
export function chartDomain(range: [Date, Date] | null, now: Date, pxPerDay: number, viewWidth: number): [Date, Date] {
  const [first, last] = range ?? [now, utcDay.offset(now, 90)]
  const start = utcMonth.offset(utcMonth.floor(first < now ? first : now), -1)
  let end = utcMonth.offset(utcMonth.ceil(last > now ? last : now), 2)
  const minDays = Math.ceil(viewWidth / pxPerDay) + 1
  if (utcDay.count(start, end) < minDays) end = utcMonth.ceil(utcDay.offset(start, minDays))
  return [start, end]
}

/**
 * zoomAround returns the new zoom and scrollLeft after multiplying the zoom
 * by `factor`, keeping the point `anchorX` pixels into the view (from the
 * chart's left edge) on the same day.
 */
export function zoomAround(
  pxPerDay: number,
  factor: number,
  scrollLeft: number,
  anchorX: number,
): { pxPerDay: number; scrollLeft: number } {
  const next = clampZoom(pxPerDay * factor)
  const day = (scrollLeft + anchorX) / pxPerDay
  return { pxPerDay: next, scrollLeft: Math.max(0, day * next - anchorX) }
}
