import type { Backend } from './types'

/** Call sends one backend call by method name; it rejects with an ApiError. */
export type Call = (method: string, args: unknown[]) => Promise<unknown>

/**
 * createApi turns a transport into the typed backend surface. The result is a
 * Proxy: `api.OpenRoadmap(id)` becomes `call('OpenRoadmap', [id])`. Only
 * exported Go method names (starting with a capital letter) are callable, so
 * that `then`, `toJSON` and symbols do not look like methods.
 */
export function createApi(call: Call): Backend {
  return new Proxy({} as Backend, {
    get(_target, prop) {
      if (typeof prop !== 'string' || !/^[A-Z]/.test(prop)) return undefined
      return (...args: unknown[]) => call(prop, args)
    },
  })
}
