import { render, screen } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import { growth, growthAnalysis } from '../../testing/fixtures'
import { ownRows } from '../../testing/layout'
import { timeScale } from '../geometry/axis'
import { parseDay } from '../geometry/dates'
import { buildLayout } from '../layout/layout'
import EffortBar from './EffortBar.svelte'

const layout = buildLayout(growth(), growthAnalysis(), parseDay('2026-08-10')!, ownRows(growth()))
const item = layout.lanes.flatMap((l) => l.items).find((it) => it.id === 'seo-hub')! // Jul 1 – Sep 30, done
const scale = timeScale(layout.domain, 1200)

function labelOf() {
  const bar = screen.getByRole('option', { name: 'SEO hub' })
  const text = bar.querySelector('text.label')!
  const icon = bar.querySelector('g.icon')!.getAttribute('transform')
  return { x: Number(text.getAttribute('x')), outside: text.classList.contains('outside'), icon }
}

describe('EffortBar labels follow the view', () => {
  it('puts the label at the bar’s start when the bar starts in view', () => {
    render(EffortBar, { item, scale, y: 0 })
    expect(labelOf()).toMatchObject({ x: 8 + 16, outside: false, icon: 'translate(8, 6)' })
  })

  it('moves the label by its shift when the bar starts left of the view (sticky)', () => {
    render(EffortBar, { item, scale, y: 0, shift: 150 })
    expect(labelOf()).toMatchObject({ x: 150 + 8 + 16, outside: false, icon: 'translate(158, 6)' })
  })

  it('starts a label outside its bar past the connect dot, so that a selected bar’s dot covers no letter', () => {
    render(EffortBar, { item, scale: timeScale(layout.domain, 60), y: 0, selected: true })
    const bar = screen.getByRole('option', { name: 'SEO hub' })
    const dot = bar.querySelector('[data-handle="connect"]')!
    const [dotX] = dot.getAttribute('transform')!.match(/[\d.]+/g)!.map(Number)
    const r = Number(dot.querySelector('circle.dot')!.getAttribute('r'))
    expect(labelOf().outside).toBe(true)
    expect(labelOf().x).toBeGreaterThanOrEqual(dotX + r + 2)
  })
})

describe('EffortBar marks', () => {
  const items = layout.lanes.flatMap((l) => l.items)
  const marked = items.find((it) => it.marks.conflicts.length > 0 || it.marks.opportunities.length > 0)!
  const plain = items.find((it) => !it.milestone && it.marks.conflicts.length === 0 && it.marks.opportunities.length === 0)!

  it('draws the analysis’ marks of a bar that has some', () => {
    render(EffortBar, { item: marked, scale, y: 0 })
    const bar = screen.getByRole('option', { name: marked.title })
    expect(bar.querySelectorAll('.conflict-badge, .opportunity-mark').length).toBeGreaterThan(0)
  })

  it('draws no marks on a bar without any', () => {
    render(EffortBar, { item: plain, scale, y: 0 })
    const bar = screen.getByRole('option', { name: plain.title })
    expect(bar.querySelector('.conflict-badge, .opportunity-mark')).toBeNull()
    expect(bar.querySelector('rect.edge')).not.toBeNull()
  })
})

describe('EffortBar days', () => {
  it('says the days it draws, so a one-day move at a zoom under a pixel a day still shows in the DOM', () => {
    // about 0.3 px a day: bars sit on whole pixels, so a day's move often leaves the transform as it was
    const far = timeScale(layout.domain, 60)
    const moved = { ...item, start: new Date(+item.start + 86_400_000), end: new Date(+item.end + 86_400_000) }
    const { rerender } = render(EffortBar, { item, scale: far, y: 0 })
    const bar = screen.getByRole('option', { name: 'SEO hub' })
    const was = [bar.getAttribute('transform'), bar.getAttribute('data-days')]
    expect(was[1]).toBe('2026-07-01/2026-10-01') // the first day and the day after the last
    return rerender({ item: moved, scale: far, y: 0 }).then(() => {
      expect(bar.getAttribute('transform')).toBe(was[0])
      expect(bar.getAttribute('data-days')).toBe('2026-07-02/2026-10-02')
    })
  })
})
