import { describe, expect, it, vi } from 'vitest'
import { ApiError, type RoadmapInfo, type Snapshot } from '../api'
import { RoadmapState, type RoadmapApi } from './roadmap.svelte'

function info(id: string, name = id): RoadmapInfo {
  return { id, name, lanes: 1, efforts: 2, updatedAt: '2026-07-01T00:00:00Z' }
}

function snap(id: string, name = id): Snapshot {
  return {
    info: info(id, name),
    roadmap: {
      format: 'tandem/roadmap',
      version: 1,
      name,
      lanes: [],
      surfaces: [],
      metrics: [],
      efforts: [],
      dependencies: [],
      links: [],
      decisions: [],
      rituals: [],
      events: [],
    },
    snapshots: [],
    canUndo: false,
    canRedo: false,
    revision: 1,
  }
}

function fakeApi(overrides: Partial<RoadmapApi> = {}): RoadmapApi {
  return {
    ListRoadmaps: vi.fn(async () => [info('a', 'Alpha'), info('b', 'Beta')]),
    OpenRoadmap: vi.fn(async (id: string) => snap(id)),
    StartupRoadmap: vi.fn(async () => snap('a', 'Alpha')),
    ...overrides,
  } as RoadmapApi
}

function deferred<T>() {
  let resolve!: (v: T) => void
  const promise = new Promise<T>((r) => (resolve = r))
  return { promise, resolve }
}

describe('RoadmapState', () => {
  it('startup opens the startup roadmap and loads the list', async () => {
    const state = new RoadmapState(fakeApi())
    expect(state.roadmap).toBeNull()
    await state.startup()
    expect(state.currentId).toBe('a')
    expect(state.roadmap?.name).toBe('Alpha')
    expect(state.list.map((r) => r.name)).toEqual(['Alpha', 'Beta'])
    expect(state.loading).toBe(false)
    expect(state.error).toBeNull()
  })

  it('open replaces the snapshot', async () => {
    const api = fakeApi()
    const state = new RoadmapState(api)
    await state.open('b')
    expect(api.OpenRoadmap).toHaveBeenCalledWith('b')
    expect(state.currentId).toBe('b')
  })

  it('is loading while a call runs', async () => {
    const d = deferred<Snapshot>()
    const state = new RoadmapState(fakeApi({ OpenRoadmap: () => d.promise as never }))
    const done = state.open('a')
    expect(state.loading).toBe(true)
    d.resolve(snap('a'))
    await done
    expect(state.loading).toBe(false)
  })

  it('keeps the latest of overlapping opens', async () => {
    const slow = deferred<Snapshot>()
    const api = fakeApi({
      OpenRoadmap: ((id: string) => (id === 'a' ? slow.promise : Promise.resolve(snap(id)))) as never,
    })
    const state = new RoadmapState(api)
    const first = state.open('a')
    await state.open('b')
    slow.resolve(snap('a'))
    await first
    expect(state.currentId).toBe('b')
  })

  it('records and rethrows an ApiError, keeping the open roadmap', async () => {
    const api = fakeApi()
    const state = new RoadmapState(api)
    await state.open('a')
    api.OpenRoadmap = vi.fn(() => Promise.reject(new ApiError('not_found', 'no roadmap z')))
    await expect(state.open('z')).rejects.toMatchObject({ code: 'not_found' })
    expect(state.error).toMatchObject({ code: 'not_found', message: 'no roadmap z' })
    expect(state.currentId).toBe('a')
    expect(state.loading).toBe(false)
  })

  it('normalises non-ApiError failures and clears the error on the next success', async () => {
    const api = fakeApi({ ListRoadmaps: () => Promise.reject('{"code":"internal","message":"disk"}') })
    const state = new RoadmapState(api)
    await expect(state.refreshList()).rejects.toBeInstanceOf(ApiError)
    expect(state.error?.message).toBe('disk')
    api.ListRoadmaps = vi.fn(async () => [info('c')])
    await state.refreshList()
    expect(state.error).toBeNull()
    expect(state.list).toHaveLength(1)
  })

  it('treats a null list (Go nil slice) as empty', async () => {
    const state = new RoadmapState(fakeApi({ ListRoadmaps: async () => null as never }))
    await state.refreshList()
    expect(state.list).toEqual([])
  })

  it('show opens a given snapshot over an open in flight and lists it', async () => {
    const slow = deferred<Snapshot>()
    const state = new RoadmapState(fakeApi({ OpenRoadmap: vi.fn(() => slow.promise) }))
    await state.startup()
    const opening = state.open('b')
    state.show(snap('c', 'Gamma'))
    slow.resolve(snap('b'))
    await opening
    expect(state.currentId).toBe('c')
    expect(state.list.map((r) => r.name)).toEqual(['Alpha', 'Beta', 'Gamma'])
    state.show(snap('a', 'Alpha renamed'))
    expect(state.list.map((r) => r.name)).toEqual(['Alpha renamed', 'Beta', 'Gamma'])
    state.forget('b')
    expect(state.list.map((r) => r.id)).toEqual(['a', 'c'])
  })
})
