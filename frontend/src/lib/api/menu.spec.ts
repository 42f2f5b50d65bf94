import { describe, expect, it, vi } from 'vitest'
import { onMenu } from './menu'

describe('onMenu', () => {
  it('listens to the "menu" event through the Wails runtime', () => {
    const off = vi.fn()
    let cb: ((...d: unknown[]) => void) | undefined
    const win = { runtime: { EventsOnMultiple: vi.fn((_n: string, f: (...d: unknown[]) => void) => ((cb = f), off)) } }
    const handler = vi.fn()
    const stop = onMenu(handler, win)
    expect(win.runtime.EventsOnMultiple).toHaveBeenCalledWith('menu', expect.any(Function), -1)
    cb?.('undo')
    expect(handler).toHaveBeenCalledWith('undo')
    stop()
    expect(off).toHaveBeenCalled()
  })

  it('does nothing in a browser', () => {
    expect(() => onMenu(vi.fn(), {})()).not.toThrow()
  })
})
