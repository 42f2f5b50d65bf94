import { describe, expect, it } from 'vitest'
import { LaneIndex } from './lane-index'
import type { TimelineItem } from '../layout/layout'
import { NO_MARKS } from '../layout/marks'

const DAY = 86_400_000

function item(id: string, row: number, startDay: number, endDay: number): TimelineItem {
  return {
    id,
    title: id,
    status: 'planned',
    owner: '',
    lane: 'l',
    marks: NO_MARKS,
    ghost: null,
    row,
    next: null,
    start: new Date(startDay * DAY),
    end: new Date(endDay * DAY),
    milestone: false,
    estimated: false,
  }
}

const ids = (xs: TimelineItem[]) => xs.map((x) => x.id)

describe('LaneIndex', () => {
  const items = [item('a', 0, 0, 10), item('b', 0, 12, 20), item('c', 0, 30, 31), item('d', 1, 5, 40), item('e', 2, 18, 19)]
  const index = new LaneIndex(items, 3)

  it.each([
    ['everything', -Infinity, Infinity, 0, 2, ['a', 'b', 'c', 'd', 'e']],
    ['a window meeting ends and starts inclusively', 10 * DAY, 12 * DAY, 0, 2, ['a', 'b', 'd']],
    ['inside one long item', 20.5 * DAY, 29 * DAY, 0, 2, ['d']],
    ['only the rows asked for', -Infinity, Infinity, 1, 1, ['d']],
    ['rows clamped to the lane', -Infinity, Infinity, -5, 99, ['a', 'b', 'c', 'd', 'e']],
    ['nothing after the last item', 41 * DAY, 50 * DAY, 0, 2, []],
    ['a gap between two items of a row', 10.5 * DAY, 11.5 * DAY, 0, 0, []],
  ])('%s', (_, from, to, r0, r1, want) => {
    expect(ids(index.query(from, to, r0, r1))).toEqual(want)
  })

  it('agrees with a plain filter on random lanes, whatever their order', () => {
    let seed = 7
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    for (let trial = 0; trial < 50; trial++) {
      const lane: TimelineItem[] = []
      for (let i = 0; i < 60; i++) {
        const s = Math.floor(rnd() * 200)
        lane.push(item(`i${i}`, Math.floor(rnd() * 6), s, s + 1 + Math.floor(rnd() * 30)))
      }
      const idx = new LaneIndex(lane, 6)
      const from = Math.floor(rnd() * 220) * DAY
      const to = from + Math.floor(rnd() * 60) * DAY
      const want = lane.filter((it) => +it.end >= from && +it.start <= to && it.row >= 1 && it.row <= 4)
      expect(new Set(ids(idx.query(from, to, 1, 4)))).toEqual(new Set(ids(want)))
    }
  })

  it('an empty lane has no items', () => {
    expect(new LaneIndex([], 1).query(-Infinity, Infinity)).toEqual([])
  })
})
