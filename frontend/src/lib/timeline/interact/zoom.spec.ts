import { describe, expect, it } from 'vitest'
import { formatDay, parseDay } from '../geometry/dates'
import { chartDomain, clampZoom, fitZoom, MAX_ZOOM, MIN_ZOOM, zoomAround } from './zoom'

const d = (s: string) => parseDay(s)!

describe('zoom', () => {
  it('clamps to the zoom bounds', () => {
    expect(clampZoom(1000)).toBe(MAX_ZOOM)
    expect(clampZoom(0)).toBe(MIN_ZOOM)
  })

  it('fits a range into a width, with a margin', () => {
    expect(fitZoom([d('2026-01-01'), d('2026-04-11')], 1000)).toBeCloseTo(9.4)
    expect(fitZoom(null, 1000)).toBe(8)
  })

  it('keeps the day under the pointer when zooming', () => {
    const z = zoomAround(10, 2, 500, 100)
    expect(z.pxPerDay).toBe(20)
    // day 60 was at 100px into the view, and still is
    expect((z.scrollLeft + 100) / 20).toBe(60)
    expect(zoomAround(10, 0.5, 0, 0).scrollLeft).toBe(0)
  })

  it('pads the domain around the roadmap and now, and fills the view', () => {
    const range: [Date, Date] = [d('2027-01-04'), d('2027-06-18')]
    expect(chartDomain(range, d('2027-02-15'), 8, 1000).map(formatDay)).toEqual(['2026-12-01', '2027-09-01'])
    const wide = chartDomain(range, d('2027-02-15'), 0.2, 1000)
    expect(formatDay(wide[0])).toBe('2026-12-01')
    expect((+wide[1] - +wide[0]) / 86400000).toBeGreaterThanOrEqual(5000)
  })
})
