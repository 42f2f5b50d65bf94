import { describe, expect, it } from 'vitest'
import { parseDay } from '../geometry/dates'
import { describeConflict, describeOpportunity } from './describe'
import type { ConflictMark } from '../layout/marks'

const base: ConflictMark = {
  kind: 'surface',
  severity: 'collision',
  other: 'b',
  otherTitle: 'Signup copy',
  on: 'Signup flow',
  from: parseDay('2027-03-01'),
  to: parseDay('2027-03-12'),
  accepted: false,
}

describe('describeConflict', () => {
  it('says kind, severity, what, with whom and when', () => {
    expect(describeConflict(base)).toBe('Surface conflict (collision) on Signup flow with Signup copy, Mar 1 – Mar 12')
  })

  it('handles sequence conflicts, one-day windows and accepted ones', () => {
    const seq = { ...base, kind: 'sequence', severity: '', on: '', to: base.from, accepted: true }
    expect(describeConflict(seq)).toBe('Broken sequence with Signup copy, Mar 1 (accepted)')
    expect(describeConflict({ ...base, kind: 'x', severity: '', on: '', from: null })).toBe('Conflict with Signup copy')
  })
})

describe('describeOpportunity', () => {
  it('names the partner and why', () => {
    expect(describeOpportunity({ other: 'a', otherTitle: 'AI chat', via: ['Signup conversion', 'Signup flow'], score: 1 })).toBe(
      'Opportunity: integrate with AI chat (Signup conversion, Signup flow)',
    )
  })
})
