import { describe, expect, it } from 'vitest'
import { growth, growthAnalysis } from '../../testing/fixtures'
import { ownRows } from '../../testing/layout'
import { timeScale } from '../geometry/axis'
import { parseDay } from '../geometry/dates'
import { buildLayout } from '../layout/layout'
import { LaneTiles, TILE_DAYS } from './tiles'

const layout = buildLayout(growth(), growthAnalysis(), parseDay('2026-08-10')!, ownRows(growth()))
const items = layout.lanes.flatMap((l) => l.items)
const scale = timeScale(layout.domain, 1200)

describe('LaneTiles', () => {
  it('puts each item in the tile of its start, tiles in order of their days', () => {
    const tiles = new LaneTiles().of(items, scale)
    expect(tiles.flatMap((t) => t.items).length).toBe(items.length)
    for (const t of tiles) for (const it of t.items) expect(Math.floor(+it.start / (TILE_DAYS * 86_400_000))).toBe(t.key)
    expect(tiles.map((t) => t.key)).toEqual([...tiles.map((t) => t.key)].sort((a, b) => a - b))
  })

  it('keeps every tile when nothing it draws changed', () => {
    const lt = new LaneTiles()
    const first = lt.of(items, scale)
    const again = lt.of([...items], scale)
    expect(again.every((t, i) => t === first[i])).toBe(true)
  })

  it('makes anew only the tile whose items changed', () => {
    const lt = new LaneTiles()
    const first = lt.of(items, scale)
    const changed = first[1].items[0]
    const next = lt.of(
      items.map((it) => (it === changed ? { ...it, title: 'Renamed' } : it)),
      scale,
    )
    expect(next.filter((t, i) => t !== first[i]).map((t) => t.key)).toEqual([first[1].key])
  })

  it('makes every tile anew when the scale moves them', () => {
    const lt = new LaneTiles()
    const first = lt.of(items, scale)
    const zoomed = lt.of(items, timeScale(layout.domain, 2400))
    expect(zoomed.some((t, i) => t === first[i])).toBe(false)
  })
})
