/**
 * whenIdle runs `fn` once the window is idle (requestIdleCallback, at the
 * latest after `timeout` ms), or after `fallback` ms where the browser has
 * no idle callbacks; it returns what cancels it.
 */
export function whenIdle(fn: () => void, timeout = 2000, fallback = 200): () => void {
  const w = globalThis as { requestIdleCallback?: typeof requestIdleCallback; cancelIdleCallback?: typeof cancelIdleCallback }
  if (w.requestIdleCallback && w.cancelIdleCallback) {
    const id = w.requestIdleCallback(() => fn(), { timeout })
    return () => w.cancelIdleCallback!(id)
  }
  const timer = setTimeout(fn, fallback)
  return () => clearTimeout(timer)
}
