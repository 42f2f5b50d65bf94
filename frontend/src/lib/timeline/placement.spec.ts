import { describe, expect, it } from 'vitest'
import { effort, roadmap } from '../testing/fixtures'
import { formatDay, parseDay } from './dates'
import { placeEfforts, roadmapStart } from './placement'

const fallback = parseDay('2030-01-01')!

function place(r: ReturnType<typeof roadmap>) {
  const spans = placeEfforts(r, fallback)
  return Object.fromEntries(
    [...spans].map(([id, s]) => [id, `${formatDay(s.start)}..${formatDay(s.end)}${s.milestone ? ' M' : ''}${s.estimated ? ' ~' : ''}`]),
  )
}

describe('placeEfforts (placeholder schedule)', () => {
  it('uses given dates, end inclusive', () => {
    const r = roadmap({ efforts: [effort('a', 'l', { start: '2026-07-06', end: '2026-07-31' })] })
    expect(place(r)).toEqual({ a: '2026-07-06..2026-08-01' })
  })

  it('uses start + durationDays, 0 being a milestone', () => {
    const r = roadmap({
      efforts: [
        effort('a', 'l', { start: '2026-07-06', durationDays: 5 }),
        effort('m', 'l', { start: '2026-07-20', durationDays: 0 }),
      ],
    })
    expect(place(r)).toEqual({ a: '2026-07-06..2026-07-11', m: '2026-07-20..2026-07-20 M' })
  })

  it('puts a duration-only effort at the roadmap start without dependencies', () => {
    const r = roadmap({ start: '2026-07-01', efforts: [effort('a', 'l', { durationDays: 10 })] })
    expect(place(r)).toEqual({ a: '2026-07-01..2026-07-11 ~' })
  })

  it('puts it after the latest end of its FS predecessors, plus lag', () => {
    const r = roadmap({
      start: '2026-07-01',
      efforts: [
        effort('a', 'l', { start: '2026-07-01', end: '2026-07-10' }),
        effort('b', 'l', { start: '2026-07-01', end: '2026-07-20' }),
        effort('c', 'l', { durationDays: 5 }),
        effort('d', 'l', { durationDays: 2 }),
      ],
      dependencies: [
        { from: 'a', to: 'c', type: 'FS', lagDays: 0 },
        { from: 'b', to: 'c', lagDays: 3 },
        { from: 'c', to: 'd', type: 'FS', lagDays: -1 },
      ],
    })
    const p = place(r)
    expect(p.c).toBe('2026-07-24..2026-07-29 ~')
    expect(p.d).toBe('2026-07-28..2026-07-30 ~')
  })

  it('ignores non-FS dependencies and killed predecessors', () => {
    const r = roadmap({
      start: '2026-07-01',
      efforts: [
        effort('a', 'l', { start: '2026-08-01', end: '2026-08-10', status: 'killed' }),
        effort('b', 'l', { start: '2026-08-01', end: '2026-08-10' }),
        effort('c', 'l', { durationDays: 1 }),
      ],
      dependencies: [
        { from: 'a', to: 'c', type: 'FS', lagDays: 0 },
        { from: 'b', to: 'c', type: 'SS', lagDays: 0 },
      ],
    })
    expect(place(r).c).toBe('2026-07-01..2026-07-02 ~')
  })

  it('survives a cycle (invalid input) and unknown references', () => {
    const r = roadmap({
      start: '2026-07-01',
      efforts: [effort('a', 'l', { durationDays: 2 }), effort('b', 'l', { durationDays: 3 })],
      dependencies: [
        { from: 'a', to: 'b', lagDays: 0 },
        { from: 'b', to: 'a', lagDays: 0 },
        { from: 'ghost', to: 'a', lagDays: 0 },
      ],
    })
    const p = place(r)
    expect(Object.keys(p).sort()).toEqual(['a', 'b'])
  })
})

describe('roadmapStart', () => {
  it('is the roadmap start, else the earliest effort start, else the fallback', () => {
    expect(formatDay(roadmapStart(roadmap({ start: '2026-07-01' }), fallback))).toBe('2026-07-01')
    const r = roadmap({ efforts: [effort('a', 'l', { start: '2026-09-01' }), effort('b', 'l', { start: '2026-08-01' })] })
    expect(formatDay(roadmapStart(r, fallback))).toBe('2026-08-01')
    expect(roadmapStart(roadmap(), fallback)).toBe(fallback)
  })
})
