import { describe, expect, it } from 'vitest'
import { parseDay } from '../geometry/dates'
import { formatDate, formatDuration, formatRange, plural } from './format'

const d = (s: string) => parseDay(s)!

describe('format', () => {
  it('writes inclusive ranges', () => {
    expect(formatRange(d('2026-07-01'), d('2026-10-17'))).toBe('Jul 1 – Oct 16, 2026')
    expect(formatRange(d('2026-11-03'), d('2027-02-13'))).toBe('Nov 3, 2026 – Feb 12, 2027')
    expect(formatRange(d('2026-07-06'), d('2026-07-07'))).toBe('Jul 6, 2026')
    expect(formatRange(d('2026-07-06'), d('2026-07-06'))).toBe('Jul 6, 2026')
  })

  it('writes dates, durations and counts', () => {
    expect(formatDate(d('2026-09-15'))).toBe('Sep 15, 2026')
    expect(formatDuration(d('2026-07-06'), d('2026-08-01'))).toBe('26 days')
    expect(formatDuration(d('2026-07-06'), d('2026-07-07'))).toBe('1 day')
    expect(formatDuration(d('2026-07-06'), d('2026-07-06'))).toBe('Milestone')
    expect(plural(1, 'lane')).toBe('1 lane')
    expect(plural(4, 'effort')).toBe('4 efforts')
  })
})
