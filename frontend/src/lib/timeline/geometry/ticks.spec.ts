import { describe, expect, it } from 'vitest'
import { timeScale } from './axis'
import { formatDay, parseDay } from './dates'
import { axisTicks, tickLevel } from './ticks'

const d = (s: string) => parseDay(s)!
/** a scale over [a, b) at px pixels per day */
function scaleAt(a: string, b: string, px: number) {
  const days = (+d(b) - +d(a)) / 86400000
  return timeScale([d(a), d(b)], days * px)
}

describe('axisTicks', () => {
  it('picks finer ticks as the zoom grows', () => {
    expect([40, 10, 2, 0.5, 0.1].map(tickLevel)).toEqual(['days', 'weeks', 'months', 'quarters', 'years'])
  })

  it('shows months over Mondays at a medium zoom', () => {
    const t = axisTicks(scaleAt('2026-07-01', '2026-10-01', 10))
    expect(t.level).toBe('weeks')
    expect(t.major.map((m) => m.label)).toEqual(['July 2026', 'August', 'September'])
    expect(formatDay(t.minor[0].date)).toBe('2026-07-06')
    expect(t.minor[0].label).toBe('6')
  })

  it('shows days when zoomed in, only inside the visible window', () => {
    const s = scaleAt('2026-07-01', '2027-07-01', 30)
    const t = axisTicks(s, d('2026-07-10'), d('2026-07-12'))
    expect(t.level).toBe('days')
    expect(t.minor.map((m) => m.label)).toEqual(['10', '11', '12'])
    expect(t.major.map((m) => m.label)).toEqual(['July 2026'])
    expect(t.minor[0].x).toBe(s(d('2026-07-10')))
  })

  it('shows years over months, then quarters, then years', () => {
    const months = axisTicks(scaleAt('2026-01-01', '2028-01-01', 1.5))
    expect(months.major.map((m) => m.label)).toEqual(['2026', '2027'])
    expect(months.minor.slice(0, 3).map((m) => m.label)).toEqual(['Jan', 'Feb', 'Mar'])
    const quarters = axisTicks(scaleAt('2026-01-01', '2027-01-01', 0.4))
    expect(quarters.minor.map((m) => m.label)).toEqual(['Q1', 'Q2', 'Q3', 'Q4'])
    const years = axisTicks(scaleAt('2020-01-01', '2030-01-01', 0.1))
    expect(years.minor).toHaveLength(10)
    expect(years.major.map((m) => m.label)).toEqual(['2020'])
  })
})
