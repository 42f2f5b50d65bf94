import { fireEvent, render, screen, within } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import { effort, growth, growthAnalysis, roadmap } from '../testing/fixtures'
import { ownRows } from '../testing/layout'
import { parseDay } from './geometry/dates'
import { buildLayout } from './layout/layout'
import { LABEL_WIDTH } from './geometry/geometry'
import Timeline from './Timeline.svelte'
import { SelectionState } from '../state/selection.svelte'
import type { Gesture } from './interact/gesture'
import { at, type ErrorTarget } from '../state/error-target'
import { ViewState } from '../state/view.svelte'

const layout = buildLayout(growth(), growthAnalysis(), parseDay('2026-08-10')!, ownRows(growth()))

/** arrowStart is where a drawn arrow leaves its source: its path's (or its first piece's) first point. */
function arrowStart(arrow: Element): number[] {
  const path = arrow.matches('path') ? arrow : arrow.querySelector('path')!
  return (path.getAttribute('d') ?? '').slice(1).split(/[ HV]/).map(Number)
}

/** cardOf points at `el` and returns the text of the hover card once it shows. */
async function cardOf(el: Element): Promise<string> {
  vi.useFakeTimers()
  try {
    await fireEvent.pointerOver(el)
    expect(screen.queryByRole('tooltip')).toBeNull() // not at once
    await vi.advanceTimersByTimeAsync(600)
    return screen.getByRole('tooltip').textContent ?? ''
  } finally {
    vi.useRealTimers()
  }
}

describe('Timeline', () => {
  it('renders one row per lane, named by the lane', () => {
    render(Timeline, { layout })
    const rows = screen.getAllByRole('row')
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual(['Paid', 'Content', 'Product', 'AI tools'])
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent('Paid')
  })

  it('draws each effort in its lane, labelled by its title', () => {
    render(Timeline, { layout })
    const paid = screen.getByRole('row', { name: 'Paid' })
    expect(within(paid).getByRole('option', { name: 'Spring ads' })).toBeInTheDocument()
    expect(within(paid).getByRole('option', { name: 'Retargeting' })).toBeInTheDocument()
    const ai = screen.getByRole('row', { name: 'AI tools' })
    expect(within(ai).getByRole('option', { name: 'Sales assistant' })).toBeInTheDocument()
  })

  it('hides killed efforts from the timeline', () => {
    render(Timeline, { layout })
    expect(screen.queryByRole('option', { name: 'Podcast sponsorships' })).toBeNull()
  })

  it('marks status in classes and tells the whole story in a hover card', async () => {
    render(Timeline, { layout })
    const bar = screen.getByRole('option', { name: 'Retargeting' })
    expect(bar).toHaveClass('blocked')
    expect(await cardOf(bar)).toContain('Jul 20 – Aug 20, 2026')
    expect(screen.getByRole('option', { name: 'Onboarding revamp' })).toHaveClass('paused')
    expect(screen.getByRole('option', { name: 'SEO hub' })).toHaveClass('done')
  })

  it('draws milestones as diamonds', () => {
    render(Timeline, { layout })
    const launch = screen.getByRole('option', { name: 'Public launch' })
    expect(launch).toHaveClass('milestone')
    expect(launch.querySelector('path.diamond')).not.toBeNull()
  })

  it('names the grid', () => {
    render(Timeline, { layout, label: 'H2 growth timeline' })
    expect(screen.getByRole('grid', { name: 'H2 growth timeline' })).toBeInTheDocument()
  })
})

describe('Timeline analysis marks', () => {
  it('outlines the critical path and says so in data and hover card', async () => {
    render(Timeline, { layout })
    const onboarding = screen.getByRole('option', { name: 'Onboarding revamp' })
    expect(onboarding).toHaveClass('critical')
    expect(onboarding).toHaveAttribute('data-critical', 'true')
    expect(await cardOf(onboarding)).toContain('On the critical path')
    expect(screen.getByRole('option', { name: 'Public launch' })).toHaveClass('critical')
    expect(screen.getByRole('option', { name: 'Spring ads' })).not.toHaveClass('critical')
  })

  it('badges efforts in open conflicts and lists the conflicts in the hover card', async () => {
    render(Timeline, { layout })
    const ads = screen.getByRole('option', { name: 'Spring ads' })
    expect(ads).toHaveAttribute('data-conflicts', '1')
    const badge = ads.querySelector('.conflict-badge')
    expect(badge).not.toBeNull()
    expect(badge).not.toHaveClass('accepted')
    expect(badge?.textContent).toBe('1')
    expect(await cardOf(ads)).toContain('on Pricing page with Pricing page redesign, Jul 6 – Jul 20')
    expect(screen.getByRole('option', { name: 'Retargeting' }).querySelector('.conflict-badge')).toBeNull()
  })

  it('mutes the badge when every conflict is accepted', () => {
    const a = growthAnalysis()
    a.conflicts[0].accepted = true
    render(Timeline, { layout: buildLayout(growth(), a, parseDay('2026-08-10')!, ownRows(growth())) })
    const ads = screen.getByRole('option', { name: 'Spring ads' })
    expect(ads).toHaveAttribute('data-conflicts', '0')
    expect(ads.querySelector('.conflict-badge')).toHaveClass('accepted')
  })

  it('draws a ghost at the planned dates of a slipping effort and marks opportunities', () => {
    const { container } = render(Timeline, { layout })
    expect(container.querySelectorAll('.slip-ghost')).toHaveLength(1)
    expect(screen.getByRole('option', { name: 'Sales assistant' }).querySelector('.opportunity-mark')).not.toBeNull()
    expect(screen.getByRole('option', { name: 'Spring ads' }).querySelector('.opportunity-mark')).toBeNull()
  })

  it('fades all but the critical path when asked', () => {
    render(Timeline, { layout, criticalOnly: true })
    expect(screen.getByRole('grid')).toHaveClass('critical-only')
  })
})

describe('Timeline editing gestures', () => {
  function editable() {
    const selection = new SelectionState()
    const ongesture = vi.fn(async (_g: Gesture) => null)
    render(Timeline, { layout, selection, editable: true, ongesture, dependencies: growth().dependencies })
    return { selection, ongesture, grid: screen.getByRole('grid') }
  }

  async function drag(from: Element, x0: number, x1: number, y = 20, opts: { shiftKey?: boolean } = {}) {
    await fireEvent.pointerDown(from, { button: 0, clientX: x0, clientY: y, pointerId: 1, ...opts })
    await fireEvent.pointerMove(from, { clientX: (x0 + x1) / 2, clientY: y, pointerId: 1 })
    await fireEvent.pointerMove(from, { clientX: x1, clientY: y, pointerId: 1 })
    await fireEvent.pointerUp(from, { clientX: x1, clientY: y, pointerId: 1 })
  }

  it('selects a dependency by clicking its arrow, and draws it selected', async () => {
    const { ongesture, selection, grid } = editable()
    const arrow = grid.querySelector('[data-dep="pricing-redesign>assistant"]')!
    // The arrow leaves its source's end horizontally: press 3 px along and 2 px below its first leg.
    const [x, y] = arrowStart(arrow)
    const body = grid.querySelector('.body')!
    await fireEvent.pointerDown(body, { button: 0, clientX: LABEL_WIDTH + x + 3, clientY: y + 2, pointerId: 1 })
    await fireEvent.pointerUp(body, { clientX: LABEL_WIDTH + x + 3, clientY: y + 2, pointerId: 1 })
    expect(selection.dependency).toEqual({ from: 'pricing-redesign', to: 'assistant' })
    expect(ongesture).not.toHaveBeenCalled()
    expect(grid.querySelector('[data-dep="pricing-redesign>assistant"]')).toHaveClass('selected')
  })

  it('starts drawing an effort when the press is not near an arrow', async () => {
    const { ongesture, selection, grid } = editable()
    const arrow = grid.querySelector('[data-dep="pricing-redesign>assistant"]')!
    const [x, y] = arrowStart(arrow)
    await drag(grid.querySelector('.body')!, LABEL_WIDTH + x - 30, LABEL_WIDTH + x + 80, y + 20)
    expect(selection.dependency).toBeNull()
    expect(ongesture.mock.calls[0][0]).toMatchObject({ kind: 'create' })
  })

  it('draws a new effort by dragging in an empty part of a lane', async () => {
    const { ongesture } = editable()
    const track = within(screen.getByRole('row', { name: 'Paid' })).getByRole('listbox')
    await drag(track, 1000, 1100)
    expect(ongesture).toHaveBeenCalledOnce()
    const g = ongesture.mock.calls[0][0]
    expect(g).toMatchObject({ kind: 'create', lane: 0, moved: true })
  })

  it('moves a bar by whole days and selects it', async () => {
    const { ongesture, selection } = editable()
    const fill = screen.getByRole('option', { name: 'Spring ads' }).querySelector('rect.fill')!
    await drag(fill, 400, 460)
    expect(selection.has('spring-ads')).toBe(true)
    const g = ongesture.mock.calls[0][0]
    expect(g).toMatchObject({ kind: 'move', ids: ['spring-ads'], moved: true })
    expect((g as { days: number }).days).toBeGreaterThan(0)
  })

  it('selects with a Shift+drag box and not by a click', async () => {
    const { ongesture, selection } = editable()
    const grid = screen.getByRole('grid')
    await fireEvent.pointerDown(grid.querySelector('.body')!, { button: 0, clientX: 209, clientY: 0, shiftKey: true, pointerId: 1 })
    await fireEvent.pointerMove(grid, { clientX: 5000, clientY: 2000, pointerId: 1 })
    await fireEvent.pointerUp(grid, { clientX: 5000, clientY: 2000, pointerId: 1 })
    expect(ongesture).not.toHaveBeenCalled()
    expect(selection.size).toBe(7)
  })

  it('cancels a drag with Escape', async () => {
    const { ongesture } = editable()
    const fill = screen.getByRole('option', { name: 'Spring ads' }).querySelector('rect.fill')!
    await fireEvent.pointerDown(fill, { button: 0, clientX: 400, clientY: 20, pointerId: 1 })
    await fireEvent.pointerMove(fill, { clientX: 480, clientY: 20, pointerId: 1 })
    await fireEvent.keyDown(screen.getByRole('grid'), { key: 'Escape' })
    await fireEvent.pointerUp(fill, { clientX: 480, clientY: 20, pointerId: 1 })
    expect(ongesture).not.toHaveBeenCalled()
  })

  it('reorders lanes by dragging a lane grip', async () => {
    const { ongesture } = editable()
    const grip = screen.getByRole('row', { name: 'Paid' }).querySelector('[data-lane-grip]')!
    await fireEvent.pointerDown(grip, { button: 0, clientX: 20, clientY: 20, pointerId: 1 })
    await fireEvent.pointerMove(grip, { clientX: 20, clientY: 200, pointerId: 1 })
    await fireEvent.pointerUp(grip, { clientX: 20, clientY: 200, pointerId: 1 })
    expect(ongesture.mock.calls[0][0]).toMatchObject({ kind: 'lane', laneId: 'paid', fromIndex: 0, index: 2 })
  })

  it('draws dependency arrows, critical ones in ink', () => {
    const { container } = render(Timeline, { layout, dependencies: growth().dependencies })
    const arrows = [...container.querySelectorAll('.arrow')]
    expect(arrows.map((a) => a.getAttribute('data-dep')).sort()).toEqual(['onboarding>launch', 'pricing-redesign>assistant'])
    expect(container.querySelector('[data-dep="onboarding>launch"]')).toHaveClass('critical')
  })
})

describe('Timeline sticky labels', () => {
  it('moves the label of a bar starting left of the view to the view’s edge once scrolling rests', async () => {
    vi.useFakeTimers()
    try {
      render(Timeline, { layout })
      const grid = screen.getByRole('grid')
      const bar = screen.getByRole('option', { name: 'SEO hub' })
      const labelX = () => Number(bar.querySelector('text.label')?.getAttribute('x'))
      const x0 = Number(/translate\(([-\d.]+)/.exec(bar.getAttribute('transform') ?? '')?.[1])
      const before = labelX()
      Object.defineProperty(grid, 'scrollLeft', { value: x0 + 40, configurable: true })
      await fireEvent.scroll(grid)
      await vi.advanceTimersByTimeAsync(20)
      expect(labelX()).toBe(before) // still scrolling: nothing moves yet
      await vi.advanceTimersByTimeAsync(200)
      expect(labelX()).toBe(before + 40)
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('Timeline hover card', () => {
  it('hides on a press and when the pointer leaves', async () => {
    render(Timeline, { layout })
    const bar = screen.getByRole('option', { name: 'Retargeting' })
    expect(await cardOf(bar)).toMatch(/^Retargeting/)
    await fireEvent.pointerDown(bar, { button: 0, pointerId: 1 })
    expect(screen.queryByRole('tooltip')).toBeNull()
    await cardOf(bar)
    await fireEvent.pointerLeave(screen.getByRole('grid'))
    expect(screen.queryByRole('tooltip')).toBeNull()
  })

  it('shows for the effort with keyboard focus', async () => {
    render(Timeline, { layout })
    vi.useFakeTimers()
    try {
      await fireEvent.focusIn(screen.getByRole('option', { name: 'SEO hub' }))
      await vi.advanceTimersByTimeAsync(600)
      expect(screen.getByRole('tooltip')).toHaveTextContent(/^SEO hub/)
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('Timeline first frame', () => {
  it('draws just the view first, and the margins around it a moment later', async () => {
    // One lane of 80 efforts on the same days (80 sub-rows, far taller than a 600 px view) in a
    // year-long roadmap (a zoom that shows their start).
    const r = roadmap({
      lanes: [{ id: 'l', name: 'Lane' }],
      efforts: [
        ...Array.from({ length: 80 }, (_, i) => effort(`e${i}`, 'l', { start: '2026-07-01', durationDays: 20 })),
        effort('year', 'l', { start: '2026-07-01', durationDays: 365 }),
      ],
    })
    const tall = buildLayout(r, null, parseDay('2026-07-01')!, ownRows(r))
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] })
    const size = (name: 'clientWidth' | 'clientHeight', px: number) =>
      vi.spyOn(HTMLElement.prototype, name, 'get').mockImplementation(function (this: HTMLElement) {
        return this.getAttribute('role') === 'grid' ? px : 0
      })
    const spies = [size('clientWidth', 1200), size('clientHeight', 600)]
    try {
      render(Timeline, { layout: tall })
      await vi.advanceTimersByTimeAsync(0)
      const first = screen.getAllByRole('option').length
      expect(first).toBeGreaterThan(0)
      expect(first).toBeLessThan(81)
      await vi.advanceTimersByTimeAsync(500)
      expect(screen.getAllByRole('option').length).toBeGreaterThan(first)
    } finally {
      spies.forEach((s) => s.mockRestore())
      vi.useRealTimers()
    }
  })
})

describe('Timeline first frame arrows', () => {
  it('draws the dependency arrows after the first frame, the same ones as a timeline drawn whole', async () => {
    const deps = growth().dependencies
    const whole = render(Timeline, { layout, dependencies: deps })
    const keys = (c: Element) => [...c.querySelectorAll('.arrow')].map((a) => a.getAttribute('data-dep')).sort()
    const expected = keys(whole.container)
    expect(expected.length).toBeGreaterThan(0)
    whole.unmount()
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] })
    const size = (name: 'clientWidth' | 'clientHeight', px: number) =>
      vi.spyOn(HTMLElement.prototype, name, 'get').mockImplementation(function (this: HTMLElement) {
        return this.getAttribute('role') === 'grid' ? px : 0
      })
    const spies = [size('clientWidth', 2400), size('clientHeight', 900)]
    try {
      const { container } = render(Timeline, { layout, dependencies: deps })
      await vi.advanceTimersByTimeAsync(0)
      expect(screen.getAllByRole('option').length).toBeGreaterThan(0)
      expect(keys(container)).toEqual([])
      await vi.advanceTimersByTimeAsync(500)
      expect(keys(container)).toEqual(expected)
    } finally {
      spies.forEach((s) => s.mockRestore())
      vi.useRealTimers()
    }
  })
})

describe('Timeline focus (a coordination view highlights efforts)', () => {
  it('dims everything but the focused efforts and draws only their arrows', () => {
    const deps = growth().dependencies
    render(Timeline, { layout, dependencies: deps, focus: ['assistant'] })
    const grid = screen.getByRole('grid')
    expect(grid).toHaveClass('focusing')
    expect(screen.getByRole('option', { name: 'Sales assistant' })).toHaveClass('focused')
    expect(screen.getByRole('option', { name: 'Spring ads' })).not.toHaveClass('focused')
    const drawn = [...grid.querySelectorAll('[data-dep]')].map((p) => p.getAttribute('data-dep'))
    expect(drawn.length).toBeGreaterThan(0)
    expect(drawn.every((k) => k!.split('>').includes('assistant'))).toBe(true)
    expect(drawn.length).toBeLessThan(deps.length)
  })

  it('dims nothing when the focused efforts are not drawn (killed)', () => {
    render(Timeline, { layout, focus: ['podcast'] })
    expect(screen.getByRole('grid')).not.toHaveClass('focusing')
  })
})

describe('Timeline error callout (a refused edit, said where it happened)', () => {
  const refused = (target: ErrorTarget) => ({ target, message: 'Refused', code: 'invalid' as const })
  const left = () => screen.getByRole('alert').style.left

  it('says it under the bar it is about, or under the bar a dependency leads to', async () => {
    const { rerender } = render(Timeline, { layout, error: refused(at.effort('retarget')) })
    expect(screen.getByRole('alert')).toHaveTextContent('Refused')
    const underRetarget = left()
    await rerender({ error: refused(at.dependency('spring-ads', 'retarget')) })
    expect(left()).toBe(underRetarget)
    await rerender({ error: refused(at.effort('assistant')) })
    expect(left()).not.toBe(underRetarget)
    // a field's refusal is the inspector's to say; a lane's, the banner's
    await rerender({ error: refused(at.effort('retarget', 'title')) })
    expect(screen.queryByRole('alert')).toBeNull()
    await rerender({ error: refused(at.lane('paid')) })
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('finds a bar whose id holds a colon', () => {
    const r = roadmap({ lanes: [{ id: 'l', name: 'Lane' }], efforts: [effort('ads:q2', 'l', { start: '2026-07-01', durationDays: 20 })] })
    const colon = buildLayout(r, null, parseDay('2026-07-01')!, ownRows(r))
    render(Timeline, { layout: colon, error: refused(at.effort('ads:q2')) })
    expect(screen.getByRole('alert')).toHaveTextContent('Refused')
  })
})

describe('Timeline follows an effort an edit moves', () => {
  // One lane of 80 efforts on the same days, one a row (far taller than a 600 px view); the edit moves
  // `mover` from the first row to the 86th, out of the drawn window.
  const r = roadmap({
    lanes: [
      { id: 'l', name: 'Lane' },
      { id: 'm', name: 'Year' },
    ],
    efforts: [
      effort('mover', 'l', { start: '2026-07-01', durationDays: 20 }),
      ...Array.from({ length: 80 }, (_, i) => effort(`e${i}`, 'l', { start: '2026-07-01', durationDays: 20 })),
      effort('year', 'm', { start: '2026-07-01', durationDays: 365 }), // a zoom that shows their days at the start
    ],
  })
  const day = parseDay('2026-07-01')!
  const before = buildLayout(r, null, day, ownRows(r))
  const after = buildLayout(r, null, day, ownRows(r, { mover: 85 }))

  /** sized renders a 1200 x 600 view of `before` with its margins, and spies on the scroller's scroll position. */
  async function sized(props: Record<string, unknown> = {}) {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] })
    const size = (name: 'clientWidth' | 'clientHeight', px: number) =>
      vi.spyOn(HTMLElement.prototype, name, 'get').mockImplementation(function (this: HTMLElement) {
        return this.getAttribute('role') === 'grid' ? px : 0
      })
    const spies = [size('clientWidth', 1200), size('clientHeight', 600)]
    const utils = render(Timeline, { layout: before, ...props })
    await vi.advanceTimersByTimeAsync(500)
    const grid = screen.getByRole('grid')
    const scroll = { left: 0, top: 0, reads: 0, writes: [] as string[] }
    for (const axis of ['left', 'top'] as const) {
      Object.defineProperty(grid, axis === 'left' ? 'scrollLeft' : 'scrollTop', {
        configurable: true,
        get: () => (scroll.reads++, scroll[axis]),
        set: (v: number) => {
          scroll.writes.push(`${axis}=${v}`)
          scroll[axis] = v
        },
      })
    }
    const done = () => {
      spies.forEach((s) => s.mockRestore())
      vi.useRealTimers()
    }
    return { ...utils, grid, scroll, done }
  }

  it('scrolls to the effort before the edit is drawn: its bar is drawn once, where the view ends up', async () => {
    const { component, rerender, scroll, done } = await sized()
    try {
      const bar = screen.getByRole('option', { name: 'mover' })
      const release = component.follow('mover')
      // the bars the edit's update adds or drops
      const drawn = new MutationObserver(() => {})
      drawn.observe(screen.getByRole('grid'), { childList: true, subtree: true })
      await rerender({ layout: after })
      const records = drawn.takeRecords()
      drawn.disconnect()
      release()
      // The view went down to the effort's new row, mid-view, in the same update: the bar stayed the
      // same element (never dropped at the old position and drawn again after a scroll).
      expect(screen.getByRole('option', { name: 'mover' })).toBe(bar)
      const removed = records.flatMap((m) => [...m.removedNodes])
      expect(removed.some((n) => n === bar || n.contains(bar))).toBe(false)
      const y = Number(/translate\([-\d.]+, ([-\d.]+)/.exec(bar.getAttribute('transform') ?? '')?.[1])
      expect(y).toBeGreaterThan(2000)
      expect(scroll.writes).toEqual([`top=${scroll.top}`])
      expect(scroll.top).toBeGreaterThan(y - 600)
      expect(scroll.top).toBeLessThan(y)
      // read from the viewport's state: no layout forced by reading the scroll position back
      expect(scroll.reads).toBe(0)
      // released, an update no longer scrolls to it
      scroll.writes = []
      await rerender({ layout: before })
      expect(scroll.writes).toEqual([])
    } finally {
      done()
    }
  })

  it('reveals and focuses an effort without reading the scroll position, and does not focus it again', async () => {
    const { component, scroll, done } = await sized()
    try {
      const focus = vi.spyOn(SVGElement.prototype, 'focus')
      await component.reveal('e70')
      const bar = screen.getByRole('option', { name: 'e70' })
      expect(document.activeElement).toBe(bar)
      expect(scroll.writes).toHaveLength(1)
      expect(scroll.reads).toBe(0)
      await component.reveal('e70')
      expect(focus).toHaveBeenCalledOnce()
      expect(scroll.writes).toHaveLength(1)
      focus.mockRestore()
    } finally {
      done()
    }
  })

  it('keeps the view on the same days when the chart starts earlier, without reading the scroll position', async () => {
    const view = new ViewState()
    view.pxPerDay = 4
    const { rerender, scroll, done } = await sized({ view })
    try {
      const bar = screen.getByRole('option', { name: 'mover' })
      const x = () => Number(/translate\(([-\d.]+)/.exec(bar.getAttribute('transform') ?? '')?.[1])
      const onScreen = x() - scroll.left
      // an effort in April: the chart starts in March instead of June
      const early = roadmap({ ...r, efforts: [...r.efforts, effort('early', 'm', { start: '2026-04-10', durationDays: 5 })] })
      await rerender({ layout: buildLayout(early, null, day, ownRows(early)) })
      expect(scroll.writes).toEqual([`left=${92 * 4}`])
      expect(x() - scroll.left).toBe(onScreen)
      expect(scroll.reads).toBe(0)
    } finally {
      done()
    }
  })
})
