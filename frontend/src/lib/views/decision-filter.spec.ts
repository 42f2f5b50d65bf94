import { describe, expect, it } from 'vitest'
import type { Roadmap } from '../api'
import { filterDecisions, NO_FILTER, supersededBy } from './decision-filter'

const roadmap = {
  efforts: [
    { id: 'ads', lane: 'paid', title: 'Spring ads' },
    { id: 'page', lane: 'content', title: 'Pricing page' },
  ],
  decisions: [
    { id: 'd1', date: '2027-02-01', kind: 'kill', efforts: ['ads'], title: 'Stop ads' },
    { id: 'd2', date: '2027-02-08', kind: 'accept', efforts: ['ads', 'page'], title: 'Both' },
    { id: 'd3', date: '2027-02-08', kind: 'revive', efforts: ['ads'], title: 'Ads back', supersedes: 'd1' },
    { id: 'd4', date: '2027-02-10', kind: 'other', efforts: [], title: 'Hire' },
  ],
} as unknown as Roadmap

const ids = (f: Partial<typeof NO_FILTER>) => filterDecisions(roadmap, { ...NO_FILTER, ...f }).map((d) => d.id)

describe('filterDecisions', () => {
  it('lists newest first, the later record first on one day', () => {
    expect(ids({})).toEqual(['d4', 'd3', 'd2', 'd1'])
  })
  it('filters by kind, lane, effort and dates', () => {
    expect(ids({ kind: 'kill' })).toEqual(['d1'])
    expect(ids({ lane: 'content' })).toEqual(['d2'])
    expect(ids({ effort: 'SPRING' })).toEqual(['d3', 'd2', 'd1'])
    expect(ids({ from: '2027-02-08', to: '2027-02-09' })).toEqual(['d3', 'd2'])
  })
  it('maps superseded records to their successor', () => {
    expect(supersededBy(roadmap.decisions).get('d1')?.id).toBe('d3')
  })
})
