/** Measure returns the rendered width of a text in pixels. */
export type Measure = (text: string) => number

const ELLIPSIS = '…'

/**
 * truncate returns `text` if it fits in `maxWidth`, else the longest prefix
 * that fits followed by an ellipsis, else ''. Binary search: O(log n) measures.
 */
export function truncate(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) return text
  if (measure(ELLIPSIS) > maxWidth) return ''
  let lo = 0
  let hi = text.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (measure(text.slice(0, mid).trimEnd() + ELLIPSIS) <= maxWidth) lo = mid
    else hi = mid - 1
  }
  return lo === 0 ? '' : text.slice(0, lo).trimEnd() + ELLIPSIS
}

/** estimateMeasure approximates widths where no canvas exists (tests, SSR). */
export function estimateMeasure(fontSizePx: number): Measure {
  return (text) => text.length * fontSizePx * 0.56
}

const cache = new Map<string, Measure>()

function hasCanvas(): boolean {
  return typeof document !== 'undefined' && !/jsdom/i.test(globalThis.navigator?.userAgent ?? '')
}

/**
 * canvasMeasure measures with a 2D canvas in the given CSS font, falling back
 * to an estimate when canvas is unavailable. Measures are cached per font.
 */
export function canvasMeasure(font: string, fontSizePx: number): Measure {
  const key = font
  const known = cache.get(key)
  if (known) return known
  let measure = estimateMeasure(fontSizePx)
  try {
    const ctx = hasCanvas() ? document.createElement('canvas').getContext('2d') : null
    if (ctx) {
      ctx.font = font
      const widths = new Map<string, number>()
      measure = (text) => {
        let w = widths.get(text)
        if (w === undefined) {
          w = ctx.measureText(text).width
          if (widths.size > 20000) widths.clear()
          widths.set(text, w)
        }
        return w
      }
    }
  } catch {
    // jsdom: getContext is not implemented
  }
  cache.set(key, measure)
  return measure
}

/** FONT_STACK is the UI font (app.css --font), spelled out for canvas measuring. */
export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"

/** uiMeasure measures text in the UI font at a size and weight. */
export function uiMeasure(sizePx: number, weight = 400): Measure {
  return canvasMeasure(`${weight} ${sizePx}px ${FONT_STACK}`, sizePx)
}
