import { describe, expect, it } from 'vitest'
import { ArrowIndex, arrowAt } from './arrow-index'
import type { Dependency } from '../../api'
import type { ItemBox } from './positions'

function box(id: string, x0: number, x1: number, top: number, critical = false): ItemBox {
  return { id, lane: 0, x0, x1, top, mid: top + 12, milestone: false, critical }
}

const boxes = new Map(
  [box('a', 0, 100, 0, true), box('b', 200, 300, 0, true), box('c', 1000, 1100, 500), box('d', 1200, 1300, 500)].map((b) => [b.id, b]),
)
const deps: Dependency[] = [
  { from: 'a', to: 'b', lagDays: 0 },
  { from: 'c', to: 'd', type: 'SS', lagDays: 0 },
  { from: 'a', to: 'c', lagDays: 0 },
  { from: 'a', to: 'gone', lagDays: 0 },
]

describe('ArrowIndex', () => {
  const index = new ArrowIndex(deps, boxes)

  it('leaves out dependencies whose ends are not drawn', () => {
    expect(index.size).toBe(3)
  })

  it.each([
    ['everything, critical last', null, null, ['c>d', 'a>c', 'a>b']],
    ['near the start', { from: 0, to: 150 }, null, ['a>c', 'a>b']],
    ['far right, low down', { from: 1050, to: 2000 }, { from: 480, to: 600 }, ['c>d', 'a>c']],
    ['far right, high up', { from: 1050, to: 2000 }, { from: 0, to: 100 }, ['a>c']],
    ['nowhere', { from: 5000, to: 6000 }, null, []],
  ])('%s', (_, xw, yw, want) => {
    expect(index.query(xw, yw).map((a) => a.key)).toEqual(want)
  })

  it('routes each arrow by its type and marks critical ones', () => {
    const [cd] = index.query({ from: 1050, to: 2000 }, { from: 480, to: 600 }).filter((a) => a.key === 'c>d')
    expect(cd).toMatchObject({ type: 'SS', critical: false })
    expect(cd.d).toMatch(/^M1000 512H992V512H1200$/)
    expect(index.query(null, null).find((a) => a.key === 'a>b')?.critical).toBe(true)
  })
})

describe('ArrowIndex across scroll steps', () => {
  it('gives the same arrow object while it stays in view, so nothing is redrawn', () => {
    const index = new ArrowIndex(deps, boxes)
    const a = index.query({ from: 0, to: 400 }, null).find((x) => x.key === 'a>b')
    const b = index.query({ from: 50, to: 450 }, null).find((x) => x.key === 'a>b')
    expect(b).toBe(a)
  })
})

describe('arrowAt', () => {
  const arrows = new ArrowIndex(deps, boxes).query(null, null)

  it.each([
    ['on a straight arrow', 150, 12, 'a>b'],
    ['a few pixels off it', 150, 16, 'a>b'],
    ['too far from any', 150, 40, null],
    ['on a vertical leg', 108, 300, 'a>c'],
  ])('%s', (_, x, y, want) => {
    expect(arrowAt(arrows, x, y)?.key ?? null).toBe(want)
  })
})

describe('ArrowIndex.update', () => {
  it('is the index before when no arrow moved', () => {
    const before = new ArrowIndex(deps, boxes)
    expect(ArrowIndex.update(before, deps, new Map(boxes))).toBe(before)
  })

  it('keeps the routed arrows whose ends did not move and routes the moved one anew', () => {
    const before = new ArrowIndex(deps, boxes)
    const old = before.query(null, null)
    const moved = new Map(boxes).set('d', box('d', 1400, 1500, 500))
    const after = ArrowIndex.update(before, deps, moved)
    expect(after).not.toBe(before)
    const now = after.query(null, null)
    expect(now.find((a) => a.key === 'a>b')).toBe(old.find((a) => a.key === 'a>b'))
    expect(now.find((a) => a.key === 'c>d')).not.toBe(old.find((a) => a.key === 'c>d'))
    expect(now).toEqual(new ArrowIndex(deps, moved).query(null, null))
  })

  it('drops an arrow whose end is no longer drawn', () => {
    const before = new ArrowIndex(deps, boxes)
    const gone = new Map(boxes)
    gone.delete('c')
    expect(ArrowIndex.update(before, deps, gone).size).toBe(1)
  })

  it('looks only at the arrows of the ids it is told moved', () => {
    const before = new ArrowIndex(deps, boxes)
    const old = before.query(null, null)
    const moved = new Map(boxes).set('d', box('d', 1400, 1500, 500)).set('b', box('b', 250, 350, 0, true))
    expect(ArrowIndex.update(before, deps, moved, [])).toBe(before)
    // told only d: b's arrow stays as it was (update trusts what it is told)
    const after = ArrowIndex.update(before, deps, moved, ['d'])
    const now = after.query(null, null)
    expect(now.find((a) => a.key === 'a>b')).toBe(old.find((a) => a.key === 'a>b'))
    expect(now.find((a) => a.key === 'c>d')).toEqual(new ArrowIndex(deps, moved).query(null, null).find((a) => a.key === 'c>d'))
    expect(ArrowIndex.update(after, deps, moved, ['b', 'd']).query(null, null)).toEqual(new ArrowIndex(deps, moved).query(null, null))
  })

  it('builds anew when an arrow told of appears or goes', () => {
    const before = new ArrowIndex(deps, boxes)
    const gone = new Map(boxes)
    gone.delete('c')
    expect(ArrowIndex.update(before, deps, gone, ['c']).size).toBe(1)
    expect(ArrowIndex.update(before, deps, new Map(boxes).set('gone', box('gone', 0, 10, 900)), ['gone']).size).toBe(4)
  })
})
