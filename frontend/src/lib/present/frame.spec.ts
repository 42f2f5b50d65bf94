import { describe, expect, it } from 'vitest'
import { effort, growth, growthAnalysis } from '../testing/fixtures'
import { ownRows } from '../testing/layout'
import { buildLayout } from '../timeline/layout/layout'
import { parseDay } from '../timeline/geometry/dates'
import { estimateMeasure } from '../timeline/draw/textfit'
import { frameTimeline, labelsOverlap, type FrameInput } from './frame'

const today = parseDay('2026-09-15')!
const ALL = ['paid', 'content', 'product', 'ai']

function input(partial: Partial<FrameInput> = {}): FrameInput {
  const r = growth()
  return {
    layout: buildLayout(r, growthAnalysis(), today, ownRows(r)),
    lanes: ALL,
    window: null,
    dependencies: r.dependencies,
    box: { width: 1200, height: 520 },
    font: 14,
    measure: estimateMeasure(14),
    measureLane: estimateMeasure(15),
    ...partial,
  }
}

describe('frameTimeline', () => {
  it('fits every chosen lane in the box, bars inside their lanes', () => {
    const f = frameTimeline(input())
    expect(f.lanes.map((l) => l.name)).toEqual(['Paid', 'Content', 'Product', 'AI tools'])
    expect(f.axisHeight + f.height).toBeLessThanOrEqual(520)
    for (const b of f.bars) {
      const lane = f.lanes.find((l) => l.id === b.lane)!
      expect(b.y).toBeGreaterThanOrEqual(lane.top)
      expect(b.y + b.h).toBeLessThanOrEqual(lane.top + lane.height)
    }
    expect(f.rowHeight).toBeGreaterThanOrEqual(14 + 10)
  })

  it('keeps rows at least a label tall when the box is small (the slide then scrolls)', () => {
    const f = frameTimeline(input({ box: { width: 800, height: 100 } }))
    expect(f.rowHeight).toBe(24)
  })

  it('shows only the chosen lanes and what meets the window, rows compacted', () => {
    const f = frameTimeline(input({ lanes: ['product', 'paid'], window: { from: '2026-10-01', to: '2026-12-31' } }))
    expect(f.lanes.map((l) => l.id)).toEqual(['paid', 'product'])
    expect(f.bars.map((b) => b.id).sort()).toEqual(['launch', 'onboarding'])
    expect(f.domain).toEqual([parseDay('2026-10-01'), parseDay('2027-01-01')])
    expect(f.ticks.map((t) => t.label)).toEqual(['Oct 2026', 'Nov', 'Dec'])
    expect(f.nowX).toBeNull()
    // Paid has nothing in the window: one empty row; Product's two rows stay two.
    expect(f.lanes.map((l) => (l.height - 2 * 6) / f.rowHeight)).toEqual([1, 2])
  })

  it('clips a bar that starts before the window to its left edge', () => {
    const f = frameTimeline(input({ window: { from: '2026-08-01', to: '2026-08-31' } }))
    const seo = f.bars.find((b) => b.id === 'seo-hub')!
    expect(seo.x).toBe(0)
    expect(seo.x + seo.w).toBe(f.width)
  })

  it('puts labels inside, after the bar, shortened, or nowhere, and never on top of each other', () => {
    const r = growth()
    r.efforts.push(
      effort('tiny', 'paid', { title: 'A very long title for a two day effort', start: '2026-09-01', end: '2026-09-02' }),
      effort('next', 'paid', { title: 'Right after', start: '2026-09-04', end: '2026-09-30' }),
    )
    const f = frameTimeline(input({ layout: buildLayout(r, growthAnalysis(), today, ownRows(r, { tiny: 0, next: 0 })), box: { width: 900, height: 520 } }))
    expect(labelsOverlap(f, 14)).toBeNull()
    const tiny = f.bars.find((b) => b.id === 'tiny')!
    expect(tiny.label === null || (tiny.label.text.endsWith('…') && tiny.label.x + tiny.label.width <= f.bars.find((b) => b.id === 'next')!.x)).toBe(true)
    const seo = f.bars.find((b) => b.id === 'seo-hub')!
    expect(seo.label).toMatchObject({ text: 'SEO hub', inside: true })
    const launch = f.bars.find((b) => b.id === 'launch')!
    expect(launch.label?.inside).toBe(false)
    expect(launch.label!.x).toBeGreaterThan(launch.x + launch.w)
    for (const b of f.bars) if (b.label) expect(b.label.width).toBeGreaterThan(0)
  })

  it('draws the arrows between drawn efforts only, marking the critical ones', () => {
    const f = frameTimeline(input())
    expect(f.arrows.map((a) => [a.key, a.critical])).toEqual([
      ['pricing-redesign>assistant', false],
      ['onboarding>launch', true],
    ])
    expect(frameTimeline(input({ lanes: ['ai'] })).arrows).toEqual([])
  })

  it('finds overlapping labels', () => {
    const f = frameTimeline(input())
    const [a, b] = f.bars.filter((x) => x.label)
    b.label = { ...a.label! }
    b.y = a.y
    b.h = a.h
    expect(labelsOverlap(f, 14)).toEqual([a.id, b.id])
  })
})
