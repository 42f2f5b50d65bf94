import { describe, expect, it } from 'vitest'
import { arrowBounds, CUT, dependencyType, pathOf, piecesOf, route, routePoints, SPLIT_LEG } from './arrows'
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

describe('piecesOf', () => {
  const a = box(0, 100, 20)
  it('draws an arrow with no tall leg as one piece, its whole path', () => {
    for (const to of [box(200, 300, 84), box(150, 300, 20), box(50, 300, 84)]) {
      const points = routePoints('FS', a, to)
      expect(piecesOf(points)).toEqual([pathOf(points)])
    }
    expect(SPLIT_LEG).toBe(64)
    expect(piecesOf(routePoints('FS', a, box(200, 300, 20 + SPLIT_LEG)))).toEqual(['M100 20H108V84H200'])
  })

  it('cuts a tall leg CUT px from each corner, so each corner is in one piece', () => {
    expect(CUT).toBe(8)
    expect(piecesOf(routePoints('FS', a, box(200, 300, 500)))).toEqual(['M100 20H108V28', 'M108 28V492', 'M108 492V500H200'])
    // upwards, and an SF arrow out of the start
    expect(piecesOf(routePoints('SF', box(200, 300, 500), box(0, 100, 20)))).toEqual(['M200 500H192V492', 'M192 492V28', 'M192 28V20H100'])
  })

  it('cuts only the tall legs of a detour, at whole pixels', () => {
    // the detour's first leg down to the row gap is short, its last one tall
    expect(piecesOf(routePoints('FS', a, box(50, 300, 400.5)))).toEqual(['M100 20H108V36H42V44', 'M42 44V393', 'M42 393V400.5H50'])
  })

  it('has each piece start where the one before ends, on a whole pixel, and keep every corner', () => {
    const cases = [routePoints('FS', a, box(200, 300, 900)), routePoints('FS', box(0, 100, 900.5), box(50, 300, 20)), routePoints('SS', a, box(40, 300, 700))]
    const ends = (d: string) => d.slice(1).split(/[ HV]/).map(Number)
    for (const points of cases) {
      const pieces = piecesOf(points)
      expect(pieces.length).toBe(3)
      for (let i = 1; i < pieces.length; i++) {
        const [x, y] = ends(pieces[i])
        expect(Number.isInteger(y)).toBe(true)
        expect(pieces[i - 1].endsWith(`V${y}`)).toBe(true)
        expect(pieces[i - 1]).toContain(`${x}`)
      }
      // the pieces' own legs, without the cuts, are the whole path's
      const legs = pieces.flatMap((d) => d.match(/[HV]-?[\d.]+/g) ?? [])
      const whole = pathOf(points).match(/[HV]-?[\d.]+/g) ?? []
      expect(legs.filter((l) => l.startsWith('H'))).toEqual(whole.filter((l) => l.startsWith('H')))
      expect(pieces[0].startsWith(pathOf(points).split('V')[0])).toBe(true)
      expect(pieces.at(-1)!.endsWith(whole.at(-1)!)).toBe(true)
    }
  })
})
