import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, formatDay, localToday, maxDay, minDay, parseDay } from './dates'

describe('dates', () => {
  it('parses valid days at UTC midnight and rejects the rest', () => {
    expect(parseDay('2026-07-06')?.toISOString()).toBe('2026-07-06T00:00:00.000Z')
    for (const bad of ['', undefined, null, '2026-7-6', '2026-02-31', 'soon']) {
      expect(parseDay(bad)).toBeNull()
    }
  })

  it('gives the same answer for a text seen before, as a Date of its own', () => {
    for (const text of ['2027-01-31', '2026-02-31', '0099-12-31']) {
      const first = parseDay(text)
      const again = parseDay(text)
      expect(again?.getTime()).toBe(first?.getTime())
      if (first) expect(again).not.toBe(first)
    }
    expect(parseDay('0099-12-31')?.toISOString()).toBe('0099-12-31T00:00:00.000Z')
    expect(parseDay('2026-02-31')).toBeNull()
  })

  it('does day arithmetic across DST changes', () => {
    const d = parseDay('2026-03-28')!
    expect(formatDay(addDays(d, 2))).toBe('2026-03-30')
    expect(daysBetween(d, parseDay('2026-04-02')!)).toBe(5)
    expect(daysBetween(parseDay('2026-04-02')!, d)).toBe(-5)
  })

  it('takes today from the local clock', () => {
    expect(formatDay(localToday(new Date(2026, 8, 15, 23, 30)))).toBe('2026-09-15')
  })

  it('finds min and max', () => {
    const a = parseDay('2026-01-01')!
    const b = parseDay('2026-02-01')!
    expect(minDay([b, a])).toBe(a)
    expect(maxDay([a, b])).toBe(b)
    expect(minDay([])).toBeNull()
  })
})
