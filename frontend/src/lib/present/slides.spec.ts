import { describe, expect, it } from 'vitest'
import { growth, growthAnalysis } from '../testing/fixtures'
import type { SinceSnapshot } from './changes'
import { buildSlides, type Slide } from './slides'

const ALL = ['paid', 'content', 'product', 'ai']
const titles = (slides: Slide[]) => slides.map((s) => s.title)

describe('buildSlides', () => {
  it('makes the whole deck in order, leaving out empty lists', () => {
    const slides = buildSlides(growth(), growthAnalysis(), { lanes: ALL, window: null })
    expect(titles(slides)).toEqual([
      'The integrated roadmap',
      'The critical path',
      'Conflict: Pricing page redesign × Spring ads',
      'Conflict: Sales assistant × Pricing page redesign',
      'Opportunity: Sales assistant + Onboarding revamp',
      'Not doing',
      'Shared metrics',
      'Coordination debt',
    ])
    expect(new Set(slides.map((s) => s.key)).size).toBe(slides.length)
    expect(slides[0].subtitle).toBe('4 lanes: Paid, Content, Product, AI tools')
  })

  it('lists the critical path in order with lanes and dates', () => {
    const [, critical] = buildSlides(growth(), growthAnalysis(), { lanes: ALL, window: null })
    expect(critical).toMatchObject({
      kind: 'list',
      subtitle: 'Any day these 2 efforts slip moves the finish (Oct 16, 2026).',
      rows: [
        { label: 'Onboarding revamp', detail: 'Product', when: 'Aug 1 – Oct 15, 2026' },
        { label: 'Public launch', detail: 'Product', when: 'Oct 16, 2026' },
      ],
    })
  })

  it('says what a conflict is about, where and for how long', () => {
    const slide = buildSlides(growth(), growthAnalysis(), { lanes: ALL, window: null })[2]
    expect(slide).toMatchObject({
      kind: 'pair',
      tone: 'conflict',
      subtitle: 'A disruption: one changes what the other relies on, at the same time.',
      cards: [
        { title: 'Pricing page redesign', lane: 'Content', color: '#2f9e6b', when: 'Jul 1 – Jul 20, 2026' },
        { title: 'Spring ads', lane: 'Paid', color: '#d9480f', when: 'Jul 6 – Jul 31, 2026' },
      ],
      facts: [
        { label: 'What', value: 'One changes what the other relies on: Pricing page' },
        { label: 'Overlap', value: 'Jul 6 – Jul 20, 2026', note: '15 days' },
        { label: 'Lanes', value: 'Across lanes' },
      ],
    })
  })

  it('says why a pair is an opportunity', () => {
    const slide = buildSlides(growth(), growthAnalysis(), { lanes: ALL, window: null })[4]
    expect(slide).toMatchObject({ tone: 'opportunity', facts: [{ label: 'Why', value: 'both move Signup conversion' }, { value: '0.80' }] })
  })

  it('keeps only what touches the chosen lanes', () => {
    const slides = buildSlides(growth(), growthAnalysis(), { lanes: ['paid'], window: null })
    expect(titles(slides)).toEqual([
      'The integrated roadmap',
      'Conflict: Pricing page redesign × Spring ads',
      'Not doing',
      'Coordination debt',
    ])
  })

  it('keeps only what meets the time window', () => {
    const slides = buildSlides(growth(), growthAnalysis(), { lanes: ALL, window: { from: '2026-10-01', to: '2026-12-31' } })
    expect(titles(slides)).toEqual([
      'The integrated roadmap',
      'The critical path',
      'Opportunity: Sales assistant + Onboarding revamp',
      'Not doing',
      'Shared metrics',
      'Coordination debt',
    ])
  })

  it('leaves accepted conflicts out', () => {
    const analysis = growthAnalysis()
    analysis.conflicts[0].accepted = true
    expect(buildSlides(growth(), analysis, { lanes: ALL, window: null }).filter((s) => s.title.startsWith('Conflict'))).toHaveLength(1)
  })

  it('lists decisions by date with their efforts and who took them', () => {
    const r = growth()
    r.decisions = [
      { id: 'd2', date: '2026-07-10', kind: 'kill', efforts: ['podcast'], title: 'Stop podcasts', by: 'Dana' },
      { id: 'd1', date: '2026-07-02', kind: 'sequence', efforts: ['pricing-redesign', 'spring-ads'], title: 'Redesign first' },
    ]
    const slide = buildSlides(r, growthAnalysis(), { lanes: ALL, window: null }).find((s) => s.key === 'decisions')
    expect(slide).toMatchObject({
      rows: [
        { label: 'Redesign first', detail: 'sequence · Pricing page redesign, Spring ads', when: 'Jul 2, 2026' },
        { label: 'Stop podcasts', detail: 'kill · Podcast sponsorships · by Dana', when: 'Jul 10, 2026' },
      ],
    })
  })

  it('counts coordination debt with the share that waits on another team', () => {
    const analysis = growthAnalysis()
    Object.assign(analysis.coordination, { blockedEvents: 3, blockedDays: 20, crossLaneBlockedEvents: 2, crossLaneBlockedDays: 15 })
    const debt = buildSlides(growth(), analysis, { lanes: ALL, window: null }).find((s) => s.key === 'debt')
    expect(debt).toMatchObject({
      kind: 'figures',
      facts: [
        { label: 'Days waiting', value: '20', note: '3 blocked events' },
        { label: 'Waiting on another team', value: '75%', note: '15 days' },
        { label: 'Cross-lane dependencies', value: '1', note: 'of 2' },
        { label: 'Open conflicts', value: '2', note: '2 across lanes' },
        { label: 'Opportunities', value: '1', note: 'to integrate' },
      ],
    })
  })

  it('still has the roadmap and the debt slides without an analysis', () => {
    expect(titles(buildSlides(growth(), undefined, { lanes: ALL, window: null }))).toEqual([
      'The integrated roadmap',
      'Not doing',
      'Coordination debt',
    ])
  })
})

describe('what changed since the last snapshot', () => {
  const ref = (id: string, lane: string, title: string) => ({ id, lane, title, laneName: lane })
  const since: SinceSnapshot = {
    since: { id: 's1', name: 'July review', date: '2026-07-01', hash: 'x' },
    changes: {
      added: [ref('assistant', 'ai', 'Sales assistant')],
      removed: [ref('old', 'paid', 'Old campaign')],
      moved: [
        {
          effort: ref('spring-ads', 'paid', 'Spring ads'),
          wasStart: '2026-07-01',
          wasEnd: '2026-07-26',
          start: '2026-07-06',
          end: '2026-07-31',
          startDays: 5,
          endDays: 5,
        },
      ],
      slips: [{ effort: ref('launch', 'product', 'Public launch'), wasDays: 0, slipDays: 3 }],
      kills: [ref('podcast', 'paid', 'Podcast sponsorships')],
      newConflicts: [
        {
          key: 'k',
          kind: 'surface',
          about: 'Pricing page',
          efforts: [ref('pricing-redesign', 'content', 'Pricing page redesign'), ref('spring-ads', 'paid', 'Spring ads')],
          crossLane: true,
          days: 15,
          accepted: false,
        },
      ],
      changedConflicts: [],
      resolvedConflicts: [],
      decisions: [{ id: 'd1', date: '2026-07-02', kind: 'kill', efforts: ['podcast'], title: 'Stop podcasts' }],
    },
  }

  it('has no slide without a snapshot', () => {
    expect(buildSlides(growth(), growthAnalysis(), { lanes: ALL, window: null }).some((s) => s.key === 'changes')).toBe(false)
  })

  it('lists what changed in the chosen lanes, last in the deck', () => {
    const slide = buildSlides(growth(), growthAnalysis(), { lanes: ALL, window: null }, since).at(-1)
    expect(slide).toMatchObject({
      key: 'changes',
      subtitle: '7 changes since “July review”, Jul 1, 2026.',
      rows: [
        { label: 'Spring ads', detail: 'Moved +5 days (was Jul 1 – Jul 26)', when: 'Jul 6 – Jul 31' },
        { label: 'Public launch', detail: 'Slipping 3 days (was 0)' },
        { label: 'Podcast sponsorships', detail: 'Stopped' },
        { label: 'Pricing page redesign × Spring ads', detail: 'New conflict: Pricing page' },
        { label: 'Sales assistant', detail: 'Added', when: 'Jul 23 – Aug 6, 2026' },
        { label: 'Old campaign', detail: 'Removed' },
        { label: 'Stop podcasts', detail: 'Decision: kill', when: 'Jul 2, 2026' },
      ],
    })
    const paid = buildSlides(growth(), growthAnalysis(), { lanes: ['paid'], window: null }, since).at(-1)
    expect(paid?.kind === 'list' && paid.rows.map((r) => r.label)).toEqual([
      'Spring ads',
      'Podcast sponsorships',
      'Pricing page redesign × Spring ads',
      'Old campaign',
      'Stop podcasts',
    ])
  })

  it('says when nothing changed', () => {
    const none = { since: since.since, changes: { ...since.changes, added: [], removed: [], moved: [], slips: [], kills: [], newConflicts: [], decisions: [] } }
    expect(buildSlides(growth(), growthAnalysis(), { lanes: ALL, window: null }, none).at(-1)).toMatchObject({
      subtitle: 'Nothing changed since “July review”, Jul 1, 2026.',
      rows: [],
    })
  })
})
