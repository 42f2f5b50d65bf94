import { describe, expect, it } from 'vitest'
import { agendaSections, filterRows } from './agenda-sections'
import type { Agenda, EffortRef } from '../api'

const ref = (id: string, lane = 'paid'): EffortRef => ({ id, title: id.toUpperCase(), lane, laneName: lane, owner: 'Kim' })

function agenda(over: Partial<Agenda> = {}): Agenda {
  return {
    title: 'Weekly',
    meeting: '2027-02-15',
    asOf: '2027-02-15',
    lanes: [],
    since: { id: 's', name: 'Monday', date: '2027-02-08', hash: 'h' },
    changes: {
      added: [],
      removed: [ref('gone')],
      moved: [{ effort: ref('a'), wasStart: '2027-02-01', wasEnd: '2027-02-05', start: '2027-02-08', end: '2027-02-12', startDays: 7, endDays: 7 }],
      slips: [],
      kills: [ref('k', 'content')],
      newConflicts: [],
      changedConflicts: [],
      resolvedConflicts: [],
      decisions: [],
    },
    handoffs: [{ from: ref('a'), to: ref('b', 'content'), type: 'FS', date: '2027-02-19' }],
    open: [],
    blocked: [{ effort: ref('b', 'content'), since: '2027-02-10', days: 5, waitsOn: ref('a'), crossLane: true }],
    debt: { weeks: [], trend: 'flat' },
    more: { moved: 3 },
    ...over,
  } as Agenda
}

describe('agendaSections', () => {
  it('lists the changes with tags, and counts what was left out', () => {
    const [changes, handoffs, open, integration, blocked] = agendaSections(agenda())
    expect(changes.title).toBe('Changed since “Monday”')
    expect(changes.rows.map((r) => `${r.tag}: ${r.text}`)).toEqual(['Moved: A (paid, Kim)', 'Killed: K (content, Kim)', 'Removed: GONE (paid, Kim)'])
    expect(changes.rows[0].detail).toBe('2027-02-01 → 2027-02-05 ⇒ 2027-02-08 → 2027-02-12 (+7 d)')
    expect(changes.more).toBe(3)
    expect(handoffs.rows[0]).toMatchObject({ tag: '2027-02-19', text: 'A → B', efforts: ['a', 'b'] })
    expect(open.rows).toEqual([])
    expect(integration.empty).toBe('No integration found.')
    expect(blocked.rows[0]).toMatchObject({ tag: '5 d', detail: 'waits on A (paid, Kim)', efforts: ['b', 'a'] })
  })

  it('says when there is no snapshot yet', () => {
    expect(agendaSections(agenda({ since: undefined }))[0].title).toBe('On the roadmap (no snapshot yet)')
  })

  it('keeps the rows that name a kept effort', () => {
    const kept = filterRows(agendaSections(agenda()), (id) => id === 'k')
    expect(kept[0].rows.map((r) => r.key)).toEqual(['kill:k'])
    expect(kept[1].rows).toEqual([])
  })
})
