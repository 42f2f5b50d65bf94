import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { HoverIntent } from './hover-intent.svelte'

function itemElement(id: string): Element {
  const g = document.createElement('div')
  g.setAttribute('data-id', id)
  const inner = document.createElement('span')
  g.append(inner)
  return inner
}

describe('HoverIntent', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('names the item once the pointer has rested on it', () => {
    const h = new HoverIntent(450)
    h.over(itemElement('a'))
    vi.advanceTimersByTime(400)
    expect(h.id).toBeNull()
    h.over(itemElement('a')) // moving within the same item does not start over
    vi.advanceTimersByTime(60)
    expect(h.id).toBe('a')
  })

  it('starts over on another item, and clears off items', () => {
    const h = new HoverIntent(450)
    h.over(itemElement('a'))
    vi.advanceTimersByTime(500)
    h.over(itemElement('b'))
    expect(h.id).toBeNull()
    vi.advanceTimersByTime(500)
    expect(h.id).toBe('b')
    h.over(document.body)
    expect(h.id).toBeNull()
    vi.advanceTimersByTime(1000)
    expect(h.id).toBeNull()
  })

  it('clear drops an item about to be shown', () => {
    const h = new HoverIntent(450)
    h.over(itemElement('a'))
    h.clear()
    vi.advanceTimersByTime(1000)
    expect(h.id).toBeNull()
  })
})
