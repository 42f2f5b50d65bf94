import { describe, expect, it } from 'vitest'
import { rng } from '../../testing/edits'
import { ById } from './by-id'
import { applyList } from '../../api/delta'

type E = { id: string; v: number }
const fresh = (list: E[]) => new Map(list.map((x) => [x.id, x]))

describe('ById', () => {
  it('sets only the entries replaced in place', () => {
    const ix = new ById<E>()
    const a = [{ id: 'a', v: 1 }, { id: 'b', v: 1 }]
    ix.index(a)
    const b = [a[0], { id: 'b', v: 2 }]
    expect(ix.index(b).get('b')).toBe(b[1])
    expect(ix.index(b).get('a')).toBe(a[0])
  })

  it('indexes anew when an entry of another id takes a place, or the length changes', () => {
    const ix = new ById<E>()
    ix.index([{ id: 'a', v: 1 }, { id: 'b', v: 1 }])
    expect([...ix.index([{ id: 'a', v: 1 }, { id: 'c', v: 1 }]).keys()]).toEqual(['a', 'c'])
    expect([...ix.index([{ id: 'a', v: 1 }]).keys()]).toEqual(['a'])
  })

  it('keeps the last of a repeated id, as a fresh map does', () => {
    const ix = new ById<E>()
    const list = [{ id: 'a', v: 1 }, { id: 'a', v: 2 }]
    ix.index(list)
    const next = [{ id: 'a', v: 3 }, list[1]]
    expect(ix.index(next)).toEqual(fresh(next))
  })

  it('names the ids whose entry it replaced, or null when it indexed anew', () => {
    const ix = new ById<E>()
    const a = [{ id: 'a', v: 1 }, { id: 'b', v: 1 }, { id: 'c', v: 1 }]
    ix.index(a)
    ix.index([{ id: 'a', v: 2 }, a[1], { id: 'c', v: 2 }])
    expect(ix.changed).toEqual(['a', 'c'])
    ix.index([...a])
    expect(ix.changed).toEqual(['a', 'c'])
    const same = [...a]
    ix.index(same)
    ix.index(same)
    expect(ix.changed).toEqual([])
    ix.index([a[0], a[1]])
    expect(ix.changed).toBeNull()
  })

  it('takes the replaced places a delta tells, without a pass over the list', () => {
    const ix = new ById<E>()
    const a = Array.from({ length: 5 }, (_, i) => ({ id: `e${i}`, v: 0 }))
    ix.index(a)
    const b = applyList(a, { len: 5, keep: [[0, 0, 3], [4, 4, 1]], at: [3], items: [{ id: 'e3', v: 1 }] }) as E[]
    // a place applyList did not name is not looked at: changed behind its back, it goes unseen
    b[1] = { id: 'unseen', v: 9 }
    expect(ix.index(b).get('e3')).toBe(b[3])
    expect(ix.changed).toEqual(['e3'])
    expect(ix.index(b).has('unseen')).toBe(false)
  })

  it('equals a fresh index over random edits', () => {
    const next = rng(7)
    const ix = new ById<E>()
    let list: E[] = Array.from({ length: 20 }, (_, i) => ({ id: `e${i}`, v: 0 }))
    let before = fresh(list)
    ix.index(list)
    for (let step = 0; step < 500; step++) {
      const k = Math.floor(next() * list.length)
      const r = next()
      if (r < 0.6) list = list.map((x, i) => (i === k ? { ...x, v: x.v + 1 } : x))
      else if (r < 0.7) list = list.filter((_, i) => i !== k)
      else if (r < 0.8) list = [...list, { id: `n${step}`, v: 0 }]
      else if (r < 0.9) list = list.map((x, i) => (i === k ? { id: `e${Math.floor(next() * 25)}`, v: 9 } : x))
      const now = ix.index(list)
      expect(now, `step ${step}`).toEqual(fresh(list))
      // changed names exactly the ids whose entry is another object (or null: anything may have changed)
      const changed = ix.changed
      if (changed) expect(new Set(changed), `step ${step}`).toEqual(new Set([...now].filter(([id, x]) => before.get(id) !== x).map(([id]) => id)))
      before = fresh(list)
    }
  })
})
