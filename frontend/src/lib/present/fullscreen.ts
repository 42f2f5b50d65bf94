/**
 * Full screen for present mode. In the desktop window the Wails runtime
 * makes the native window full screen (WindowFullscreen); in a browser the
 * Fullscreen API does, where the page may (it needs a key press or click,
 * and a browser may refuse: present mode then fills the window instead).
 */

interface WailsWindowRuntime {
  WindowFullscreen?: () => void
  WindowUnfullscreen?: () => void
}

export interface FullScreen {
  /** enter makes the window (or `el`) full screen; resolves whether it is */
  enter(el: HTMLElement): Promise<boolean>
  exit(): Promise<void>
  /** onChange reports the browser leaving full screen by itself (its own Escape); returns the unsubscribe */
  onChange(cb: (on: boolean) => void): () => void
}

export function fullScreen(win: unknown = globalThis.window, doc: Document | undefined = globalThis.document): FullScreen {
  const runtime = () => (win as { runtime?: WailsWindowRuntime } | undefined)?.runtime
  return {
    async enter(el) {
      const rt = runtime()
      if (rt?.WindowFullscreen) {
        rt.WindowFullscreen()
        return true
      }
      if (!doc?.fullscreenEnabled || !el.requestFullscreen) return false
      try {
        await el.requestFullscreen({ navigationUI: 'hide' })
        return true
      } catch {
        return false
      }
    },
    async exit() {
      const rt = runtime()
      if (rt?.WindowUnfullscreen) return rt.WindowUnfullscreen()
      if (doc?.fullscreenElement) await doc.exitFullscreen().catch(() => {})
    },
    onChange(cb) {
      if (!doc || runtime()?.WindowFullscreen) return () => {}
      const listener = () => cb(!!doc.fullscreenElement)
      doc.addEventListener('fullscreenchange', listener)
      return () => doc.removeEventListener('fullscreenchange', listener)
    },
  }
}
