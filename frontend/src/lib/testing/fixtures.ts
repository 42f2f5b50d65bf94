/** Roadmaps for unit and component tests. */
import type { Analysis, Effort, Roadmap, Snapshot } from '../api'
import { ownRows } from './layout'

export function roadmap(partial: Partial<Roadmap> = {}): Roadmap {
  return {
    format: 'tandem/roadmap',
    version: 1,
    name: 'Test roadmap',
    lanes: [],
    surfaces: [],
    metrics: [],
    efforts: [],
    dependencies: [],
    links: [],
    decisions: [],
    rituals: [],
    events: [],
    ...partial,
  }
}

export function effort(id: string, lane: string, partial: Partial<Effort> = {}): Effort {
  return { id, lane, title: id, ...partial }
}

/** growth is a small four-lane roadmap with every status and placement form. */
export function growth(): Roadmap {
  return roadmap({
    name: 'H2 growth',
    start: '2026-07-01',
    asOf: '2026-09-15',
    surfaces: [{ id: 'pricing-page', name: 'Pricing page', kind: 'page' }],
    metrics: [{ id: 'signup-cr', name: 'Signup conversion', unit: '%' }],
    lanes: [
      { id: 'paid', name: 'Paid', color: '#d9480f' },
      { id: 'content', name: 'Content', color: '#2f9e6b' },
      { id: 'product', name: 'Product' },
      { id: 'ai', name: 'AI tools', color: '#8a56d6' },
    ],
    efforts: [
      effort('spring-ads', 'paid', {
        title: 'Spring ads',
        start: '2026-07-06',
        end: '2026-07-31',
        status: 'active',
        touches: [{ surface: 'pricing-page', mode: 'relies' }],
      }),
      effort('retarget', 'paid', { title: 'Retargeting', start: '2026-07-20', end: '2026-08-20', status: 'blocked' }),
      effort('podcast', 'paid', { title: 'Podcast sponsorships', start: '2026-08-03', durationDays: 30, status: 'killed' }),
      effort('pricing-redesign', 'content', {
        title: 'Pricing page redesign',
        durationDays: 20,
        touches: [{ surface: 'pricing-page', mode: 'changes' }],
      }),
      effort('seo-hub', 'content', { title: 'SEO hub', start: '2026-07-01', end: '2026-09-30', status: 'done' }),
      effort('onboarding', 'product', {
        title: 'Onboarding revamp',
        start: '2026-08-01',
        end: '2026-10-15',
        status: 'paused',
        moves: [{ metric: 'signup-cr', direction: 'up' }],
      }),
      effort('launch', 'product', { title: 'Public launch', durationDays: 0 }),
      effort('assistant', 'ai', {
        title: 'Sales assistant',
        start: '2026-07-20',
        durationDays: 15,
        moves: [{ metric: 'signup-cr', direction: 'up' }],
      }),
    ],
    dependencies: [
      { from: 'pricing-redesign', to: 'assistant', type: 'FS', lagDays: 2 },
      { from: 'onboarding', to: 'launch', lagDays: 0 },
    ],
  })
}

/** growthAnalysis is what the backend computes for growth() (`tandem analyze --json`). */
export function growthAnalysis(): Analysis {
  return {
    start: '2026-07-01',
    finish: '2026-10-16',
    durationDays: 107,
    critical: ['onboarding', 'launch'],
    schedule: [
      {id: 'spring-ads', lane: 'paid', start: '2026-07-06', end: '2026-07-31', es: 5, ef: 31, ls: 81, lf: 107, float: 76, slipDays: 0, critical: false},
      {id: 'retarget', lane: 'paid', start: '2026-07-20', end: '2026-08-20', es: 19, ef: 51, ls: 75, lf: 107, float: 56, slipDays: 0, critical: false},
      {id: 'pricing-redesign', lane: 'content', start: '2026-07-01', end: '2026-07-20', es: 0, ef: 20, ls: 70, lf: 90, float: 70, slipDays: 0, critical: false},
      {id: 'seo-hub', lane: 'content', start: '2026-07-01', end: '2026-09-30', es: 0, ef: 92, ls: 0, lf: 92, float: 0, slipDays: 0, critical: false},
      {id: 'onboarding', lane: 'product', start: '2026-08-01', end: '2026-10-15', es: 31, ef: 107, ls: 31, lf: 107, float: 0, slipDays: 0, critical: true},
      {id: 'launch', lane: 'product', start: '2026-10-16', end: '2026-10-16', es: 107, ef: 107, ls: 107, lf: 107, float: 0, slipDays: 0, critical: true},
      {id: 'assistant', lane: 'ai', start: '2026-07-23', end: '2026-08-06', es: 22, ef: 37, ls: 92, lf: 107, float: 70, slipDays: 3, critical: false},
    ],
    conflicts: [
      {kind: 'surface', severity: 'disruption', efforts: ['pricing-redesign', 'spring-ads'], lanes: ['content', 'paid'], crossLane: true, surface: 'pricing-page', from: '2026-07-06', to: '2026-07-20', days: 15, accepted: false},
      {kind: 'sequence', efforts: ['assistant', 'pricing-redesign'], lanes: ['ai', 'content'], crossLane: true, from: '2026-07-20', to: '2026-07-22', days: 3, accepted: false},
    ],
    reinforcing: [{efforts: ['assistant', 'onboarding'], via: ['metric:signup-cr'], linked: false, score: 0.8}],
    flywheels: [],
    opportunities: [{efforts: ['assistant', 'onboarding'], lanes: ['ai', 'product'], via: ['metric:signup-cr'], score: 0.8}],
    sharedMetrics: [{metric: 'signup-cr', lanes: ['product', 'ai'], efforts: ['assistant', 'onboarding']}],
    coordination: {dependencies: 2, crossLaneDependencies: 1, blockedEvents: 0, blockedDays: 0, crossLaneBlockedEvents: 0, crossLaneBlockedDays: 0, openConflicts: 2, crossLaneConflicts: 2, opportunities: 1},
  }
}

/** snapshot wraps a roadmap as the backend returns it; growth() comes with its analysis, every roadmap with a layout of its own rows (testing/layout.ts). */
export function snapshot(
  r: Roadmap = growth(),
  id = 'r1',
  analysis: Analysis | undefined = r.name === 'H2 growth' ? growthAnalysis() : undefined,
): Snapshot {
  return {
    info: { id, name: r.name, lanes: r.lanes.length, efforts: r.efforts.length, updatedAt: '2026-07-01T00:00:00Z' },
    roadmap: r,
    analysis,
    layout: ownRows(r),
    snapshots: [],
    canUndo: false,
    canRedo: false,
    revision: 1,
  }
}
