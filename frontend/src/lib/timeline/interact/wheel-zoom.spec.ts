import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { wheelZoom } from './wheel-zoom'

describe('wheelZoom', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  function setup() {
    const scroller = document.createElement('div')
    scroller.innerHTML = '<svg class="zoomable"></svg><div class="zoom-hide"></div>'
    const commit = vi.fn()
    const z = wheelZoom(scroller, () => 10, commit)
    const wheel = (deltaY: number, ctrlKey = true) =>
      scroller.dispatchEvent(new WheelEvent('wheel', { deltaY, ctrlKey, clientX: 508, cancelable: true }))
    return { scroller, commit, z, wheel }
  }

  it('stretches the time layers while the wheel turns, then commits once', () => {
    const { scroller, commit, z, wheel } = setup()
    wheel(-100)
    wheel(-100)
    const layer = scroller.querySelector<SVGElement>('.zoomable')!
    expect(layer.style.transform).toMatch(/^scaleX\(1\.6/)
    expect(layer.style.transformOrigin).toMatch(/^300px 0/)
    expect(scroller.querySelector<HTMLElement>('.zoom-hide')!.style.visibility).toBe('hidden')
    expect(commit).not.toHaveBeenCalled()
    vi.advanceTimersByTime(200)
    expect(commit).toHaveBeenCalledOnce()
    expect(commit.mock.calls[0][0]).toBeCloseTo(Math.exp(0.5))
    expect(commit.mock.calls[0][1]).toBe(300)
    z.clear()
    expect(layer.style.transform).toBe('')
    expect(z.pending()).toBeNull()
  })

  it('leaves a plain wheel (panning) alone', () => {
    const { commit, z, wheel } = setup()
    wheel(100, false)
    vi.advanceTimersByTime(200)
    expect(commit).not.toHaveBeenCalled()
    expect(z.pending()).toBeNull()
  })
})
