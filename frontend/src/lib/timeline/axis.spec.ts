import { describe, expect, it } from 'vitest'
import { chartWidth, crisp, monthTicks, timeScale, weekTicks, MIN_PX_PER_DAY } from './axis'
import { formatDay, parseDay } from './dates'

const domain: [Date, Date] = [parseDay('2026-07-01')!, parseDay('2026-10-01')!]

describe('axis', () => {
  it('fits the domain to the available width within zoom bounds', () => {
    expect(chartWidth(domain, 920)).toBe(920)
    expect(chartWidth(domain, 100)).toBe(92 * MIN_PX_PER_DAY)
  })

  it('labels months, with the year on the first one and on January', () => {
    const ticks = monthTicks(timeScale(domain, 920))
    expect(ticks.map((t) => t.label)).toEqual(['July 2026', 'August', 'September'])
    expect(ticks[0].x).toBe(0)
    const narrow = monthTicks(timeScale([parseDay('2026-11-01')!, parseDay('2027-03-01')!], 200))
    expect(narrow.map((t) => t.label)).toEqual(['Nov 2026', 'Dec', 'Jan 2027', 'Feb'])
  })

  it('ticks every Monday', () => {
    const ticks = weekTicks(timeScale(domain, 920))
    expect(formatDay(ticks[0].date)).toBe('2026-07-06')
    expect(ticks[0].label).toBe('6')
    expect(ticks).toHaveLength(13)
  })

  it('snaps lines to pixel centres', () => {
    expect(crisp(10.2)).toBe(10.5)
  })
})
