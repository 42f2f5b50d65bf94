import { describe, expect, it } from 'vitest'
import type { BoardRow, Conflict } from '../api'
import { flatten, groupRows, HEADING_HEIGHT, kindLabel, offsets, ROW_HEIGHT, shownRows, visible, type ShownRow } from './board-rows'

const collision: Conflict = { kind: 'surface', severity: 'collision', efforts: ['a', 'b'], lanes: ['x', 'y'], crossLane: true, days: 3, accepted: false }

function row(key: string, status: string): ShownRow {
  return { key, status, index: -1, conflict: collision }
}

describe('board rows', () => {
  const rows = [row('1', 'open'), row('2', 'new'), row('3', 'open'), row('4', 'resolved')]

  it('groups by status in board order and keeps the order within a group', () => {
    const groups = groupRows(rows)
    expect(groups.map((g) => g.status)).toEqual(['new', 'open', 'resolved'])
    expect(groups[1].rows.map((r) => r.key)).toEqual(['1', '3'])
  })

  it('flattens headings and rows, leaving out collapsed groups', () => {
    const lines = flatten(groupRows(rows), new Set(['open']))
    expect(lines.map((l) => l.key)).toEqual(['h:new', '2', 'h:open', 'h:resolved', '4'])
    expect(lines[2]).toMatchObject({ kind: 'heading', count: 2, collapsed: true })
  })

  it('finds the lines in a window by their offsets', () => {
    const lines = flatten(groupRows(rows), new Set())
    const tops = offsets(lines)
    expect(tops[tops.length - 1]).toBe(3 * HEADING_HEIGHT + 4 * ROW_HEIGHT)
    expect(visible(tops, 0, 10, 0)).toEqual([0, 1])
    expect(visible(tops, HEADING_HEIGHT + 1, 1, 0)).toEqual([1, 2])
    expect(visible(tops, 0, 10_000, 0)).toEqual([0, lines.length])
    expect(visible(tops, 100_000, 100, 0)).toEqual([lines.length, lines.length])
  })

  it('gives live rows the analysis’ conflict at their index, and refuses a board of another version', () => {
    const live: BoardRow = { key: 'surface:s:a+b', status: 'open', index: 1 }
    const gone: BoardRow = { key: 'declared::c+d', status: 'resolved', index: -1, conflict: { ...collision, kind: 'declared', efforts: ['c', 'd'] } }
    const other: Conflict = { ...collision, efforts: ['x', 'y'] }
    const shown = shownRows([live, gone], [other, collision])!
    expect(shown[0].conflict).toBe(collision)
    expect(shown[1].conflict.efforts).toEqual(['c', 'd'])
    expect(shownRows([live], [collision, other])).toBeNull()
    expect(shownRows([live], [collision])).toBeNull()
  })

  it('names conflict kinds', () => {
    expect(kindLabel(row('1', 'open').conflict)).toBe('Collision')
    expect(kindLabel({ ...row('1', 'open').conflict, kind: 'metric', severity: undefined })).toBe('Opposite moves')
  })
})
