import { render, screen } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import type { Roadmap } from '../api'
import type { EditorState } from '../state/editor.svelte'
import { growth } from '../testing/fixtures'
import StatusField from './StatusField.svelte'

function blockedGrowth(): Roadmap {
  const r = growth()
  r.efforts = r.efforts.map((e) => (e.id === 'spring-ads' ? { ...e, status: 'blocked' } : e))
  r.events = [{ effort: 'spring-ads', date: '2026-09-10', status: 'blocked', blockedBy: 'pricing-redesign' }]
  return r
}

describe('StatusField', () => {
  it('says which effort of which lane blocks it, and since when', () => {
    const r = blockedGrowth()
    render(StatusField, { effort: r.efforts.find((e) => e.id === 'spring-ads')!, roadmap: r, editor: {} as EditorState })
    expect(screen.getByTestId('blocked-by')).toHaveTextContent('Blocked by Pricing page redesign (Content) since Sep 10')
  })

  it('says nothing for an effort that is not blocked', () => {
    const r = blockedGrowth()
    render(StatusField, { effort: r.efforts.find((e) => e.id === 'retarget')!, roadmap: r, editor: {} as EditorState })
    expect(screen.queryByTestId('blocked-by')).toBeNull()
  })
})
