import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { parseDay } from '../geometry/dates'
import { AXIS_HEIGHT, LABEL_WIDTH } from '../geometry/geometry'
import { OVERSCAN, ROW_STEP, STEP, STICKY_REST, Viewport, type ViewportSource } from './viewport.svelte'
import { fitZoom, ZOOM_STEP } from './zoom'

const range: [Date, Date] = [parseDay('2027-01-04')!, parseDay('2027-06-30')!]

function source(zoom: number | null = null): ViewportSource & { zoom(): number | null } {
  let z = $state(zoom) // the zoom is state in the app (ViewState.pxPerDay)
  return { range: () => range, now: () => parseDay('2027-02-01')!, zoom: () => z, setZoom: (px) => (z = px) }
}

describe('Viewport', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('draws nothing until the view is measured, then the view, then the margins', () => {
    const vp = new Viewport(source(8))
    expect(vp.xWindow).toEqual({ from: 0, to: -1 })
    expect(vp.yWindow).toEqual({ from: 0, to: -1 })
    const stop = vp.measure(1000, 600, 120)
    expect(vp.xWindow).toEqual({ from: 0, to: STEP + 1000 - LABEL_WIDTH })
    expect(vp.yWindow).toEqual({ from: 0, to: ROW_STEP + 600 - AXIS_HEIGHT })
    vi.advanceTimersByTime(200) // a frame, then the margins' delay
    expect(vp.overscan).toBe(OVERSCAN)
    expect(vp.xWindow).toEqual({ from: -OVERSCAN, to: STEP + 1000 - LABEL_WIDTH + OVERSCAN })
    stop()
  })

  it('leaves the whole drawing (arrows) out of the first frame of a measured view only', () => {
    const vp = new Viewport(source(8))
    expect(vp.whole).toBe(false)
    const stop = vp.measure(1000, 600, 120)
    expect(vp.whole).toBe(false)
    vi.advanceTimersByTime(200)
    expect(vp.whole).toBe(true)
    stop()
    const unsized = new Viewport(source(8))
    unsized.measure(0, 0)
    expect(unsized.whole).toBe(true)
  })

  it('moves the drawn windows in steps, so small scrolls change nothing', () => {
    const vp = new Viewport(source(8))
    vp.measure(1000, 600)
    const x = vp.xWindow
    const y = vp.yWindow
    vp.scrolled(STEP - 1, ROW_STEP - 1)
    expect(vp.xWindow).toEqual(x)
    expect(vp.yWindow).toEqual(y)
    vp.scrolled(STEP, ROW_STEP)
    expect(vp.xWindow!.from).toBe(x!.from + STEP)
    expect(vp.yWindow!.from).toBe(y!.from + ROW_STEP)
  })

  it('moves bar labels to the left edge only once scrolling rests', () => {
    const vp = new Viewport(source(8))
    vp.scrolled(100, 0)
    vi.advanceTimersByTime(STICKY_REST - 1)
    vp.scrolled(300, 0)
    vi.advanceTimersByTime(STICKY_REST - 1)
    expect(vp.stickyLeft).toBe(0)
    vi.advanceTimersByTime(1)
    expect(vp.stickyLeft).toBe(300)
  })

  it('fits the roadmap until a zoom is chosen, and keeps the day under the anchor when zooming', () => {
    const src = source()
    const vp = new Viewport(src)
    vp.measure(1208, 600)
    expect(vp.available).toBe(1208 - LABEL_WIDTH - 1)
    expect(vp.pxPerDay).toBe(fitZoom(range, vp.available))
    vp.scrolled(400, 0)
    const before = vp.pxPerDay
    const left = vp.zoomBy(ZOOM_STEP, 100)
    expect(src.zoom()).toBeCloseTo(before * ZOOM_STEP)
    expect((left + 100) / vp.pxPerDay).toBeCloseTo((400 + 100) / before)
    expect(vp.scrollLeft).toBe(left)
    vp.fit()
    expect(vp.pxPerDay).toBe(fitZoom(range, vp.available))
  })

  it('keeps the same domain object while its days stay, and a scale as wide as its days', () => {
    const src = source(8)
    const vp = new Viewport(src)
    vp.measure(1000, 600)
    const d = vp.domain
    vp.scrolled(500, 40)
    expect(vp.domain).toBe(d)
    expect(vp.width).toBe(Math.round(((+d[1] - +d[0]) / 864e5) * 8))
    expect(vp.scale(d[1])).toBe(vp.width)
    src.setZoom(0.5) // so far out that the view is wider than the roadmap: the domain grows
    expect(vp.domain).not.toBe(d)
    expect(vp.width).toBeGreaterThanOrEqual(vp.available)
  })
})
