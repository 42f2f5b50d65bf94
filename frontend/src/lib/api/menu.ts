/**
 * The desktop app's native menu (desktop_menu.go) sends its actions as the
 * Wails event "menu" with the action's name. onMenu listens to it through
 * the Wails runtime when there is one (the desktop window) and does nothing
 * in a browser (serve mode). It returns the function that stops listening.
 */
export const MENU_EVENT = 'menu'

interface WailsRuntime {
  EventsOnMultiple?: (name: string, cb: (...data: unknown[]) => void, max: number) => () => void
}

export function onMenu(handler: (action: string) => void, win: unknown = globalThis.window): () => void {
  const runtime = (win as { runtime?: WailsRuntime } | undefined)?.runtime
  if (!runtime?.EventsOnMultiple) return () => {}
  return runtime.EventsOnMultiple(MENU_EVENT, (action) => handler(String(action)), -1)
}
