import { describe, expect, it, vi } from 'vitest'
import { earlyFetch, type EarlyWindow } from './early'
import { httpCall } from './http'

const json = (v: unknown) => new Response(JSON.stringify(v), { status: 200 })

describe('earlyFetch', () => {
  it('answers the first call of a method the boot script sent with its answer, later ones with a request', async () => {
    const win: EarlyWindow = { __tandemEarly: { StartupRoadmap: Promise.resolve(json({ from: 'early' })) } }
    const fetchFn = vi.fn(async () => json({ from: 'fetch' }))
    const call = httpCall(earlyFetch(win, fetchFn))
    expect(await call('StartupRoadmap', [])).toEqual({ from: 'early' })
    expect(fetchFn).not.toHaveBeenCalled()
    expect(await call('StartupRoadmap', [])).toEqual({ from: 'fetch' })
    expect(fetchFn).toHaveBeenCalledTimes(1)
  })

  it('sends other methods, and calls with arguments, as usual', async () => {
    const early = Promise.resolve(json({ from: 'early' }))
    const win: EarlyWindow = { __tandemEarly: { StartupRoadmap: early, OpenRoadmap: early } }
    const fetchFn = vi.fn(async () => json({ from: 'fetch' }))
    const call = httpCall(earlyFetch(win, fetchFn))
    expect(await call('ListRoadmaps', [])).toEqual({ from: 'fetch' })
    expect(await call('OpenRoadmap', ['r1'])).toEqual({ from: 'fetch' })
    expect(fetchFn).toHaveBeenCalledTimes(2)
  })

  it('fails the call whose early request failed, as the request would have', async () => {
    const win: EarlyWindow = { __tandemEarly: { StartupRoadmap: Promise.reject(new TypeError('Failed to fetch')) } }
    const call = httpCall(earlyFetch(win, vi.fn(async () => json(1))))
    await expect(call('StartupRoadmap', [])).rejects.toMatchObject({ code: 'unavailable' })
  })

  it('sends everything when the boot script sent nothing (the desktop shell)', async () => {
    const fetchFn = vi.fn(async () => json({ from: 'fetch' }))
    expect(await httpCall(earlyFetch({}, fetchFn))('StartupRoadmap', [])).toEqual({ from: 'fetch' })
    expect(await httpCall(earlyFetch(undefined, fetchFn))('StartupRoadmap', [])).toEqual({ from: 'fetch' })
  })
})
