import { afterEach, describe, expect, it, vi } from 'vitest'
import { whenIdle } from './idle'

describe('whenIdle', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.useRealTimers()
  })

  it('runs once the window is idle, with a deadline, and can be cancelled', () => {
    const calls: (() => void)[] = []
    const cancelled: number[] = []
    vi.stubGlobal('requestIdleCallback', (cb: () => void, opts: { timeout: number }) => {
      expect(opts.timeout).toBe(2000)
      return calls.push(cb)
    })
    vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id))
    const fn = vi.fn()
    whenIdle(fn)
    const cancel = whenIdle(fn)
    expect(fn).not.toHaveBeenCalled()
    calls[0]()
    expect(fn).toHaveBeenCalledOnce()
    cancel()
    expect(cancelled).toEqual([2])
  })

  it('waits a moment where there are no idle callbacks', () => {
    vi.stubGlobal('requestIdleCallback', undefined)
    vi.useFakeTimers()
    const fn = vi.fn()
    whenIdle(fn)
    const cancel = whenIdle(fn)
    cancel()
    vi.advanceTimersByTime(199)
    expect(fn).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(fn).toHaveBeenCalledOnce()
  })
})
