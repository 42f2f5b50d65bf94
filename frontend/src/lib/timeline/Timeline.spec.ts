import { render, screen, within } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import { growth } from '../testing/fixtures'
import { parseDay } from './dates'
import { buildLayout } from './layout'
import Timeline from './Timeline.svelte'

const layout = buildLayout(growth(), parseDay('2026-08-10')!)

describe('Timeline', () => {
  it('renders one row per lane, named by the lane', () => {
    render(Timeline, { layout })
    const rows = screen.getAllByRole('row')
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual(['Paid', 'Content', 'Product', 'AI tools'])
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent('Paid')
  })

  it('draws each effort in its lane, labelled by its title', () => {
    render(Timeline, { layout })
    const paid = screen.getByRole('row', { name: 'Paid' })
    expect(within(paid).getByRole('img', { name: 'Spring ads' })).toBeInTheDocument()
    expect(within(paid).getByRole('img', { name: 'Retargeting' })).toBeInTheDocument()
    const ai = screen.getByRole('row', { name: 'AI tools' })
    expect(within(ai).getByRole('img', { name: 'Sales assistant' })).toBeInTheDocument()
  })

  it('hides killed efforts from the timeline', () => {
    render(Timeline, { layout })
    expect(screen.queryByRole('img', { name: 'Podcast sponsorships' })).toBeNull()
  })

  it('marks status in classes and the full title in a tooltip', () => {
    render(Timeline, { layout })
    const bar = screen.getByRole('img', { name: 'Retargeting' })
    expect(bar).toHaveClass('blocked')
    expect(bar.querySelector('title')?.textContent).toContain('Jul 20 – Aug 20, 2026')
    expect(screen.getByRole('img', { name: 'Onboarding revamp' })).toHaveClass('paused')
    expect(screen.getByRole('img', { name: 'SEO hub' })).toHaveClass('done')
  })

  it('draws milestones as diamonds', () => {
    render(Timeline, { layout })
    const launch = screen.getByRole('img', { name: 'Public launch' })
    expect(launch).toHaveClass('milestone')
    expect(launch.querySelector('path.diamond')).not.toBeNull()
  })

  it('names the table', () => {
    render(Timeline, { layout, label: 'H2 growth timeline' })
    expect(screen.getByRole('table', { name: 'H2 growth timeline' })).toBeInTheDocument()
  })
})
