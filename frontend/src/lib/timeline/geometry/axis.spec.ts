import { describe, expect, it } from 'vitest'
import { crisp, timeScale } from './axis'
import { parseDay } from './dates'

describe('axis', () => {
  it('maps the domain onto the width', () => {
    const scale = timeScale([parseDay('2026-07-01')!, parseDay('2026-10-01')!], 920)
    expect(scale(parseDay('2026-07-01')!)).toBe(0)
    expect(scale(parseDay('2026-10-01')!)).toBe(920)
  })

  it('snaps lines to pixel centres', () => {
    expect(crisp(10.2)).toBe(10.5)
  })
})
