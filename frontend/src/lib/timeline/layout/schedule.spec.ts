import { describe, expect, it } from 'vitest'
import type { Scheduled } from '../../api'
import { effort, growth, growthAnalysis, roadmap } from '../../testing/fixtures'
import { formatDay, parseDay } from '../geometry/dates'
import { indexSchedule, placeEffort, plannedSpan, roadmapStart, slipGhost, type Span } from './schedule'

const day0 = parseDay('2030-01-01')!
const show = (s: Span | null) =>
  s && `${formatDay(s.start)}..${formatDay(s.end)}${s.milestone ? ' M' : ''}${s.estimated ? ' ~' : ''}`

function entry(partial: Partial<Scheduled>): Scheduled {
  return { id: 'x', lane: 'l', start: '', end: '', es: 0, ef: 1, ls: 0, lf: 1, float: 0, slipDays: 0, critical: false, ...partial }
}

describe('roadmapStart', () => {
  it('is the roadmap start, else the earliest effort start, else the fallback', () => {
    expect(formatDay(roadmapStart(growth(), day0))).toBe('2026-07-01')
    const r = roadmap({ efforts: [effort('a', 'l', { start: '2026-03-02' }), effort('b', 'l', { start: '2026-02-27' })] })
    expect(formatDay(roadmapStart(r, day0))).toBe('2026-02-27')
    expect(roadmapStart(roadmap(), day0)).toBe(day0)
  })
})

describe('placeEffort', () => {
  it('uses the schedule, end inclusive, and marks derived dates as estimated', () => {
    const e = effort('x', 'l', { durationDays: 5 })
    expect(show(placeEffort(e, entry({ start: '2026-07-06', end: '2026-07-10', es: 3, ef: 8 }), day0))).toBe(
      '2026-07-06..2026-07-11 ~',
    )
    const fixed = effort('x', 'l', { start: '2026-07-01', end: '2026-07-02' })
    expect(show(placeEffort(fixed, entry({ start: '2026-07-06', end: '2026-07-07' }), day0))).toBe('2026-07-06..2026-07-08')
  })

  it('draws a schedule entry with es == ef as a milestone on its day', () => {
    const e = effort('m', 'l', { durationDays: 0 })
    expect(show(placeEffort(e, entry({ start: '2026-10-16', end: '2026-10-16', es: 9, ef: 9 }), day0))).toBe(
      '2026-10-16..2026-10-16 M ~',
    )
  })

  it('falls back to planned dates for efforts the schedule leaves out (killed)', () => {
    expect(show(placeEffort(effort('k', 'l', { start: '2026-08-03', durationDays: 30 }), undefined, day0))).toBe(
      '2026-08-03..2026-09-02',
    )
    expect(show(placeEffort(effort('d', 'l', { durationDays: 3 }), undefined, day0))).toBe('2030-01-01..2030-01-04 ~')
    expect(placeEffort(effort('n', 'l'), undefined, day0)).toBeNull()
  })
})

describe('plannedSpan', () => {
  it('reads start+end, start+duration, start or end alone', () => {
    expect(show(plannedSpan(effort('a', 'l', { start: '2026-07-01', end: '2026-07-01' })))).toBe('2026-07-01..2026-07-02')
    expect(show(plannedSpan(effort('a', 'l', { start: '2026-07-01', durationDays: 0 })))).toBe('2026-07-01..2026-07-01 M')
    expect(show(plannedSpan(effort('a', 'l', { end: '2026-07-09' })))).toBe('2026-07-09..2026-07-10')
    expect(plannedSpan(effort('a', 'l', { durationDays: 4 }))).toBeNull()
  })
})

describe('slipGhost', () => {
  const schedule = indexSchedule(growthAnalysis())

  it('places the ghost at the planned start, as long as the scheduled bar', () => {
    const assistant = growth().efforts.find((e) => e.id === 'assistant')!
    const s = schedule.get('assistant')
    const span = placeEffort(assistant, s, day0)!
    expect(show(span)).toBe('2026-07-23..2026-08-07')
    expect(show(slipGhost(assistant, s, span))).toBe('2026-07-20..2026-08-04')
  })

  it('uses the planned end when there is one, and is null without slip', () => {
    const e = effort('x', 'l', { start: '2026-07-01', end: '2026-07-03' })
    const s = entry({ start: '2026-07-06', end: '2026-07-08', slipDays: 5 })
    expect(show(slipGhost(e, s, placeEffort(e, s, day0)!))).toBe('2026-07-01..2026-07-04')
    const onTime = entry({ start: '2026-07-01', end: '2026-07-03' })
    expect(slipGhost(e, onTime, placeEffort(e, onTime, day0)!)).toBeNull()
    expect(slipGhost(e, undefined, placeEffort(e, undefined, day0)!)).toBeNull()
  })
})
