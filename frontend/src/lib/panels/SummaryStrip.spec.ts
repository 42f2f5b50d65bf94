import { fireEvent, render, screen, within } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import { growthAnalysis } from '../testing/fixtures'
import SummaryStrip from './SummaryStrip.svelte'
import { summarize } from './summary'

const summary = summarize(growthAnalysis())!

describe('SummaryStrip', () => {
  it('shows finish, critical count, conflicts, opportunities and blocked days', () => {
    render(SummaryStrip, { summary, workingDays: true })
    const strip = screen.getByRole('list', { name: 'Analysis summary' })
    const text = strip.textContent?.replace(/\s+/g, ' ')
    expect(text).toContain('Oct 16, 2026 finish · 107 working days')
    expect(text).toContain('2 on the critical path')
    expect(text).toContain('2 open conflicts · 2 across lanes')
    expect(text).toContain('1 opportunity to integrate')
    expect(text).toContain('0 working days blocked by another lane')
    expect(within(strip).getAllByRole('listitem')).toHaveLength(5)
  })

  it('toggles the critical-path-only view', async () => {
    const ontogglecritical = vi.fn()
    const { rerender } = render(SummaryStrip, { summary, ontogglecritical })
    const button = screen.getByRole('button', { name: /critical path/ })
    expect(button).toHaveAttribute('aria-pressed', 'false')
    await fireEvent.click(button)
    expect(ontogglecritical).toHaveBeenCalledOnce()
    await rerender({ summary, criticalOnly: true, ontogglecritical })
    expect(button).toHaveAttribute('aria-pressed', 'true')
  })

  it('opens the integrations view from the opportunities and the debt view from the blocked figure', async () => {
    const onopenview = vi.fn()
    render(SummaryStrip, { summary: { ...summary, crossLaneBlockedDays: 3, crossLaneBlockedEvents: 1 }, onopenview })
    await fireEvent.click(screen.getByRole('button', { name: /opportunity to integrate/ }))
    const blocked = screen.getByRole('button', { name: /blocked by another lane/ })
    expect(blocked).toHaveTextContent('3 days blocked by another lane · 1 wait')
    await fireEvent.click(blocked)
    expect(onopenview.mock.calls).toEqual([['integrations'], ['debt']])
  })
})
