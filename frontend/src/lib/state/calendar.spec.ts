import { describe, expect, it } from 'vitest'
import { formatDay, parseDay } from '../timeline/geometry/dates'
import { shiftWork, snap, workBetween, workCalendar } from './calendar'

const d = (s: string) => parseDay(s)!
// as the snapshot carries it: Monday to Friday, one holiday (Monday 2027-01-18)
const cal = workCalendar({ workdays: ['mon', 'tue', 'wed', 'thu', 'fri'], holidays: ['2027-01-18'] })!

describe('work calendar', () => {
  it('knows working days, weekends and holidays', () => {
    expect(cal.isWorkday(d('2027-01-15'))).toBe(true) // Friday
    expect(cal.isWorkday(d('2027-01-16'))).toBe(false) // Saturday
    expect(cal.isWorkday(d('2027-01-18'))).toBe(false) // holiday
  })

  it('is every day without a snapshot calendar', () => {
    expect(workCalendar(null)).toBeNull()
    expect(workCalendar(undefined)).toBeNull()
    expect(workCalendar({ workdays: [] })).toBeNull()
  })

  it('takes the week the snapshot gives, such as Sunday to Thursday', () => {
    const sunThu = workCalendar({ workdays: ['mon', 'tue', 'wed', 'thu', 'sun'], holidays: ['2027-01-17'] })!
    expect(sunThu.isWorkday(d('2027-01-15'))).toBe(false) // Friday
    expect(sunThu.isWorkday(d('2027-01-17'))).toBe(false) // a Sunday holiday
    expect(sunThu.isWorkday(d('2027-01-24'))).toBe(true) // Sunday
    expect(formatDay(shiftWork(d('2027-01-14'), 1, sunThu))).toBe('2027-01-18') // Thursday + 1, past the holiday
    expect(formatDay(shiftWork(d('2027-01-21'), 1, sunThu))).toBe('2027-01-24') // Thursday + 1 is Sunday
  })

  it('snaps to the next working day in the direction of travel', () => {
    expect(formatDay(snap(d('2027-01-16'), cal, 1))).toBe('2027-01-19') // past the weekend and the holiday
    expect(formatDay(snap(d('2027-01-17'), cal, -1))).toBe('2027-01-15')
    expect(formatDay(snap(d('2027-01-16'), null, 1))).toBe('2027-01-16')
  })

  it('shifts and counts in working days', () => {
    expect(formatDay(shiftWork(d('2027-01-15'), 1, cal))).toBe('2027-01-19')
    expect(formatDay(shiftWork(d('2027-01-19'), -1, cal))).toBe('2027-01-15')
    expect(formatDay(shiftWork(d('2027-01-04'), 5, cal))).toBe('2027-01-11')
    expect(workBetween(d('2027-01-15'), d('2027-01-19'), cal)).toBe(1)
    expect(workBetween(d('2027-01-19'), d('2027-01-15'), cal)).toBe(-1)
    expect(workBetween(d('2027-01-04'), d('2027-01-11'), cal)).toBe(5)
    expect(workBetween(d('2027-01-04'), d('2027-01-11'), null)).toBe(7)
  })
})
