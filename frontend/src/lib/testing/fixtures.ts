/** Roadmaps for unit and component tests. */
import type { Effort, Roadmap, Snapshot } from '../api'

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
    lanes: [
      { id: 'paid', name: 'Paid', color: '#d9480f' },
      { id: 'content', name: 'Content', color: '#2f9e6b' },
      { id: 'product', name: 'Product' },
      { id: 'ai', name: 'AI tools', color: '#8a56d6' },
    ],
    efforts: [
      effort('spring-ads', 'paid', { title: 'Spring ads', start: '2026-07-06', end: '2026-07-31', status: 'active' }),
      effort('retarget', 'paid', { title: 'Retargeting', start: '2026-07-20', end: '2026-08-20', status: 'blocked' }),
      effort('podcast', 'paid', { title: 'Podcast sponsorships', start: '2026-08-03', durationDays: 30, status: 'killed' }),
      effort('pricing-redesign', 'content', { title: 'Pricing page redesign', durationDays: 20 }),
      effort('seo-hub', 'content', { title: 'SEO hub', start: '2026-07-01', end: '2026-09-30', status: 'done' }),
      effort('onboarding', 'product', { title: 'Onboarding revamp', start: '2026-08-01', end: '2026-10-15', status: 'paused' }),
      effort('launch', 'product', { title: 'Public launch', durationDays: 0 }),
      effort('assistant', 'ai', { title: 'Sales assistant', durationDays: 15 }),
    ],
    dependencies: [
      { from: 'pricing-redesign', to: 'assistant', type: 'FS', lagDays: 2 },
      { from: 'onboarding', to: 'launch', lagDays: 0 },
    ],
  })
}

export function snapshot(r: Roadmap = growth(), id = 'r1'): Snapshot {
  return {
    info: { id, name: r.name, lanes: r.lanes.length, efforts: r.efforts.length, updatedAt: '2026-07-01T00:00:00Z' },
    roadmap: r,
    canUndo: false,
    canRedo: false,
  }
}
