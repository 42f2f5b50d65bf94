import { describe, expect, it } from 'vitest'
import { timeScale } from '../geometry/axis'
import { formatDay, parseDay } from '../geometry/dates'
import { advance, dayAt, dayShift, type Gesture, type PointerContext } from './gesture'

const d = (s: string) => parseDay(s)!
// 10 px per day from Jul 1
const scale = timeScale([d('2026-07-01'), d('2026-08-01')], 310)
const ctx = (target: string | null = null): PointerContext => ({ scale, laneAt: (y) => Math.floor(y / 100), target })

describe('gesture steps', () => {
  it('reads days from pixels', () => {
    expect(formatDay(dayAt(scale, 25))).toBe('2026-07-03')
    expect(dayShift(scale, 36)).toBe(4)
    expect(dayShift(scale, -14)).toBe(-1)
    expect(dayShift(scale, 2)).toBe(0)
  })

  it('moves by whole days and across lanes, once past the threshold', () => {
    const g: Gesture = { kind: 'move', ids: ['a'], origin: { x: 100, y: 50 }, days: 0, fromLane: 0, lane: 0, moved: false }
    const small = advance(g, { x: 102, y: 51 }, ctx())
    expect(small).toMatchObject({ moved: false, days: 0, lane: 0 })
    expect(advance(g, { x: 171, y: 250 }, ctx())).toMatchObject({ moved: true, days: 7, lane: 2 })
  })

  it('resizes and creates by days', () => {
    const r: Gesture = { kind: 'resize', id: 'a', edge: 'end', origin: { x: 0, y: 0 }, days: 0, moved: false }
    expect(advance(r, { x: -30, y: 0 }, ctx())).toMatchObject({ days: -3, moved: true })
    const c: Gesture = { kind: 'create', lane: 1, origin: { x: 5, y: 120 }, from: d('2026-07-01'), to: d('2026-07-01'), moved: false }
    const next = advance(c, { x: 95, y: 130 }, ctx())
    expect(formatDay((next as { to: Date }).to)).toBe('2026-07-10')
  })

  it('connects to another effort, never to itself', () => {
    const c: Gesture = { kind: 'connect', from: 'a', origin: { x: 0, y: 0 }, point: { x: 0, y: 0 }, target: null, moved: false }
    expect(advance(c, { x: 50, y: 10 }, ctx('b'))).toMatchObject({ target: 'b', point: { x: 50, y: 10 } })
    expect(advance(c, { x: 50, y: 10 }, ctx('a'))).toMatchObject({ target: null })
  })

  it('tracks a box and a lane being reordered', () => {
    const b: Gesture = { kind: 'box', origin: { x: 0, y: 0 }, point: { x: 0, y: 0 }, extend: false, moved: false }
    expect(advance(b, { x: 40, y: 40 }, ctx())).toMatchObject({ point: { x: 40, y: 40 }, moved: true })
    const l: Gesture = { kind: 'lane', laneId: 'x', origin: { x: 0, y: 10 }, fromIndex: 0, index: 0, moved: false }
    expect(advance(l, { x: 0, y: 310 }, ctx())).toMatchObject({ index: 3, moved: true })
  })
})
