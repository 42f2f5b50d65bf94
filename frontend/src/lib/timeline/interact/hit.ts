/** What a pointer went down on, read from the data-* attributes the timeline draws. */
export type Hit =
  | { kind: 'item'; id: string; handle: 'start' | 'end' | 'connect' | null }
  | { kind: 'grip'; laneId: string }
  | { kind: 'axis' }
  | { kind: 'chrome' }
  | { kind: 'empty' }

/** hitTest classifies an event target inside the timeline. */
export function hitTest(target: EventTarget | null): Hit {
  const el = target as Element | null
  if (!el || typeof el.closest !== 'function') return { kind: 'empty' }
  if (el.closest('input, textarea, select, button, a, [role="alert"]')) return { kind: 'chrome' }
  const grip = el.closest('[data-lane-grip]')
  if (grip) return { kind: 'grip', laneId: grip.getAttribute('data-lane-grip') ?? '' }
  if (el.closest('[data-pan]')) return { kind: 'axis' }
  if (el.closest('[role="rowheader"]')) return { kind: 'chrome' }
  const item = el.closest('[data-id]')
  if (item) {
    const h = el.closest('[data-handle]')?.getAttribute('data-handle')
    const handle = h === 'start' || h === 'end' || h === 'connect' ? h : null
    return { kind: 'item', id: item.getAttribute('data-id') ?? '', handle }
  }
  return { kind: 'empty' }
}
