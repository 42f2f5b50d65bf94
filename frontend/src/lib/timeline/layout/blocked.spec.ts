import { describe, expect, it } from 'vitest'
import type { Roadmap } from '../../api'
import { blockedBy, blockedNow, describeBlocked } from './blocked'

function roadmap(events: Roadmap['events'], asOf = '2027-02-15'): Roadmap {
  return {
    format: 'tandem/roadmap',
    version: 1,
    name: 'r',
    asOf,
    lanes: [
      { id: 'content', name: 'Content' },
      { id: 'product', name: 'Product' },
    ],
    surfaces: [],
    metrics: [],
    efforts: [
      { id: 'redesign', lane: 'content', title: 'Pricing redesign', status: 'blocked' },
      { id: 'billing', lane: 'product', title: 'Billing v2', status: 'active' },
      { id: 'hub', lane: 'content', title: 'SEO hub', status: 'active' },
      { id: 'voice', lane: 'content', title: 'Brand voice', status: 'active' },
    ],
    dependencies: [],
    links: [],
    decisions: [],
    rituals: [],
    events,
  } as Roadmap
}

describe('blockedNow', () => {
  it('names the blocker, its lane and the first day of the open run of blocked events', () => {
    const r = roadmap([
      { effort: 'redesign', date: '2027-02-01', status: 'blocked', blockedBy: 'voice' },
      { effort: 'redesign', date: '2027-02-03', status: 'active' },
      { effort: 'redesign', date: '2027-02-09', status: 'blocked', blockedBy: 'voice' },
      { effort: 'redesign', date: '2027-02-11', status: 'blocked', blockedBy: 'billing' },
      { effort: 'hub', date: '2027-02-10', status: 'blocked', blockedBy: 'voice' },
    ])
    const b = blockedNow(r, '2030-01-01')
    expect([...b.keys()]).toEqual(['redesign']) // hub's status is active: the status is the truth
    expect(b.get('redesign')).toEqual({
      effort: 'redesign',
      blocker: 'billing',
      blockerTitle: 'Billing v2',
      lane: 'product',
      laneName: 'Product',
      since: '2027-02-09',
      crossLane: true,
    })
  })

  it('ignores events after asOf, sorts by date and keeps same-day events in file order', () => {
    const r = roadmap([
      { effort: 'redesign', date: '2027-02-20', status: 'blocked', blockedBy: 'billing' },
      { effort: 'redesign', date: '2027-02-12', status: 'blocked', blockedBy: 'voice' },
      { effort: 'redesign', date: '2027-02-10', status: 'active' },
      { effort: 'redesign', date: '2027-02-12', status: 'active' },
    ])
    expect(blockedBy(r, 'redesign', '2030-01-01')).toBeNull()
    const r2 = roadmap(r.events.slice(0, 3))
    expect(blockedBy(r2, 'redesign', '2030-01-01')).toMatchObject({ blocker: 'voice', since: '2027-02-12', crossLane: false })
  })

  it('uses today without asOf, and knows no blocker when the event names none', () => {
    const r = roadmap([{ effort: 'redesign', date: '2027-02-12', status: 'blocked', blockedBy: 'ghost' }], '')
    expect(blockedBy(r, 'redesign', '2027-02-11')).toBeNull()
    const b = blockedBy(r, 'redesign', '2027-02-12')!
    expect(b).toMatchObject({ blocker: '', crossLane: false })
    expect(describeBlocked(b, '2027-02-13')).toBe('Blocked since Feb 12')
  })
})

describe('describeBlocked', () => {
  const b = blockedBy(roadmap([{ effort: 'redesign', date: '2027-02-09', status: 'blocked', blockedBy: 'billing' }]), 'redesign', '')!
  it('says by which effort, lane and since when', () => {
    expect(describeBlocked(b, '2027-02-15')).toBe('Blocked by Billing v2 (Product) since Feb 9')
  })
  it('says today for a wait that began today', () => {
    expect(describeBlocked(b, '2027-02-09')).toBe('Blocked by Billing v2 (Product) since today')
  })
})
