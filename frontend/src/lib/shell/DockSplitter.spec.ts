import { fireEvent, render, screen } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import { SplitState } from '../state/split.svelte'
import DockSplitter from './DockSplitter.svelte'

function memory() {
  const map = new Map<string, string>()
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) }
}

describe('DockSplitter', () => {
  it('is a focusable separator whose value is the timeline share; arrow keys move it', async () => {
    const split = new SplitState(memory())
    split.height = 1000
    render(DockSplitter, { split })
    const bar = screen.getByRole('separator', { name: /Share the height/ })
    expect(bar.getAttribute('tabindex')).toBe('0')
    expect(bar.getAttribute('aria-orientation')).toBe('horizontal')
    expect(bar.getAttribute('aria-valuenow')).toBe('55')
    expect(bar.getAttribute('aria-valuemin')).toBe('20')
    expect(bar.getAttribute('aria-valuemax')).toBe('85')
    await fireEvent.keyDown(bar, { key: 'ArrowDown' })
    expect(bar.getAttribute('aria-valuenow')).toBe('60')
    await fireEvent.keyDown(bar, { key: 'Home' })
    expect(bar.getAttribute('aria-valuenow')).toBe('20')
  })
})
