import { ApiError, toApiError } from './error'
import type { Call } from './transport'

/** WailsApp is the object Wails binds at `window.go.main.App`. */
export type WailsApp = Record<string, ((...args: unknown[]) => Promise<unknown>) | undefined>

/** WailsFiles is the object Wails binds at `window.go.main.Files` (desktop only): the native file dialogs. */
export type WailsFiles = { [K in keyof FilesBindings]?: FilesBindings[K] }

type FilesBindings = typeof import('../../../wailsjs/go/main/Files')

/** WailsWindow is the part of `window` the Wails runtime adds. */
export interface WailsWindow {
  go?: { main?: { App?: WailsApp; Files?: WailsFiles } }
}

/** wailsApp returns the bound App when running inside the Wails shell. */
export function wailsApp(win: WailsWindow | undefined): WailsApp | undefined {
  return win?.go?.main?.App
}

/** wailsFiles returns the bound Files (native open/save dialogs) inside the Wails shell. */
export function wailsFiles(win: WailsWindow | undefined): WailsFiles | undefined {
  return win?.go?.main?.Files
}

/**
 * wailsCall calls `window.go.main.App[method](...args)`. Wails rejects with a
 * string (the Go error, here the JSON `{code,message}`); it is normalised to
 * an ApiError.
 */
export function wailsCall(getApp: () => WailsApp | undefined): Call {
  return async (method, args) => {
    const fn = getApp()?.[method]
    if (typeof fn !== 'function') {
      throw new ApiError('internal', `The backend has no method ${method}`)
    }
    try {
      return await fn(...args)
    } catch (err) {
      throw toApiError(err)
    }
  }
}
