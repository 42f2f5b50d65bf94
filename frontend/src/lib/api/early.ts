/**
 * The answers to the app's first calls, asked for before the app's code has
 * loaded. In serve mode the page's boot script (index.html) sends
 * `StartupRoadmap` and `ListRoadmaps` at once, so the backend works and the
 * answers travel while the browser fetches, compiles and starts the app; the
 * app's own first request of each then takes that answer instead of sending
 * another. Inside the desktop shell the boot script sends nothing.
 */
import type { Fetch } from './http'

/** EarlyWindow is the part of `window` the boot script fills: the early requests by method. */
export interface EarlyWindow {
  __tandemEarly?: Record<string, Promise<Response> | undefined>
}

/**
 * earlyFetch is `fetchFn` except that the first request for a method the
 * boot script already sent, with no arguments (body `[]`), gets the boot
 * script's response (once: later requests are sent as usual). A failed early
 * request fails that one call, as the request itself would have.
 */
export function earlyFetch(win: EarlyWindow | undefined, fetchFn: Fetch, base = '/api/'): Fetch {
  return (input, init) => {
    const early = win?.__tandemEarly
    if (early && input.startsWith(base) && init.body === '[]') {
      const method = input.slice(base.length)
      const answer = early[method]
      if (answer) {
        delete early[method]
        return answer
      }
    }
    return fetchFn(input, init)
  }
}
