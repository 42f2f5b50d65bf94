import { describe, expect, it } from 'vitest'
import { importProblems } from './import-problems'

describe('importProblems', () => {
  it('lists a CSV file’s problems by row and column', () => {
    const msg =
      'row 3, column start: bad date "2027-13-01": month 13 does not exist; row 4, column dependsOn: unknown effort "x; y"; row 7: too many fields (and 2 more)'
    expect(importProblems(msg)).toEqual({
      problems: [
        { where: 'Row 3, start', what: 'bad date "2027-13-01": month 13 does not exist' },
        { where: 'Row 4, dependsOn', what: 'unknown effort "x; y"' },
        { where: 'Row 7', what: 'too many fields' },
      ],
      more: 2,
    })
  })

  it('places XML and Tandem file problems, and keeps other messages whole', () => {
    expect(importProblems('MS Project XML: line 1, column 36: <Task>: malformed XML').problems).toEqual([
      { where: 'Line 1, column 36 <Task>', what: 'malformed XML' },
    ])
    expect(importProblems('efforts[0] (id "e").lane: unknown lane "b"').problems).toEqual([
      { where: 'efforts[0] (id "e").lane', what: 'unknown lane "b"' },
    ])
    expect(importProblems('dependency cycle: a -> b -> a')).toEqual({
      problems: [{ where: '', what: 'dependency cycle: a -> b -> a' }],
      more: 0,
    })
  })
})
