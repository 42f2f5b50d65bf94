import { describe, expect, it, vi } from 'vitest'
import { applyDelta, applyList, applyMap, changedKeys, listChange, replacedPlaces, withDeltas } from './delta'
import recordedReplies from './testdata/delta-replies.json'
import type { Snapshot } from './types'

/**
 * Replies recorded from the real backend (backend/service, TestRecordedReplies
 * -update): a whole snapshot, then per edit the reply as sent and the whole
 * snapshot it must give. One edit of each kind, undo and redo included.
 */
const recorded = recordedReplies as unknown as {
  first: Snapshot
  steps: { edit: string; reply: Snapshot; whole: Snapshot }[]
}

describe('applyDelta', () => {
  it('gives, from each recorded reply and the snapshot before, exactly the whole snapshot', () => {
    let prev = recorded.first
    let deltas = 0
    for (const { edit, reply, whole } of recorded.steps) {
      let next = reply
      if (reply.delta) {
        deltas++
        expect(reply.delta.base, edit).toBe(prev.revision)
        expect(reply.roadmap, edit).toBeUndefined()
        next = applyDelta(prev, reply)
      }
      expect(JSON.parse(JSON.stringify(next)), edit).toStrictEqual(whole)
      prev = next
    }
    expect(deltas).toBeGreaterThanOrEqual(recorded.steps.length - 1)
  })

  it('keeps the objects an edit did not change and never changes the snapshot before', () => {
    const step = recorded.steps[1] // an effort added
    const prev = recorded.steps[0].whole
    const before = JSON.stringify(prev)
    const next = applyDelta(prev, step.reply)
    expect(JSON.stringify(prev)).toBe(before)
    const efforts = prev.roadmap!.efforts
    expect(next.roadmap!.efforts.length).toBe(efforts.length + 1)
    expect(next.roadmap!.efforts.slice(0, efforts.length).every((e, i) => e === efforts[i])).toBe(true)
    expect(next.roadmap!.lanes).toBe(prev.roadmap!.lanes)
  })
})

describe('applyList', () => {
  it('copies kept runs and places sent items', () => {
    expect(applyList(['a', 'b', 'c', 'd'], { len: 4, keep: [[0, 1, 2], [3, 0, 1]], at: [2], items: ['x'] })).toEqual([
      'b',
      'c',
      'x',
      'a',
    ])
    expect(applyList(['a'], { len: 0 })).toEqual([])
  })

  it('tells the places it replaced when every kept item stays in place, and only then', () => {
    const old = ['a', 'b', 'c', 'd']
    const inPlace = applyList(old, { len: 4, keep: [[0, 0, 1], [2, 2, 2]], at: [1], items: ['x'] })
    expect(inPlace).toEqual(['a', 'x', 'c', 'd'])
    expect(replacedPlaces(inPlace, old)).toEqual([1])
    expect(replacedPlaces(inPlace, [...old])).toBeNull()
    expect(replacedPlaces(applyList(old, { len: 4, keep: [[0, 1, 2], [3, 0, 1]], at: [2], items: ['x'] }), old)).toBeNull()
    expect(replacedPlaces(applyList(old, { len: 5, keep: [[0, 0, 4]], at: [4], items: ['x'] }), old)).toBeNull()
  })

  it('tells the places that got new items and the old places it dropped, however the kept items moved', () => {
    const old = ['a', 'b', 'c', 'd', 'e']
    // drop b and d, insert x first, keep a, c, e
    const list = applyList(old, { len: 4, keep: [[1, 0, 1], [2, 2, 1], [3, 4, 1]], at: [0], items: ['x'] })
    expect(list).toEqual(['x', 'a', 'c', 'e'])
    expect(listChange(list, old)).toEqual({ added: [0], removed: [1, 3], inOrder: true })
    // kept runs given out of order, the last items dropped
    const swapped = applyList(old, { len: 2, keep: [[0, 2, 1], [1, 0, 1]] })
    expect(swapped).toEqual(['c', 'a'])
    expect(listChange(swapped, old)).toEqual({ added: [], removed: [1, 3, 4], inOrder: false })
    // an item kept twice is not in order either
    expect(listChange(applyList(old, { len: 2, keep: [[0, 0, 1], [1, 0, 1]] }), old)?.inOrder).toBe(false)
    expect(listChange(list, [...old])).toBeNull()
    expect(listChange([...list], old)).toBeNull()
  })
})

describe('applyMap', () => {
  it('changes the keys named, and tells which, from which map', () => {
    const old = { a: 1, b: 2, c: 3 }
    const next = applyMap(old, { set: { b: 5, d: 0 }, del: ['c'] })
    expect(next).toEqual({ a: 1, b: 5, d: 0 })
    expect(old).toEqual({ a: 1, b: 2, c: 3 })
    expect(changedKeys(next)).toEqual({ from: old, keys: ['b', 'd', 'c'] })
    expect(changedKeys(old)).toBeUndefined()
  })

  it('tells what each recorded reply changed in the layout rows', () => {
    let prev = recorded.first
    let told = 0
    for (const { edit, reply } of recorded.steps) {
      if (!reply.delta) continue
      const next = applyDelta(prev, reply)
      const [a, b] = [prev.layout?.rows ?? {}, next.layout?.rows ?? {}]
      const change = next.layout?.rows && changedKeys(next.layout.rows)
      if (a !== b && change) {
        told++
        expect(change.from, edit).toBe(prev.layout!.rows)
        const differ = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => a[k] !== b[k])
        for (const k of differ) expect(change.keys, edit).toContain(k)
      }
      prev = next
    }
    expect(told).toBeGreaterThan(0)
  })
})

describe('withDeltas', () => {
  const [first, step] = [recorded.first, recorded.steps[0]]

  it('turns a delta reply into the whole snapshot, from the last one it saw', async () => {
    const call = vi.fn(async (method: string) => (method === 'OpenRoadmap' ? first : step.reply))
    const api = withDeltas(call)
    await expect(api('OpenRoadmap', [first.info.id])).resolves.toBe(first)
    expect(JSON.parse(JSON.stringify(await api('UpdateEffort', [])))).toStrictEqual(step.whole)
    expect(call).toHaveBeenCalledTimes(2)
  })

  it('asks for the whole snapshot when it holds another revision', async () => {
    const stale = { ...first, revision: first.revision - 1 }
    const call = vi.fn(async (method: string) => (method === 'OpenRoadmap' ? step.whole : step.reply))
    const api = withDeltas(call)
    call.mockResolvedValueOnce(stale)
    await api('StartupRoadmap', [])
    await expect(api('UpdateEffort', [])).resolves.toBe(step.whole)
    expect(call).toHaveBeenLastCalledWith('OpenRoadmap', [first.info.id])
  })

  it('passes whole snapshots and other results through', async () => {
    const plain = { info: { id: 'r' }, roadmap: {} }
    const api = withDeltas(async (method) => (method === 'ListRoadmaps' ? [] : plain))
    await expect(api('ListRoadmaps', [])).resolves.toEqual([])
    await expect(api('UpdateEffort', [])).resolves.toBe(plain)
  })
})
