import { describe, expect, it } from 'vitest'
import { DockState } from './dock.svelte'

describe('DockState', () => {
  it('opens, switches and closes views, dropping the focus each time', () => {
    const d = new DockState()
    expect(d.view).toBeNull()
    d.open('conflicts')
    d.setFocus(['a', 'b'])
    expect(d.focus).toEqual(['a', 'b'])
    d.open('conflicts')
    expect(d.focus).toEqual(['a', 'b'])
    d.open('decisions')
    expect(d.view).toBe('decisions')
    expect(d.focus).toEqual([])
    d.setFocus(['c'])
    d.close()
    expect(d.view).toBeNull()
    expect(d.focus).toEqual([])
  })

  it('toggle opens a closed view and closes an open one', () => {
    const d = new DockState()
    d.toggle('metrics')
    expect(d.view).toBe('metrics')
    d.toggle('debt')
    expect(d.view).toBe('debt')
    d.toggle('debt')
    expect(d.view).toBeNull()
  })

  it('counts the requests to reveal the focus', () => {
    const d = new DockState()
    d.setFocus(['a'])
    expect(d.revealed).toBe(0)
    d.setFocus(['a'], true)
    d.setFocus([], true)
    expect(d.revealed).toBe(1)
  })

  it('selectFocus focuses, reveals and asks the editor to select the efforts', () => {
    const d = new DockState()
    d.selectFocus(['a', 'b'])
    expect(d.focus).toEqual(['a', 'b'])
    expect([d.revealed, d.selected]).toEqual([1, 1])
    d.selectFocus([])
    expect([d.revealed, d.selected]).toEqual([1, 1])
  })
})
