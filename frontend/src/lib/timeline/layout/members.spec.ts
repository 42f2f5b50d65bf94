import { describe, expect, it } from 'vitest'
import { rng } from '../../testing/edits'
import { LaneMembers } from './members'

/** fresh groups `list` (lane or null, value) by lane, in list order: what LaneMembers must hold. */
function fresh(list: readonly [string | null, number][]): Map<string, number[]> {
  const out = new Map<string, number[]>()
  for (const [lane, v] of list) if (lane !== null) out.set(lane, [...(out.get(lane) ?? []), v])
  return out
}

describe('LaneMembers', () => {
  it('keeps each lane in list order as places change lane', () => {
    const m = new LaneMembers<string>()
    m.add(0, 'a', 'x0')
    m.add(1, 'b', 'x1')
    m.add(2, 'a', 'x2')
    m.add(3, null, null)
    m.round()
    expect(m.set(1, 'a', 'x1')).toBe(true)
    expect(m.set(3, 'b', 'x3')).toBe(true)
    expect(m.values('a')).toEqual(['x0', 'x1', 'x2'])
    expect(m.values('b')).toEqual(['x3'])
    expect(m.laneOf(1)).toBe('a')
    expect(m.values('none')).toEqual([])
  })

  it('gives a new array for a lane that changed and the same one for a lane that did not', () => {
    const m = new LaneMembers<string>()
    m.add(0, 'a', 'x0')
    m.add(1, 'b', 'x1')
    const [a, b] = [m.values('a'), m.values('b')]
    m.round()
    expect(m.set(0, 'a', 'x0')).toBe(false)
    expect(m.set(1, 'b', 'y1')).toBe(true)
    expect(m.values('a')).toBe(a)
    expect(m.values('b')).not.toBe(b)
    expect(b).toEqual(['x1'])
    expect(m.values('b')).toEqual(['y1'])
  })

  it('holds what grouping the list anew holds, over random changes', () => {
    const next = rng(11)
    const lanes = ['a', 'b', 'c', null]
    const list: [string | null, number][] = Array.from({ length: 30 }, (_, i) => [lanes[i % 4], i])
    const m = new LaneMembers<number>()
    list.forEach(([lane, v], i) => m.add(i, lane, lane === null ? null : v))
    for (let step = 0; step < 400; step++) {
      if (next() < 0.3) m.round()
      const i = Math.floor(next() * list.length)
      const lane = lanes[Math.floor(next() * lanes.length)]
      list[i] = [lane, step * 100 + i]
      m.set(i, lane, lane === null ? null : list[i][1])
      const want = fresh(list)
      for (const l of ['a', 'b', 'c']) expect(m.values(l), `step ${step} lane ${l}`).toEqual(want.get(l) ?? [])
    }
  })
})
