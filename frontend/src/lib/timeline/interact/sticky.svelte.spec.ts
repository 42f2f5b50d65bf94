import { describe, expect, it } from 'vitest'
import { StickyShifts } from './sticky.svelte'

describe('StickyShifts', () => {
  it('shifts the labels of bars that start left of the view, by how much they do', () => {
    const sticky = new StickyShifts()
    const bars = [
      { id: 'a', x0: 0, x1: 300 },
      { id: 'b', x0: 150, x1: 400 },
      { id: 'c', x0: 0, x1: 90 },
    ]
    sticky.update(bars, 100)
    expect(['a', 'b', 'c'].map((id) => sticky.of(id))).toEqual([100, 0, 90])
    sticky.update(bars, 120)
    expect(['a', 'b', 'c'].map((id) => sticky.of(id))).toEqual([120, 0, 90])
    sticky.update(bars, 0)
    expect(['a', 'b', 'c'].map((id) => sticky.of(id))).toEqual([0, 0, 0])
  })
})
