/**
 * The only place that talks to the backend. `api` has the typed surface of
 * the Go App, derived from the Wails bindings (see types.ts), and picks its
 * transport per call: the Wails
 * bridge inside the desktop shell, HTTP (`tandem serve`) in a browser.
 * Edit replies that carry only what changed are applied here (delta.ts), so
 * every Snapshot the UI gets is whole. Every failure is an ApiError. `files` does the same for the user's files
 * (native dialogs on the desktop, a file input and downloads in a browser).
 */
import { withDeltas } from './delta'
import { autoFiles, type FileAccess } from './files'
import { earlyFetch, type EarlyWindow } from './early'
import { httpCall, type Fetch } from './http'
import { createApi, type Call } from './transport'
import { wailsApp, wailsCall, type WailsWindow } from './wails'
import type { Backend } from './types'

export { ApiError, toApiError, type ApiErrorCode, type ApiProblem } from './error'
export { ROADMAP_FILES, type ExportedFile, type FileAccess, type OpenedFile, type SavedFile } from './files'
export type * from './types'

/**
 * autoCall uses Wails when `win.go.main.App` exists at the time of the call,
 * otherwise HTTP. Deciding per call keeps it right even if the Wails runtime
 * binds after this module loads.
 */
export function autoCall(win: WailsWindow | undefined, fetchFn: Fetch): Call {
  const viaWails = wailsCall(() => wailsApp(win))
  const viaHttp = httpCall(fetchFn)
  return (method, args) => (wailsApp(win) ? viaWails : viaHttp)(method, args)
}

const browserWindow = typeof window === 'undefined' ? undefined : (window as WailsWindow)

// The first StartupRoadmap may already have been sent by the page's boot script (early.ts, index.html).
export const api: Backend = createApi(
  withDeltas(autoCall(browserWindow, earlyFetch(browserWindow as EarlyWindow | undefined, (input, init) => globalThis.fetch(input, init)))),
)

/** files: choosing a file to import and saving an export (native dialogs on the desktop, the browser's otherwise). */
export const files: FileAccess = autoFiles(browserWindow, typeof document === 'undefined' ? undefined : document)
