import { describe, expect, it } from 'vitest'
import type { Debt, WeekDebt } from '../api'
import { growth } from '../testing/fixtures'
import { debtMatrix, trendGeometry, trustSentence } from './debt'

const debt = {
  lanes: [],
  waits: [
    { waiter: 'content', blocker: 'ai', events: 1, days: 5 },
    { waiter: 'paid', blocker: 'paid', events: 1, days: 3 },
    { waiter: 'content', blocker: 'product', events: 2, days: 4 },
    { waiter: 'content', blocker: '', events: 1, days: 1 },
  ],
  weeks: [],
  mostWaited: [],
  open: [],
} as Debt

describe('debtMatrix', () => {
  it('keeps the lanes that wait or block, in lane order, unknown last', () => {
    const m = debtMatrix(growth(), debt)
    expect(m.waiters.map((l) => l.name)).toEqual(['Paid', 'Content'])
    expect(m.blockers.map((l) => l.name)).toEqual(['Paid', 'Product', 'AI tools', 'Unknown'])
    expect(m.cell('content', 'product')).toEqual({ events: 2, days: 4 })
    expect(m.cell('paid', 'content')).toBeNull()
    expect(m.maxDays).toBe(5)
  })
})

describe('trendGeometry', () => {
  const week = (start: string, days: number, cross: number, waits: number, past = true): WeekDebt => ({
    start,
    days,
    crossLaneDays: cross,
    waits,
    past,
  })
  it('scales bars to the busiest week, draws no bar after asOf, and labels months', () => {
    const t = trendGeometry(
      [week('2027-01-25', 5, 5, 1), week('2027-02-01', 10, 4, 2), week('2027-02-08', 0, 0, 0, false)],
      300,
      100,
    )
    expect(t.bars.map((b) => [b.x, b.all, b.cross])).toEqual([
      [0, 50, 50],
      [100, 100, 40],
      [200, 0, 0],
    ])
    expect(t.waits).toBe('50.0,50.0 150.0,0.0')
    expect(t.months).toEqual([
      { x: 0, label: 'Jan' },
      { x: 100, label: 'Feb' },
    ])
    expect(t.now).toBe(150)
  })
})

describe('trustSentence', () => {
  const pair = { from: 'content', to: 'paid', onTime: 4, late: 2, pending: 0, missed: [] }
  it('reads like a ledger line', () => {
    expect(trustSentence(pair, growth())).toBe('Content delivered 4 of 6 handoffs to Paid on time')
    expect(trustSentence({ ...pair, pending: 2 }, growth())).toBe('Content delivered 4 of 6 handoffs to Paid on time; 2 not due yet')
    expect(trustSentence({ ...pair, onTime: 0, late: 0, pending: 1 }, growth())).toBe('Content has 1 handoff to Paid, none due yet')
  })
})
