import { describe, expect, it } from 'vitest'
import { packRows, type Interval } from './packing'

const iv = (id: string, start: number, end: number): Interval => ({ id, start, end })

function overlaps(a: Interval, b: Interval) {
  return a.start < b.end && b.start < a.end
}

describe('packRows', () => {
  it('puts disjoint intervals in one row, touching ones too', () => {
    const { row, rows } = packRows([iv('a', 0, 5), iv('b', 5, 9), iv('c', 12, 20)])
    expect(rows).toBe(1)
    expect([...row.values()]).toEqual([0, 0, 0])
  })

  it('opens a new row for an overlap and reuses the first free row', () => {
    const { row, rows } = packRows([iv('a', 0, 10), iv('b', 2, 4), iv('c', 5, 12), iv('d', 10, 11)])
    expect(rows).toBe(2)
    expect(Object.fromEntries(row)).toEqual({ a: 0, b: 1, c: 1, d: 0 })
  })

  it('uses as many rows as the deepest overlap, never more', () => {
    const items = [iv('a', 0, 3), iv('b', 1, 4), iv('c', 2, 5), iv('d', 3, 6), iv('e', 4, 7)]
    const { row, rows } = packRows(items)
    expect(rows).toBe(3)
    for (const x of items)
      for (const y of items)
        if (x !== y && row.get(x.id) === row.get(y.id)) expect(overlaps(x, y)).toBe(false)
  })

  it('respects a gap and gives empty intervals a minimum length', () => {
    expect(packRows([iv('a', 0, 5), iv('b', 5, 8)], 1).rows).toBe(2)
    expect(packRows([iv('m', 3, 3), iv('n', 3, 3)]).rows).toBe(2)
    expect(packRows([iv('m', 3, 3), iv('n', 4, 4)]).rows).toBe(1)
  })

  it('is deterministic whatever the input order', () => {
    const items = [iv('b', 0, 4), iv('a', 0, 4), iv('c', 1, 2)]
    const one = packRows(items)
    const two = packRows([...items].reverse())
    expect(Object.fromEntries(one.row)).toEqual(Object.fromEntries(two.row))
    expect(one.row.get('a')).toBe(0)
  })

  it('handles no intervals', () => {
    expect(packRows([])).toEqual({ row: new Map(), rows: 0 })
  })
})
