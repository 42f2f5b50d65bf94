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

describe('NotDoing, with the roadmap', () => {
  it('opens a killed effort’s decision and the conflicts it removed, with Revive', async () => {
    const { fireEvent } = await import('@testing-library/svelte')
    const { vi } = await import('vitest')
    const onrevive = vi.fn()
    const roadmap = {
      efforts: [{ id: 'page', lane: 'content', title: 'Pricing redesign' }],
      surfaces: [{ id: 'pricing-page', name: 'Pricing page' }],
      metrics: [],
      decisions: [
        {
          id: 'k', date: '2027-02-01', kind: 'kill', efforts: ['p'], title: 'Stop podcasts', by: 'Mara', rationale: 'CAC too high',
          reason: 'evidence', trigger: 'CAC < 40', removed: ['surface:pricing-page:p+page'],
        },
      ],
    } as unknown as import('../../api').Roadmap
    render(NotDoing, { items: [{ id: 'p', title: 'Podcast sponsorships', lane: 'Paid', color: '' }], roadmap, onrevive })
    await fireEvent.click(screen.getByRole('button', { name: /Podcast sponsorships/ }))
    const why = screen.getByRole('region', { name: 'Why not Podcast sponsorships' })
    expect(why).toHaveTextContent('Stop podcasts · Feb 1, 2027 · Mara · Evidence')
    expect(why).toHaveTextContent('Revisit when: CAC < 40')
    expect(why).toHaveTextContent('Shared surface with Pricing redesign on Pricing page')
    await fireEvent.click(screen.getByRole('button', { name: 'Revive…' }))
    expect(onrevive).toHaveBeenCalledWith('p')
  })
})
