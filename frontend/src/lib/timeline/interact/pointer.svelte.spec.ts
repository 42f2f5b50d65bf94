import { describe, expect, it, vi } from 'vitest'
import { SelectionState } from '../../state/selection.svelte'
import { timeScale } from '../geometry/axis'
import { formatDay, parseDay } from '../geometry/dates'
import { LABEL_WIDTH } from '../geometry/geometry'
import type { Gesture } from './gesture'
import type { TimelineLane } from '../layout/layout'
import { isEdit, PointerGestures, type PointerHost } from './pointer.svelte'
import type { ItemBox } from '../geometry/positions'

// A chart of two lanes (0-63 and 64-127 px down), 10 px a day from 2027-01-01; effort "a" spans
// x 20-100 in lane 0 and "b" x 200-260 in lane 1. Client and chart coordinates differ by LABEL_WIDTH.
function chart(opts: { editable?: boolean; ongesture?: (g: Gesture) => Promise<unknown> } = {}) {
  document.body.innerHTML = `
    <div id="scroller"><div data-pan id="axis"></div><div id="body">
      <div role="rowheader"><span data-lane-grip="l1" id="grip"></span></div>
      <svg><g data-id="a" id="a"><rect id="a-bar"></rect><rect data-handle="end" id="a-end"></rect>
      <circle data-handle="connect" id="a-dot"></circle></g><g data-id="b" id="b"></g></svg>
      <div id="empty"></div></div></div>`
  const scroller = document.getElementById('scroller')!
  const body = document.getElementById('body')!
  body.getBoundingClientRect = () => ({ left: 0, top: 0, right: 2000, bottom: 128, width: 2000, height: 128 }) as DOMRect
  scroller.getBoundingClientRect = () => ({ left: 0, top: 0, right: 1200, bottom: 700, width: 1200, height: 700 }) as DOMRect
  scroller.setPointerCapture = vi.fn()
  scroller.releasePointerCapture = vi.fn()
  const lanes = [{ id: 'l0' }, { id: 'l1' }] as TimelineLane[]
  const box = (id: string, lane: number, x0: number, x1: number): ItemBox => ({
    id,
    lane,
    x0,
    x1,
    top: lane * 64 + 20,
    mid: lane * 64 + 32,
    milestone: false,
    critical: false,
  })
  const boxes = new Map([
    ['a', box('a', 0, 20, 100)],
    ['b', box('b', 1, 200, 260)],
  ])
  const selection = new SelectionState()
  const gestures: Gesture[] = []
  const revealed: string[] = []
  const dismissed = vi.fn()
  const host: PointerHost = {
    scroller: () => scroller,
    body: () => body,
    scale: () => timeScale([parseDay('2027-01-01')!, parseDay('2027-03-01')!], 590),
    lanes: () => lanes,
    laneBoxes: () => [
      { top: 0, height: 64 },
      { top: 64, height: 64 },
    ],
    boxes: () => boxes,
    selection: () => selection,
    editable: () => opts.editable ?? true,
    ongesture: () =>
      opts.ongesture ??
      (async (g) => {
        gestures.push(g)
      }),
    reveal: (id) => revealed.push(id),
    arrowAt: (p) => (p.x > 400 && p.x < 410 ? { from: 'a', to: 'b' } : null) as ReturnType<PointerHost['arrowAt']>,
    dismissError: dismissed,
  }
  const pointer = new PointerGestures(host)
  const ev = (id: string, x: number, y: number, more: Partial<PointerEventInit> = {}) =>
    ({
      target: document.getElementById(id),
      clientX: x + LABEL_WIDTH,
      clientY: y,
      button: 0,
      pointerId: 1,
      shiftKey: false,
      preventDefault: () => {},
      ...more,
    }) as unknown as PointerEvent
  return { pointer, selection, gestures, revealed, dismissed, scroller, ev }
}

describe('PointerGestures', () => {
  it('moves a bar: a press selects it, a drag past the threshold is handed over as one move', async () => {
    const { pointer, selection, gestures, ev } = chart()
    pointer.down(ev('a-bar', 50, 30))
    expect(selection.has('a')).toBe(true)
    expect(pointer.gesture?.kind).toBe('move')
    pointer.move(ev('a-bar', 52, 30)) // under the drag threshold
    expect(pointer.gesture).toMatchObject({ moved: false })
    pointer.move(ev('a-bar', 80, 95)) // three days right, into lane 1
    await pointer.up(ev('a-bar', 80, 95))
    expect(gestures).toHaveLength(1)
    expect(gestures[0]).toMatchObject({ kind: 'move', ids: ['a'], days: 3, fromLane: 0, lane: 1 })
    expect(pointer.gesture).toBeNull()
  })

  it('keeps the gesture while the edit is saved, and ignores presses meanwhile', async () => {
    let finish: () => void = () => {}
    const { pointer, ev } = chart({ ongesture: () => new Promise<void>((r) => (finish = r)) })
    pointer.down(ev('a-end', 100, 30))
    pointer.move(ev('a-end', 130, 30))
    const done = pointer.up(ev('a-end', 130, 30))
    expect(pointer.settling).toBe(true)
    expect(pointer.gesture).toMatchObject({ kind: 'resize', edge: 'end', days: 3 })
    pointer.down(ev('b', 210, 90))
    expect(pointer.gesture).toMatchObject({ kind: 'resize' })
    expect(pointer.cancel()).toBe(false) // Escape cannot drop an edit on its way
    finish()
    await done
    expect(pointer.settling).toBe(false)
    expect(pointer.gesture).toBeNull()
  })

  it('a click on a bar of a multiple selection selects that bar alone and reveals it', async () => {
    const { pointer, selection, gestures, revealed, ev } = chart()
    selection.selectMany(['a', 'b'])
    pointer.down(ev('a-bar', 50, 30))
    await pointer.up(ev('a-bar', 50, 30))
    expect([...selection.efforts]).toEqual(['a'])
    expect(revealed).toEqual(['a'])
    expect(gestures).toEqual([])
  })

  it('draws a new effort by dragging on empty chart, in the lane pressed', async () => {
    const { pointer, gestures, ev } = chart()
    pointer.down(ev('empty', 300, 90))
    pointer.move(ev('empty', 345, 90))
    await pointer.up(ev('empty', 345, 90))
    const g = gestures[0]
    expect(g.kind).toBe('create')
    if (g.kind !== 'create') return
    expect(g.lane).toBe(1)
    expect([formatDay(g.from), formatDay(g.to)]).toEqual(['2027-01-31', '2027-02-04'])
  })

  it('connects by dragging the dot, selects an arrow by pressing it, box-selects with Shift', async () => {
    const { pointer, selection, ev } = chart()
    pointer.down(ev('a-dot', 102, 32))
    expect(pointer.gesture).toMatchObject({ kind: 'connect', from: 'a' })
    expect(pointer.cancel()).toBe(true)
    pointer.down(ev('empty', 405, 40))
    expect(selection.dependency).toEqual({ from: 'a', to: 'b' })
    pointer.down(ev('empty', 0, 0, { shiftKey: true }))
    pointer.move(ev('empty', 300, 120, { shiftKey: true }))
    await pointer.up(ev('empty', 300, 120, { shiftKey: true }))
    expect([...selection.efforts].sort()).toEqual(['a', 'b'])
  })

  it('pans by the axis, the middle button or Space+drag, also when not editable', () => {
    const { pointer, scroller, ev } = chart({ editable: false })
    scroller.scrollLeft = 0
    pointer.down(ev('axis', 500, 10))
    expect(pointer.gesture?.kind).toBe('pan')
    pointer.cancel()
    pointer.spaceDown = true
    pointer.down(ev('empty', 500, 10))
    expect(pointer.gesture?.kind).toBe('pan')
    pointer.cancel()
    pointer.spaceDown = false
    pointer.down(ev('a-bar', 50, 30)) // not editable: a press on a bar starts nothing
    expect(pointer.gesture).toBeNull()
  })

  it('reorders lanes by their grip, and a press dismisses a shown refusal', async () => {
    const { pointer, gestures, dismissed, ev } = chart()
    pointer.down(ev('grip', -100, 90))
    expect(dismissed).toHaveBeenCalled()
    expect(pointer.gesture).toMatchObject({ kind: 'lane', laneId: 'l1', fromIndex: 1 })
    pointer.move(ev('grip', -100, 10))
    await pointer.up(ev('grip', -100, 10))
    expect(gestures[0]).toMatchObject({ kind: 'lane', index: 0 })
  })
})

describe('isEdit', () => {
  const p = { x: 0, y: 0 }
  it.each([
    [{ kind: 'move', ids: ['a'], origin: p, days: 0, fromLane: 0, lane: 0, moved: true }, false],
    [{ kind: 'move', ids: ['a'], origin: p, days: 2, fromLane: 0, lane: 0, moved: true }, true],
    [{ kind: 'move', ids: ['a'], origin: p, days: 0, fromLane: 0, lane: 1, moved: true }, true],
    [{ kind: 'resize', id: 'a', edge: 'end', origin: p, days: 0, moved: true }, false],
    [{ kind: 'connect', from: 'a', origin: p, point: p, target: null, moved: true }, false],
    [{ kind: 'connect', from: 'a', origin: p, point: p, target: 'b', moved: true }, true],
    [{ kind: 'lane', laneId: 'l', origin: p, fromIndex: 1, index: 1, moved: true }, false],
    [{ kind: 'pan', origin: p, scrollLeft: 0, scrollTop: 0, moved: true }, false],
  ] as [Gesture, boolean][])('%o is an edit: %s', (g, want) => {
    expect(isEdit(g)).toBe(want)
  })
})
