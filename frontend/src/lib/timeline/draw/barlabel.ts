/**
 * Where a bar's label goes: inside the bar when it fits; else to the right of
 * the bar when it fits there (before the next item of the row) and the bar
 * would show less than 60% of it; else cut short with an ellipsis wherever
 * more of it shows (inside when readable). A bar that starts left of the
 * view keeps its label at the view's left edge (stickyShift).
 * Pure, so it is tested without a browser.
 */
import { CONNECT_DOT_R, CONNECT_DOT_X } from '../geometry/geometry'
import { truncate, type Measure } from './textfit'

export interface BarLabel {
  text: string
  inside: boolean
}

export const LABEL_PAD = 8
const MIN_READABLE = 44
/**
 * OUTSIDE_GAP is where a label outside its bar starts, from the bar's end:
 * past the connect dot a hovered or selected bar shows there, so that the
 * dot never covers the label's first letter, and the label does not move
 * when the bar is selected.
 */
export const OUTSIDE_GAP = CONNECT_DOT_X + CONNECT_DOT_R + 4
const MAX_OUTSIDE = 280
const MOSTLY = 0.6

/**
 * placeLabel: `barWidth` is the bar's width, `iconWidth` the room its status
 * icon takes inside, `roomRight` the free space after the bar (Infinity when
 * nothing follows in the row).
 */
export function placeLabel(
  title: string,
  barWidth: number,
  iconWidth: number,
  roomRight: number,
  measure: Measure,
): BarLabel {
  const inside = barWidth - 2 * LABEL_PAD - iconWidth
  const full = measure(title)
  if (full <= inside) return { text: title, inside: true }
  const outside = Math.min(roomRight - OUTSIDE_GAP - LABEL_PAD, MAX_OUTSIDE)
  // Outside only when the bar would hide much of the title: a mostly readable
  // title stays on its bar.
  if (full <= outside && inside < full * MOSTLY) return { text: title, inside: false }
  if (inside < MIN_READABLE && outside > inside) {
    return { text: truncate(title, outside, measure), inside: false }
  }
  return { text: truncate(title, Math.max(0, inside), measure), inside: true }
}

/**
 * stickyShift is how far a bar's label (and status icon) move right so that
 * they stay in view: the part of the bar [x0, x1] left of `viewLeft`, the
 * view's left edge in the same coordinates. The label is then placed in the
 * rest of the bar, width `x1 - x0 - shift`.
 */
export function stickyShift(x0: number, x1: number, viewLeft: number): number {
  return viewLeft > x0 ? Math.min(viewLeft - x0, Math.max(0, x1 - x0)) : 0
}
