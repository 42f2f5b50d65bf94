import { describe, expect, it } from 'vitest'
import { effort } from '../testing/fixtures'
import { parseDay } from '../timeline/geometry/dates'
import { workCalendar } from './calendar'
import { drawn, inLane, moved, resized, withRange } from './effort-edits'

const d = (s: string) => parseDay(s)!
const span = (a: string, b: string) => ({ start: d(a), end: d(b) })

describe('moved', () => {
  it('shifts start and end of an effort with dates, from where it is drawn', () => {
    const e = effort('a', 'l', { start: '2026-07-01', end: '2026-07-10' })
    // drawn later than planned (pushed by a dependency): the move starts from the drawing
    expect(moved(e, span('2026-07-03', '2026-07-13'), 2)).toMatchObject({ start: '2026-07-05', end: '2026-07-14' })
    expect(moved(e, span('2026-07-01', '2026-07-11'), -7)).toMatchObject({ start: '2026-06-24', end: '2026-07-03' })
  })

  it('keeps a duration a duration, pinning the start', () => {
    const e = effort('a', 'l', { durationDays: 10 })
    const m = moved(e, span('2026-07-01', '2026-07-15'), 7)
    expect(m).toMatchObject({ start: '2026-07-08', durationDays: 10 })
    expect(m.end).toBeUndefined()
  })

  it('moves a milestone by its day', () => {
    const e = effort('m', 'l', { durationDays: 0 })
    expect(moved(e, span('2026-07-01', '2026-07-01'), 1)).toMatchObject({ start: '2026-07-02', durationDays: 0 })
  })
})

describe('resized', () => {
  const e = effort('a', 'l', { start: '2026-07-01', durationDays: 10 })
  const s = span('2026-07-01', '2026-07-11')

  it('moves the end and writes explicit dates', () => {
    const r = resized(e, s, 'end', 5)
    expect(r).toMatchObject({ start: '2026-07-01', end: '2026-07-15' })
    expect(r.durationDays).toBeUndefined()
  })

  it('moves the start', () => {
    expect(resized(e, s, 'start', -3)).toMatchObject({ start: '2026-06-28', end: '2026-07-10' })
  })

  it('keeps at least one day and leaves milestones alone', () => {
    expect(resized(e, s, 'end', -30)).toMatchObject({ start: '2026-07-01', end: '2026-07-01' })
    expect(resized(e, s, 'start', 30)).toMatchObject({ start: '2026-07-10', end: '2026-07-10' })
    const m = effort('m', 'l', { durationDays: 0 })
    expect(resized(m, span('2026-07-01', '2026-07-01'), 'end', 3)).toBe(m)
  })
})

describe('drawn, inLane, withRange', () => {
  it('creates an effort over the dragged days, either direction', () => {
    expect(drawn('paid', 'New effort', d('2026-07-10'), d('2026-07-03'))).toEqual({
      id: '',
      lane: 'paid',
      title: 'New effort',
      status: 'planned',
      start: '2026-07-03',
      end: '2026-07-10',
      durationDays: undefined,
    })
    expect(drawn('paid', 'X', d('2026-07-10'), d('2026-07-10'))).toMatchObject({ start: '2026-07-10', end: '2026-07-10' })
  })

  it('changes lane and writes ranges', () => {
    expect(inLane(effort('a', 'l'), 'k').lane).toBe('k')
    expect(withRange(effort('a', 'l'), d('2026-07-01'), d('2026-07-01'))).toMatchObject({ start: '2026-07-01', end: '2026-07-01' })
  })
})

describe('with a working calendar', () => {
  const cal = workCalendar({ workdays: ['mon', 'tue', 'wed', 'thu', 'fri'] })
  // Tue Apr 13 .. Fri Apr 23, 2027: 9 working days
  const e = effort('a', 'l', { start: '2027-04-13', end: '2027-04-23' })
  const s = span('2027-04-13', '2027-04-24')

  it('moves by a day onto working days and keeps the working length', () => {
    expect(moved(e, s, 1, cal)).toMatchObject({ start: '2027-04-14', end: '2027-04-26' })
    expect(moved(e, s, -1, cal)).toMatchObject({ start: '2027-04-12', end: '2027-04-22' })
    // Friday plus one day is Monday
    const f = effort('f', 'l', { start: '2027-04-16', end: '2027-04-16' })
    expect(moved(f, span('2027-04-16', '2027-04-17'), 1, cal)).toMatchObject({ start: '2027-04-19', end: '2027-04-19' })
    expect(moved(f, span('2027-04-19', '2027-04-20'), -1, cal)).toMatchObject({ start: '2027-04-16', end: '2027-04-16' })
  })

  it('resizes onto working days and draws over working days', () => {
    expect(resized(e, s, 'end', 1, cal)).toMatchObject({ end: '2027-04-26' })
    expect(resized(e, s, 'start', -1, cal)).toMatchObject({ start: '2027-04-12' })
    expect(drawn('l', 'N', d('2027-04-17'), d('2027-04-25'), cal)).toMatchObject({ start: '2027-04-19', end: '2027-04-23' })
    expect(drawn('l', 'N', d('2027-04-17'), d('2027-04-18'), cal)).toMatchObject({ start: '2027-04-19', end: '2027-04-19' })
  })
})
