import { describe, expect, it } from 'vitest'
import { canvasMeasure, truncate } from './textfit'

const mono = (t: string) => t.length * 10

describe('truncate', () => {
  it('keeps text that fits', () => {
    expect(truncate('Spring ads', 100, mono)).toBe('Spring ads')
  })

  it('cuts to the longest prefix plus an ellipsis', () => {
    expect(truncate('Pricing page redesign', 80, mono)).toBe('Pricing…')
    expect(mono(truncate('Pricing page redesign', 80, mono))).toBeLessThanOrEqual(80)
  })

  it('drops trailing spaces before the ellipsis', () => {
    expect(truncate('Ab cdef', 40, mono)).toBe('Ab…')
  })

  it('returns empty when not even one letter fits', () => {
    expect(truncate('Hello', 15, mono)).toBe('')
    expect(truncate('Hello', 5, mono)).toBe('')
  })
})

describe('canvasMeasure', () => {
  it('falls back to an estimate without canvas', () => {
    const m = canvasMeasure('12px system-ui', 12)
    expect(m('abcd')).toBeGreaterThan(m('ab'))
  })
})
