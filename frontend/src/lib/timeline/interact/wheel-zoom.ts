/**
 * Ctrl/Cmd + wheel (and trackpad pinch, which arrives as Ctrl + wheel) zoom
 * on the timeline. While the wheel turns, the time layers (elements with
 * class `zoomable`) are only stretched around the pointer: a composited
 * transform, no redraw; `zoom-hide` elements hide meanwhile. SETTLE ms after
 * the last event `commit(factor, anchorX)` applies the zoom and the timeline
 * redraws once, then `clear()` removes the stretch.
 */
import { LABEL_WIDTH } from '../geometry/geometry'
import { clampZoom } from './zoom'

export const SETTLE = 140

export interface WheelZoom {
  /** the stretch in progress, or null */
  pending(): { k: number; anchorX: number } | null
  /** removes the stretch (after the zoom is applied) */
  clear(): void
  /** stops listening */
  destroy(): void
}

/** wheelZoom listens to `scroller`; `pxPerDay()` is the current zoom. */
export function wheelZoom(
  scroller: HTMLElement,
  pxPerDay: () => number,
  commit: (factor: number, anchorX: number) => void,
): WheelZoom {
  let pending: { k: number; anchorX: number } | null = null
  let layers: HTMLElement[] = []
  let rectLeft = 0
  let timer: ReturnType<typeof setTimeout> | undefined

  function stretch(p: { k: number; anchorX: number } | null) {
    if (p && layers.length === 0) layers = [...scroller.querySelectorAll<HTMLElement>('.zoomable, .zoom-hide')]
    const origin = p ? `${scroller.scrollLeft + p.anchorX}px 0` : ''
    for (const el of layers) {
      if (el.classList.contains('zoom-hide')) el.style.visibility = p ? 'hidden' : ''
      else {
        el.style.transform = p ? `scaleX(${p.k})` : ''
        el.style.transformOrigin = origin
        el.style.willChange = p ? 'transform' : ''
      }
    }
    if (!p) layers = []
  }

  const onwheel = (e: WheelEvent) => {
    if (!e.ctrlKey && !e.metaKey) return
    e.preventDefault()
    // Reading the position forces a layout: once per burst of events.
    if (!pending) rectLeft = scroller.getBoundingClientRect().left
    const px = pxPerDay()
    const anchorX = pending?.anchorX ?? Math.max(0, e.clientX - rectLeft - LABEL_WIDTH)
    const k = clampZoom(px * (pending?.k ?? 1) * Math.exp(-e.deltaY * 0.0025)) / px
    pending = { k, anchorX }
    stretch(pending)
    clearTimeout(timer)
    timer = setTimeout(() => pending && commit(pending.k, pending.anchorX), SETTLE)
  }
  scroller.addEventListener('wheel', onwheel, { passive: false })

  return {
    pending: () => pending,
    clear() {
      if (!pending) return
      pending = null
      stretch(null)
    },
    destroy() {
      clearTimeout(timer)
      scroller.removeEventListener('wheel', onwheel)
    },
  }
}
