import { describe, expect, it } from 'vitest'
import { SelectionState } from './selection.svelte'

describe('SelectionState', () => {
  it('selects one effort and remembers its lane', () => {
    const s = new SelectionState()
    s.select('a', 'paid')
    expect([...s.efforts]).toEqual(['a'])
    expect(s.primary).toBe('a')
    expect(s.lane).toBe('paid')
    s.select('b', 'content')
    expect([...s.efforts]).toEqual(['b'])
  })

  it('extends and toggles with shift', () => {
    const s = new SelectionState()
    s.select('a', 'l')
    s.select('b', 'l', true)
    expect([...s.efforts]).toEqual(['a', 'b'])
    expect(s.primary).toBe('b')
    s.select('b', 'l', true)
    expect([...s.efforts]).toEqual(['a'])
    expect(s.primary).toBe('a')
  })

  it('selects many (a box), replacing or adding', () => {
    const s = new SelectionState()
    s.select('a', 'l')
    s.selectMany(['b', 'c'])
    expect([...s.efforts]).toEqual(['b', 'c'])
    s.selectMany(['a'], true)
    expect(s.size).toBe(3)
  })

  it('selects a lane alone and clears', () => {
    const s = new SelectionState()
    s.select('a', 'l')
    s.selectLane('k')
    expect(s.size).toBe(0)
    expect(s.lane).toBe('k')
    expect(s.laneSelected).toBe(true)
    s.select('a', 'l')
    expect(s.laneSelected).toBe(false)
    s.clear('m')
    expect(s.size).toBe(0)
    expect(s.primary).toBeNull()
    expect(s.lane).toBe('m')
  })

  it('prunes what no longer exists', () => {
    const s = new SelectionState()
    s.selectMany(['a', 'b'])
    s.lane = 'gone'
    s.prune(new Set(['a']), new Set(['l']))
    expect([...s.efforts]).toEqual(['a'])
    expect(s.primary).toBe('a')
    expect(s.lane).toBeNull()
  })
})
