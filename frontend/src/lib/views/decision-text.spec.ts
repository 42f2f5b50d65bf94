import { describe, expect, it } from 'vitest'
import type { DecisionPreview } from '../api'
import { conflictText, criticalText, finishText, reasonLabel, windowText } from './decision-text'

const p = (over: Partial<DecisionPreview>): DecisionPreview => ({
  decision: { id: 'd', date: '2027-02-15', kind: 'sequence', efforts: [], title: 't' },
  changes: [],
  finishBefore: '2027-06-17',
  finishAfter: '2027-06-17',
  finishDays: 0,
  newlyCritical: [],
  added: [],
  removed: [],
  accepted: [],
  openBefore: 5,
  openAfter: 5,
  ...over,
})
const c = { kind: 'surface', efforts: ['a', 'b'], lanes: ['x', 'y'], crossLane: true, days: 1, accepted: false }

describe('decision text', () => {
  it('says the window and its size', () => {
    expect(windowText('2027-03-01', '2027-03-12', 10, true)).toBe('Mar 1 – Mar 12 · 10 working days')
    expect(windowText('2027-03-01', '2027-03-01', 1, false)).toBe('Mar 1 · 1 day')
    expect(windowText(undefined, undefined, 0, false)).toBe('no overlap in time')
  })

  it('says what a preview costs', () => {
    expect(finishText(p({}), true)).toBe('Finish unchanged')
    expect(finishText(p({ finishDays: 3, finishAfter: '2027-06-22' }), true)).toBe('Finish +3 working days (Jun 22, 2027)')
    expect(conflictText(p({ removed: [c], added: [c, c] }))).toBe('−1 +2 conflicts')
    expect(conflictText(p({ removed: [c] }))).toBe('−1 conflict')
    expect(conflictText(p({ accepted: [c] }))).toBe('No conflict removed · 1 accepted')
    expect(criticalText(p({ newlyCritical: ['a'] }))).toBe('1 newly critical')
  })

  it('names kill reasons', () => {
    expect(reasonLabel('wrong-time')).toBe('Wrong time')
    expect(reasonLabel('nope')).toBe('')
  })
})
