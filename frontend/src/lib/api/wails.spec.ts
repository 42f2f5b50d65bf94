import { describe, expect, it, vi } from 'vitest'
import { ApiError } from './error'
import { wailsApp, wailsCall, type WailsApp } from './wails'

describe('wailsCall', () => {
  it('calls window.go.main.App[method] with the arguments', async () => {
    const OpenRoadmap = vi.fn(async (id: unknown) => ({ info: { id } }))
    const call = wailsCall(() => ({ OpenRoadmap }) as WailsApp)
    await expect(call('OpenRoadmap', ['abc'])).resolves.toEqual({ info: { id: 'abc' } })
    expect(OpenRoadmap).toHaveBeenCalledWith('abc')
  })

  it('turns a rejected JSON string into an ApiError', async () => {
    const app: WailsApp = {
      DeleteRoadmap: () => Promise.reject('{"code":"in_use","message":"roadmap is open"}'),
    }
    const err = await wailsCall(() => app)('DeleteRoadmap', ['x']).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err).toMatchObject({ code: 'in_use', message: 'roadmap is open' })
  })

  it('reports a missing method or a missing bridge as an ApiError', async () => {
    await expect(wailsCall(() => ({}))('Nope', [])).rejects.toMatchObject({ code: 'internal' })
    await expect(wailsCall(() => undefined)('ListRoadmaps', [])).rejects.toBeInstanceOf(ApiError)
  })
})

describe('wailsApp', () => {
  it('finds the bound App only when Wails is present', () => {
    const App: WailsApp = {}
    expect(wailsApp({ go: { main: { App } } })).toBe(App)
    expect(wailsApp({})).toBeUndefined()
    expect(wailsApp(undefined)).toBeUndefined()
  })
})
