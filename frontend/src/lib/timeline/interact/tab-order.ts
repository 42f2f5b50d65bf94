/** The keyboard's walk through the efforts: lane by lane, in time order. */
import type { TimelineItem, TimelineLayout } from '../layout/layout'

/**
 * nextItem is the effort after `current` (before it with `back`), the first
 * (or last) one when there is no current, or null past either end.
 */
export function nextItem(layout: TimelineLayout, current: string | null, back: boolean): TimelineItem | null {
  const order = layout.lanes.flatMap((l) => [...l.items].sort((a, b) => +a.start - +b.start || a.row - b.row))
  if (order.length === 0) return null
  const i = current ? order.findIndex((it) => it.id === current) : -1
  const j = i === -1 ? (back ? order.length - 1 : 0) : i + (back ? -1 : 1)
  return order[j] ?? null
}
