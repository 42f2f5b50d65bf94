import { fireEvent, render, screen } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import { FindState } from '../state/find.svelte'
import FindBar from './FindBar.svelte'

const lanes = [
  { id: 'paid', name: 'Paid', color: '#d9480f' },
  { id: 'content', name: 'Content', color: '#2b8a3e' },
]

describe('FindBar', () => {
  it('types the query, walks with Enter and Shift+Enter, filters lanes, and closes with Esc', async () => {
    const find = new FindState()
    find.show()
    const onstep = vi.fn()
    const { rerender } = render(FindBar, { find, lanes, count: 0, onstep })
    const box = screen.getByRole('searchbox', { name: 'Find by title, owner or surface' })
    await fireEvent.input(box, { target: { value: 'pricing' } })
    expect(find.query).toBe('pricing')
    await rerender({ find, lanes, count: 3, onstep })
    expect(screen.getByRole('status')).toHaveTextContent('3 matches')
    await fireEvent.keyDown(box, { key: 'Enter' })
    await fireEvent.keyDown(box, { key: 'Enter', shiftKey: true })
    expect(onstep.mock.calls).toEqual([[1], [-1]])
    const chip = screen.getByRole('button', { name: 'Content' })
    await fireEvent.click(chip)
    expect([...find.lanes]).toEqual(['content'])
    expect(chip).toHaveAttribute('aria-pressed', 'true')
    await fireEvent.keyDown(box, { key: 'Escape' })
    expect(find.open).toBe(false)
    expect(find.query).toBe('')
    expect(find.lanes.size).toBe(0)
  })

  it('says when nothing matches and disables the arrows', async () => {
    const find = new FindState()
    find.show()
    find.setQuery('zzz')
    render(FindBar, { find, lanes, count: 0, onstep: vi.fn() })
    expect(screen.getByRole('status')).toHaveTextContent('0 matches')
    expect(screen.getByRole('button', { name: 'Next match' })).toBeDisabled()
  })
})
