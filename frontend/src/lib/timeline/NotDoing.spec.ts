import { render, screen } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import NotDoing from './NotDoing.svelte'

describe('NotDoing', () => {
  it('lists killed efforts with their lane', () => {
    render(NotDoing, { items: [{ id: 'p', title: 'Podcast sponsorships', lane: 'Paid', color: '#d9480f' }] })
    const section = screen.getByRole('region', { name: /Not doing/ })
    expect(section).toHaveTextContent('Podcast sponsorships')
    expect(section).toHaveTextContent('Paid')
  })

  it('renders nothing when nothing was killed', () => {
    const { container } = render(NotDoing, { items: [] })
    expect(container.querySelector('section')).toBeNull()
  })
})

describe('NotDoing, many items', () => {
  it('shows the first few and expands to all', async () => {
    const { fireEvent } = await import('@testing-library/svelte')
    const items = Array.from({ length: 12 }, (_, i) => ({ id: `k${i}`, title: `Killed ${i}`, lane: 'Paid', color: '' }))
    render(NotDoing, { items, limit: 5 })
    expect(screen.getAllByRole('listitem')).toHaveLength(5)
    await fireEvent.click(screen.getByRole('button', { name: 'Show all 12' }))
    expect(screen.getAllByRole('listitem')).toHaveLength(12)
    expect(screen.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true')
  })
})
