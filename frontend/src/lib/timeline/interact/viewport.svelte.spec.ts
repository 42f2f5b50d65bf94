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

  it('works out the scroll that shows a box from the position it holds, within the content', () => {
    const vp = new Viewport(source(8))
    vp.measure(1000, 600)
    const content = { width: 5000, height: 4000 }
    const across = 1000 - LABEL_WIDTH - 1
    const down = 600 - AXIS_HEIGHT
    vp.scrolled(400, 300)
    // in view: no scroll
    expect(vp.revealing({ x0: 500, x1: 600, top: 400 }, content)).toBeNull()
    // below the view: mid-view down, the same across
    expect(vp.revealing({ x0: 500, x1: 600, top: 2000 }, content)).toEqual({ left: 400, top: 2000 - down / 2 })
    // right of the view: a third in across
    expect(vp.revealing({ x0: 2000, x1: 2100, top: 400 }, content)).toEqual({ left: Math.round(2000 - across / 3), top: 300 })
    // within what the scroller can take: not past the content's end, nor before its start
    expect(vp.revealing({ x0: 4950, x1: 4990, top: 3990 }, content)).toEqual({ left: 5000 - 1000, top: 4000 - 600 })
    expect(vp.revealing({ x0: 10, x1: 50, top: 0 }, content)).toEqual({ left: 0, top: 0 })
  })
})
