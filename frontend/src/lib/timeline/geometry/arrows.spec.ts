import { describe, expect, it } from 'vitest'
import { arrowBounds, dependencyType, route } from './arrows'
import type { ItemBox } from './positions'

function box(x0: number, x1: number, mid: number): ItemBox {
  return { id: 'x', lane: 0, x0, x1, top: mid - 12, mid, milestone: false, critical: false }
}

describe('route', () => {
  const a = box(0, 100, 20)
  it('FS: out of the end, into the start, with one elbow when the way is free', () => {
    expect(route('FS', a, box(200, 300, 84))).toBe('M100 20H108V84H200')
    expect(route('FS', a, box(150, 300, 20))).toBe('M100 20H150')
  })

  it('FS: detours through the row gap when the target starts before the source ends', () => {
    expect(route('FS', a, box(50, 300, 84))).toBe('M100 20H108V36H42V84H50')
    expect(route('FS', box(0, 100, 84), box(50, 300, 20))).toBe('M100 84H108V68H42V20H50')
  })

  it('SS and FF share a column beyond both edges', () => {
    expect(route('SS', a, box(40, 300, 84))).toBe('M0 20H-8V84H40')
    expect(route('FF', a, box(40, 80, 84))).toBe('M100 20H108V84H80')
  })

  it('SF: out of the start into the end', () => {
    expect(route('SF', box(200, 300, 20), box(0, 100, 84))).toBe('M200 20H192V84H100')
    expect(route('SF', a, box(0, 150, 84))).toBe('M0 20H-8V36H158V84H150')
  })

  it('reads the type with FS by default and bounds an arrow', () => {
    expect([undefined, '', 'SS', 'FF', 'SF', 'XX'].map(dependencyType)).toEqual(['FS', 'FS', 'SS', 'FF', 'SF', 'FS'])
    expect(arrowBounds(a, box(200, 300, 84))).toEqual({ x0: -8, x1: 308, y0: -12, y1: 116 })
  })
})
