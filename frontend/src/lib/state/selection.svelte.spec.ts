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

  it('selects one dependency, which anything else selected replaces', () => {
    const s = new SelectionState()
    s.select('a', 'l')
    s.selectDependency('a', 'b')
    expect(s.size).toBe(0)
    expect(s.dependency).toEqual({ from: 'a', to: 'b' })
    expect(s.isDependency('a', 'b')).toBe(true)
    expect(s.isDependency('b', 'a')).toBe(false)
    for (const other of [() => s.select('c', 'l'), () => s.selectMany(['c']), () => s.selectLane('l'), () => s.clear()]) {
      s.selectDependency('a', 'b')
      other()
      expect(s.dependency).toBeNull()
    }
  })

  it('forgets a selected dependency that is gone', () => {
    const s = new SelectionState()
    s.selectDependency('a', 'b')
    s.prune(new Set(['a', 'b']), new Set(), new Set(['a>b']))
    expect(s.dependency).not.toBeNull()
    s.prune(new Set(['a', 'b']), new Set(), new Set())
    expect(s.dependency).toBeNull()
  })
})
