import { describe, expect, it } from 'vitest'
import { effort, growth, growthAnalysis, roadmap } from '../../testing/fixtures'
import { formatDay, parseDay } from '../geometry/dates'
import { buildLayout } from './layout'
import { ownRows } from '../../testing/layout'

const today = parseDay('2026-08-10')!

describe('buildLayout', () => {
  const layout = buildLayout(growth(), growthAnalysis(), today, ownRows(growth()))

  it('keeps lanes in file order with their colours, falling back to the palette', () => {
    expect(layout.lanes.map((l) => l.name)).toEqual(['Paid', 'Content', 'Product', 'AI tools'])
    expect(layout.lanes[0].color).toBe('#d9480f')
    expect(layout.lanes[2].color).toMatch(/^#[0-9a-f]{6}$/i)
  })

  it('leaves killed efforts off the timeline and lists them', () => {
    const ids = layout.lanes.flatMap((l) => l.items.map((i) => i.id))
    expect(ids).not.toContain('podcast')
    expect(layout.killed).toEqual([{ id: 'podcast', title: 'Podcast sponsorships', lane: 'Paid', color: '#d9480f' }])
  })

  it('puts each effort in its sub-row of the layout', () => {
    const paid = layout.lanes[0]
    expect(paid.rows).toBe(2)
    expect(paid.items.map((i) => [i.id, i.row])).toEqual([
      ['spring-ads', 0],
      ['retarget', 1],
    ])
  })

  it('links each item to the next one in its row', () => {
    const content = layout.lanes[1]
    const seo = content.items.find((i) => i.id === 'seo-hub')!
    const pricing = content.items.find((i) => i.id === 'pricing-redesign')!
    expect(seo.row).not.toBe(pricing.row)
    expect(seo.next).toBeNull()
  })

  it('spans whole months around the efforts and uses asOf as now', () => {
    expect(layout.domain.map(formatDay)).toEqual(['2026-07-01', '2026-11-01'])
    expect(layout.range?.map(formatDay)).toEqual(['2026-07-01', '2026-10-17'])
    expect(formatDay(layout.now)).toBe('2026-09-15')
    expect(layout.nowIsAsOf).toBe(true)
  })

  it('places efforts by the analysis schedule, milestones on their day', () => {
    const launch = layout.lanes[2].items.find((i) => i.id === 'launch')!
    expect(launch.milestone).toBe(true)
    expect(formatDay(launch.start)).toBe('2026-10-16')
    const assistant = layout.lanes[3].items[0]
    expect([assistant.start, assistant.end].map(formatDay)).toEqual(['2026-07-23', '2026-08-07'])
  })

  it('gives items their analysis marks and slipping ones a ghost', () => {
    const product = layout.lanes[2].items
    expect(product.map((i) => [i.id, i.marks.critical])).toEqual([
      ['onboarding', true],
      ['launch', true],
    ])
    const assistant = layout.lanes[3].items[0]
    expect(assistant.marks.slipDays).toBe(3)
    expect(assistant.ghost && formatDay(assistant.ghost.start)).toBe('2026-07-20')
    expect(layout.lanes[0].items[0].marks.openConflicts).toBe(1)
  })

  it('uses the backend packing as it is, packing nothing itself', () => {
    const packed = { lanes: [{ id: 'paid', rows: 3 }], rows: { 'spring-ads': 2, retarget: 0 } }
    const l = buildLayout(growth(), growthAnalysis(), today, packed)
    expect(l.lanes[0].rows).toBe(3)
    expect(l.lanes[0].items.map((i) => [i.id, i.row])).toEqual([
      ['retarget', 0],
      ['spring-ads', 2],
    ])
    // a lane the layout does not list (the backend lists every one) is not packed here: one row
    expect(l.lanes[1].items.map((i) => [i.id, i.row])).toEqual([
      ['pricing-redesign', 0],
      ['seo-hub', 0],
    ])
    expect(l.lanes[1].rows).toBe(1)
  })

  it('handles an empty roadmap and a missing asOf', () => {
    const r = roadmap({ lanes: [{ id: 'x', name: 'X' }] })
    const empty = buildLayout(r, undefined, today, ownRows(r))
    expect(empty.range).toBeNull()
    expect(empty.lanes[0].rows).toBe(1)
    expect(empty.now).toBe(today)
    expect(empty.nowIsAsOf).toBe(false)
    expect(empty.domain.map(formatDay)).toEqual(['2026-08-01', '2026-12-01'])
  })

  it('tolerates null lists from Go and efforts in unknown lanes', () => {
    const r = roadmap({ efforts: [effort('a', 'nowhere', { start: '2026-07-01', end: '2026-07-02' })] })
    ;(r as { dependencies: unknown }).dependencies = null
    expect(buildLayout(r, null, today, null).lanes).toEqual([])
  })
})
