import { describe, expect, expectTypeOf, it, vi } from 'vitest'
import { autoCall } from './index'
import { createApi } from './transport'
import type { WailsWindow } from './wails'
import type { Api, Backend, RoadmapInfo } from './types'

describe('createApi', () => {
  it('maps method calls onto the transport', async () => {
    const call = vi.fn(async () => 'ok')
    const api = createApi(call)
    await expect(api.ExportRoadmap('r1', 'csv')).resolves.toBe('ok')
    expect(call).toHaveBeenCalledWith('ExportRoadmap', ['r1', 'csv'])
  })

  it('is not a thenable and has no lower-case members', () => {
    const api = createApi(vi.fn()) as unknown as Record<string, unknown>
    expect(api.then).toBeUndefined()
    expect(api.toJSON).toBeUndefined()
  })
})

describe('autoCall', () => {
  it('uses HTTP without Wails and Wails once it is bound', async () => {
    const win: WailsWindow = {}
    const fetchFn = vi.fn(async () => new Response('["http"]', { status: 200 }))
    const call = autoCall(win, fetchFn)

    await expect(call('ListRoadmaps', [])).resolves.toEqual(['http'])

    win.go = { main: { App: { ListRoadmaps: async () => ['wails'] } } }
    await expect(call('ListRoadmaps', [])).resolves.toEqual(['wails'])
    expect(fetchFn).toHaveBeenCalledTimes(1)
  })

  it('gives the same ApiError from both transports', async () => {
    const body = '{"code":"invalid","message":"bad name"}'
    const viaHttp = autoCall({}, async () => new Response(body, { status: 400 }))
    const viaWails = autoCall(
      { go: { main: { App: { CreateRoadmap: () => Promise.reject(body) } } } },
      vi.fn(),
    )
    const a = await viaHttp('CreateRoadmap', ['']).catch((e: unknown) => e)
    const b = await viaWails('CreateRoadmap', ['']).catch((e: unknown) => e)
    expect(a).toEqual(b)
    expect(a).toMatchObject({ code: 'invalid', message: 'bad name' })
  })
})

describe('types', () => {
  it('derives the surface from the bindings', () => {
    // Compile-time: every bound method is on the surface, with plain-data arguments.
    expectTypeOf<keyof Backend>().toEqualTypeOf<keyof Api>()
    expectTypeOf<Parameters<Backend['OpenRoadmap']>>().toEqualTypeOf<[arg1: string]>()
    expectTypeOf<Awaited<ReturnType<Backend['ListRoadmaps']>>>().toEqualTypeOf<RoadmapInfo[]>()
  })
})
