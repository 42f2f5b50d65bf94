/**
 * PointerGestures turns pointer events on the timeline into gestures (see
 * gesture.ts): it starts one on press (by what was hit), advances it as the
 * pointer moves (panning and edge-scrolling the view), and on release either
 * selects (a click, a box) or hands the finished gesture to `ongesture`,
 * keeping it (`settling`) until that resolves so its preview stays on screen.
 */
import type { SelectionState } from '../../state/selection.svelte'
import type { TimeScale } from '../geometry/axis'
import { AXIS_HEIGHT, LABEL_WIDTH, type LaneBox } from '../geometry/geometry'
import { advance, dayAt, type Gesture, type Point } from './gesture'
import { hitTest } from './hit'
import type { Arrow } from '../geometry/arrow-index'
import type { TimelineLane } from '../layout/layout'
import { itemsInRect, laneAt, normalRect, type ItemBox } from '../geometry/positions'

/** What the gestures need from the timeline, read when needed. */
export interface PointerHost {
  scroller(): HTMLElement
  body(): HTMLElement
  scale(): TimeScale
  lanes(): readonly TimelineLane[]
  laneBoxes(): readonly LaneBox[]
  boxes(): ReadonlyMap<string, ItemBox>
  selection(): SelectionState | undefined
  editable(): boolean
  ongesture(): ((g: Gesture) => Promise<unknown>) | undefined
  reveal(id: string): void
  /** the dependency arrow at a chart point, if any */
  arrowAt(p: Point): Arrow | null
  /** a refusal is shown on the timeline; a new press dismisses it */
  dismissError(): void
}

/** isEdit says whether a released gesture changes the roadmap. */
export function isEdit(g: Gesture): boolean {
  switch (g.kind) {
    case 'move':
      return g.moved && (g.days !== 0 || g.lane !== g.fromLane)
    case 'resize':
      return g.moved && g.days !== 0
    case 'create':
      return g.moved
    case 'connect':
      return g.target !== null
    case 'lane':
      return g.moved && g.index !== g.fromIndex
    default:
      return false
  }
}

export class PointerGestures {
  gesture = $state.raw<Gesture | null>(null)
  settling = $state(false)
  /** where the last press on the chart was (a refused new effort is said there) */
  lastPoint: Point | null = null
  /** Space held: a drag pans */
  spaceDown = false
  #host: PointerHost

  constructor(host: PointerHost) {
    this.#host = host
  }

  /** chartPoint turns client coordinates into chart pixels. */
  #point(e: PointerEvent): Point {
    const r = this.#host.body().getBoundingClientRect()
    return { x: e.clientX - r.left - LABEL_WIDTH, y: e.clientY - r.top }
  }

  #laneAt = (y: number) => laneAt(this.#host.laneBoxes(), y)

  #start(e: PointerEvent, g: Gesture) {
    this.gesture = g
    this.#host.scroller().setPointerCapture?.(e.pointerId)
  }

  down(e: PointerEvent): void {
    if (this.settling || this.gesture) return
    const host = this.#host
    const scroller = host.scroller()
    if (!(e.target as Element | null)?.closest?.('[role="alert"]')) host.dismissError()
    const hit = hitTest(e.target)
    if (e.button === 1 || (e.button === 0 && (this.spaceDown || hit.kind === 'axis'))) {
      e.preventDefault()
      const origin = { x: e.clientX, y: e.clientY }
      this.#start(e, { kind: 'pan', origin, scrollLeft: scroller.scrollLeft, scrollTop: scroller.scrollTop, moved: false })
      return
    }
    if (e.button !== 0 || !host.editable() || hit.kind === 'chrome') return
    const p = this.#point(e)
    const lanes = host.lanes()
    if (hit.kind === 'grip') {
      e.preventDefault()
      const index = lanes.findIndex((l) => l.id === hit.laneId)
      this.#start(e, { kind: 'lane', laneId: hit.laneId, origin: p, fromIndex: index, index, moved: false })
      return
    }
    if (p.x < 0) return
    this.lastPoint = p
    const selection = host.selection()
    if (hit.kind === 'item') {
      const box = host.boxes().get(hit.id)
      const laneId = box ? (lanes[box.lane]?.id ?? null) : null
      if (hit.handle === 'connect') {
        e.preventDefault()
        this.#start(e, { kind: 'connect', from: hit.id, origin: p, point: p, target: null, moved: false })
        return
      }
      if (e.shiftKey) {
        selection?.select(hit.id, laneId, true)
        return
      }
      if (!selection?.has(hit.id)) selection?.select(hit.id, laneId)
      if (hit.handle === 'start' || hit.handle === 'end') {
        this.#start(e, { kind: 'resize', id: hit.id, edge: hit.handle, origin: p, days: 0, moved: false })
      } else {
        const ids = selection ? [...selection.efforts] : [hit.id]
        const ordered = [hit.id, ...ids.filter((id) => id !== hit.id)]
        const lane = box?.lane ?? 0
        this.#start(e, { kind: 'move', ids: ordered, origin: p, days: 0, fromLane: lane, lane, moved: false })
      }
      return
    }
    e.preventDefault()
    // Keys go to the timeline now; a press is no reason to draw the keyboard focus ring.
    scroller.focus({ preventScroll: true, focusVisible: false })
    // A press on an arrow selects its dependency (Delete removes it, the inspector edits it).
    const arrow = e.shiftKey ? null : host.arrowAt(p)
    if (arrow) {
      selection?.selectDependency(arrow.from, arrow.to)
      return
    }
    if (e.shiftKey) {
      this.#start(e, { kind: 'box', origin: p, point: p, extend: true, moved: false })
      return
    }
    const day = dayAt(host.scale(), p.x)
    this.#start(e, { kind: 'create', lane: this.#laneAt(p.y), origin: p, from: day, to: day, moved: false })
  }

  move(e: PointerEvent): void {
    const g = this.gesture
    if (!g || this.settling) return
    const scroller = this.#host.scroller()
    if (g.kind === 'pan') {
      scroller.scrollLeft = g.scrollLeft - (e.clientX - g.origin.x)
      scroller.scrollTop = g.scrollTop - (e.clientY - g.origin.y)
      this.gesture = { ...g, moved: true }
      return
    }
    this.#edgeScroll(scroller, e)
    const over = g.kind === 'connect' ? hitTest(document.elementFromPoint?.(e.clientX, e.clientY) ?? e.target) : null
    this.gesture = advance(g, this.#point(e), {
      scale: this.#host.scale(),
      laneAt: this.#laneAt,
      target: over?.kind === 'item' ? over.id : null,
    })
  }

  /** edgeScroll pans the view while a drag is held near its edge, so a drag can reach what is out of view. */
  #edgeScroll(scroller: HTMLElement, e: PointerEvent) {
    const EDGE = 36
    const r = scroller.getBoundingClientRect()
    const x = e.clientX - r.left
    const y = e.clientY - r.top
    if (x > LABEL_WIDTH && x < LABEL_WIDTH + EDGE) scroller.scrollLeft -= 12
    else if (x > r.width - EDGE) scroller.scrollLeft += 12
    if (y > AXIS_HEIGHT && y < AXIS_HEIGHT + EDGE) scroller.scrollTop -= 10
    else if (y > r.height - EDGE) scroller.scrollTop += 10
  }

  async up(e: PointerEvent): Promise<void> {
    const g = this.gesture
    if (!g || this.settling) return
    const host = this.#host
    host.scroller().releasePointerCapture?.(e.pointerId)
    if (g.kind === 'box') {
      if (g.moved) {
        const rect = normalRect(g.origin.x, g.origin.y, g.point.x, g.point.y)
        host.selection()?.selectMany(itemsInRect(host.boxes().values(), rect), g.extend)
      }
      this.gesture = null
      return
    }
    if (!g.moved) this.#clicked(g)
    const ongesture = host.ongesture()
    if (isEdit(g) && ongesture) {
      this.settling = true
      try {
        await ongesture(g)
      } finally {
        this.settling = false
        this.gesture = null
      }
      return
    }
    this.gesture = null
  }

  /** clicked handles a press that did not become a drag. */
  #clicked(g: Gesture) {
    const selection = this.#host.selection()
    const lanes = this.#host.lanes()
    if (g.kind === 'move') {
      const id = g.ids[0]
      if (selection && selection.size > 1) selection.select(id, lanes[g.fromLane]?.id ?? null)
      this.#host.reveal(id)
    } else if (g.kind === 'create') {
      selection?.clear(lanes[g.lane]?.id)
    }
  }

  /** arrowUnder is the arrow under the pointer, when it is over empty chart (not a bar, header or axis). */
  arrowUnder(e: PointerEvent): Arrow | null {
    if (hitTest(e.target).kind !== 'empty') return null
    const p = this.#point(e)
    return p.x < 0 ? null : this.#host.arrowAt(p)
  }

  /** cancel drops the gesture in progress (Escape); false when there is none to drop. */
  cancel(): boolean {
    if (!this.gesture || this.settling) return false
    this.gesture = null
    return true
  }
}
