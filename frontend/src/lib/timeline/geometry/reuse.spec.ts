import { describe, expect, it } from 'vitest'
import { growth, growthAnalysis } from '../../testing/fixtures'
import { ownRows } from '../../testing/layout'
import { parseDay } from './dates'
import { buildLayout, type TimelineItem } from '../layout/layout'
import { KeepDrawn, sameItem } from './reuse'

const today = parseDay('2026-08-10')!
const before = () => buildLayout(growth(), growthAnalysis(), today, ownRows(growth()))
const items = (l: ReturnType<typeof before>) => l.lanes.flatMap((lane) => lane.items)

describe('KeepDrawn', () => {
  it('gives back the objects drawn before when nothing changed', () => {
    const kept = new KeepDrawn()
    const first = kept.keep(items(before()))
    const again = kept.keep(items(before()))
    expect(again.every((it, i) => it === first[i])).toBe(true)
  })

  it('gives a new object only to what an edit changed', () => {
    const kept = new KeepDrawn()
    const first = new Map(kept.keep(items(before())).map((it) => [it.id, it]))
    const roadmap = growth()
    roadmap.efforts.find((e) => e.id === 'retarget')!.title = 'Retargeting v2'
    const next = kept.keep(items(buildLayout(roadmap, growthAnalysis(), today, ownRows(roadmap))))
    expect(next.filter((it) => it !== first.get(it.id)).map((it) => it.id)).toEqual(['retarget'])
  })

  it('forgets what is no longer drawn', () => {
    const kept = new KeepDrawn()
    const all = items(before())
    const first = kept.keep(all)
    kept.keep(all.slice(1))
    const back = kept.keep(items(before()))
    expect(back[0]).not.toBe(first[0])
    expect(back[1]).toBe(first[1])
  })
})

describe('sameItem notices a change in any field the view reads', () => {
  const base = items(before()).find((it) => it.marks.conflicts.length > 0 && it.ghost === null)!
  const day = parseDay('2030-01-01')!
  const changes: Record<string, (it: TimelineItem) => void> = {
    id: (it) => (it.id = 'other'),
    title: (it) => (it.title = 'Other'),
    status: (it) => (it.status = 'done'),
    owner: (it) => (it.owner = 'Someone else'),
    lane: (it) => (it.lane = 'other'),
    row: (it) => (it.row += 1),
    start: (it) => (it.start = day),
    end: (it) => (it.end = day),
    milestone: (it) => (it.milestone = !it.milestone),
    estimated: (it) => (it.estimated = !it.estimated),
    next: (it) => (it.next = day),
    ghost: (it) => (it.ghost = { start: day, end: day, milestone: false, estimated: false }),
    marks: (it) => (it.marks = { ...it.marks, critical: !it.marks.critical }),
  }

  it('covers every field of an item', () => {
    expect(Object.keys(changes).sort()).toEqual(Object.keys(base).sort())
  })

  it.each(Object.keys(changes))('%s', (field) => {
    const copy = structuredClone(base)
    expect(sameItem(base, copy)).toBe(true)
    changes[field](copy)
    expect(sameItem(base, copy)).toBe(false)
  })

  it.each([
    ['float', (m: TimelineItem['marks']) => (m.float += 1)],
    ['slipDays', (m: TimelineItem['marks']) => (m.slipDays += 1)],
    ['openConflicts', (m: TimelineItem['marks']) => (m.openConflicts += 1)],
    ['a conflict accepted', (m: TimelineItem['marks']) => (m.conflicts[0].accepted = !m.conflicts[0].accepted)],
    ['a conflict window', (m: TimelineItem['marks']) => (m.conflicts[0].to = day)],
    ['an opportunity', (m: TimelineItem['marks']) => m.opportunities.push({ other: 'x', otherTitle: 'X', via: ['a'], score: 0.5 })],
  ])('marks: %s', (_, change) => {
    const copy = structuredClone(base)
    change(copy.marks)
    expect(sameItem(base, copy)).toBe(false)
  })
})
