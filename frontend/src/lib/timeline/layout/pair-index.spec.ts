import { describe, expect, it } from 'vitest'
import { applyList } from '../../api/delta'
import { rng } from '../../testing/edits'
import { PairIndex, type Pair } from './pair-index'

type P = Pair & { n: number }
let made = 0
const pair = (a: string, b: string): P => ({ efforts: [a, b], n: made++ })

/** naive is what pairs() must give: the list's pairs naming any of ids, in order. */
const naive = (list: readonly P[], ids: string[]) => list.filter((p) => p.efforts.some((id) => ids.includes(id)))

const EFFORTS = ['a', 'b', 'c', 'd', 'e', 'f']

/** randomDelta rebuilds `list` as a delta does (applyList): some pairs dropped, some added anywhere, rarely the kept ones reordered. */
function randomDelta(list: readonly P[], next: () => number): P[] {
  const kept = list.filter(() => next() > 0.15)
  const out: (P | null)[] = kept.map((p) => p)
  const adds = Math.floor(next() * 4)
  for (let k = 0; k < adds; k++) {
    const e = () => EFFORTS[Math.floor(next() * EFFORTS.length)]
    out.splice(Math.floor(next() * (out.length + 1)), 0, pair(e(), e()))
  }
  if (next() < 0.05 && out.length > 1) out.reverse()
  const keep: [number, number, number][] = []
  const at: number[] = []
  const items: P[] = []
  out.forEach((p, i) => {
    const from = list.indexOf(p!)
    if (from >= 0 && !at.includes(i) && p && kept.includes(p)) keep.push([i, from, 1])
    else {
      at.push(i)
      items.push(p!)
    }
  })
  return applyList(list, { len: out.length, keep, at, items }) as P[]
}

describe('PairIndex', () => {
  it('finds the pairs of some efforts in the list order, after a delta inserted one between others', () => {
    const ix = new PairIndex<P>()
    const old = [pair('a', 'b'), pair('b', 'c'), pair('c', 'd')]
    expect(ix.update(old)).toBeNull() // a list not made by a delta: anything may have changed
    expect(ix.pairs(['b'])).toEqual([old[0], old[1]])
    const x = pair('d', 'b')
    // x goes between the first two, the last one is dropped
    const list = applyList(old, { len: 3, keep: [[0, 0, 1], [2, 1, 1]], at: [1], items: [x] }) as P[]
    expect(ix.update(list)).toEqual(new Set(['d', 'b', 'c']))
    expect(ix.pairs(['b'])).toEqual([old[0], x, old[1]])
    expect(ix.pairs(['d'])).toEqual([x])
    expect(ix.pairs(['c', 'a'])).toEqual([old[0], old[1]])
    expect(ix.update(list)).toEqual(new Set())
  })

  it('indexes the list ahead when prepared, then follows deltas without indexing it again', () => {
    const ix = new PairIndex<P>()
    const old = [pair('a', 'b'), pair('b', 'c'), pair('c', 'd')]
    ix.update(old)
    expect(ix.built).toBe(false) // not when a roadmap opens
    expect(ix.prepare()).toBe(true)
    expect(ix.built).toBe(true)
    expect(ix.prepare()).toBe(false)
    const x = pair('d', 'a')
    const list = applyList(old, { len: 4, keep: [[0, 0, 3]], at: [3], items: [x] }) as P[]
    ix.update(list)
    expect(ix.built).toBe(true)
    expect(ix.prepare()).toBe(false)
    expect(ix.pairs(['a'])).toEqual([old[0], x])
    // a list not made by a delta is indexed again, when prepared or asked
    ix.update([...list])
    expect(ix.built).toBe(false)
    expect(ix.pairs(['d'])).toEqual([old[2], x])
    expect(ix.built).toBe(true)
  })

  it('still orders pairs inserted at the same place many times over (ranks too close to split)', () => {
    const ix = new PairIndex<P>()
    let list: P[] = [pair('a', 'b'), pair('a', 'c')]
    ix.update(list)
    ix.pairs(['a'])
    for (let k = 0; k < 120; k++) {
      list = applyList(list, { len: list.length + 1, keep: [[0, 0, 1], [2, 1, list.length - 1]], at: [1], items: [pair('a', 'd')] }) as P[]
      ix.update(list)
    }
    expect(ix.pairs(['a'])).toEqual(list)
  })

  it('gives what a walk through the list gives, over random delta sequences', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = rng(seed)
      const ix = new PairIndex<P>()
      let list = [pair('a', 'b'), pair('c', 'd'), pair('e', 'f'), pair('a', 'f')]
      ix.update(list)
      for (let step = 0; step < 60; step++) {
        const before = list
        list = next() < 0.05 ? [...list] : randomDelta(list, next)
        const changed = ix.update(list)
        if (changed) {
          // the efforts whose pairs changed
          const diff = [...before.filter((p) => !list.includes(p)), ...list.filter((p) => !before.includes(p))]
          expect(changed, `seed ${seed} step ${step}`).toEqual(new Set(diff.flatMap((p) => p.efforts)))
        }
        const ids = EFFORTS.filter(() => next() < 0.4)
        expect(ix.pairs(ids), `seed ${seed} step ${step}`).toEqual(naive(list, ids))
      }
    }
  })
})
