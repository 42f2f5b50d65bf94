import { describe, expect, it } from 'vitest'
import { pairStrip } from './pair-strip'

describe('pairStrip', () => {
  it('puts both efforts and their overlap on one scale with margins', () => {
    // 2026-07-01..07-20 and 07-06..07-31: 31 days shown, 3-day margins, 37 in all.
    const s = pairStrip(
      [
        { from: '2026-07-01', to: '2026-07-20' },
        { from: '2026-07-06', to: '2026-07-31' },
      ],
      { from: '2026-07-06', to: '2026-07-20' },
    )!
    expect(s.from).toBe('Jun 28')
    expect(s.to).toBe('Aug 3, 2026')
    expect(s.spans[0]).toEqual({ left: (100 * 3) / 37, width: (100 * 20) / 37 })
    expect(s.spans[1]).toEqual({ left: (100 * 8) / 37, width: (100 * 26) / 37 })
    expect(s.overlap).toEqual({ left: (100 * 8) / 37, width: (100 * 15) / 37 })
  })

  it('leaves out what is unscheduled, and is null when nothing is', () => {
    const s = pairStrip([{ from: '2026-07-01', to: '2026-07-01' }, null], null)!
    expect(s.spans[1]).toBeNull()
    expect(s.overlap).toBeNull()
    expect(s.spans[0]!.width).toBeCloseTo(100 / 5)
    expect(pairStrip([null, null], null)).toBeNull()
  })
})
