import { fireEvent, render, screen, within } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import { growth, snapshot } from '../testing/fixtures'
import { openGrowth } from '../testing/open-roadmap'
import { DockState } from '../state/dock.svelte'
import { EditorState, type EditApi } from '../state/editor.svelte'
import DecisionLog from './DecisionLog.svelte'

async function setup() {
  const roadmaps = await openGrowth()
  const r = growth()
  r.decisions = [
    { id: 'k', date: '2026-07-02', kind: 'kill', efforts: ['podcast'], title: 'Stop podcasts', by: 'Mara', reason: 'evidence', rationale: 'CAC' },
    { id: 's', date: '2026-07-09', kind: 'sequence', efforts: ['pricing-redesign', 'spring-ads'], title: 'Redesign first', conflict: 'surface:pricing-page:pricing-redesign+spring-ads' },
    { id: 'r', date: '2026-07-10', kind: 'revive', efforts: ['podcast'], title: 'Podcasts back', supersedes: 'k', rationale: 'New host' },
  ]
  roadmaps.apply(snapshot(r, 'r1'))
  const dock = new DockState()
  render(DecisionLog, { roadmaps, editor: new EditorState(roadmaps, {} as EditApi), dock })
  return { dock }
}

const titles = () => [...document.querySelectorAll('[data-decision] .title')].map((el) => el.textContent)

describe('DecisionLog', () => {
  it('lists records newest first and filters them by kind and lane', async () => {
    await setup()
    expect(titles()).toEqual(['Podcasts back', 'Redesign first', 'Stop podcasts'])
    await fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'kill' } })
    expect(titles()).toEqual(['Stop podcasts'])
    await fireEvent.change(screen.getByLabelText('Kind'), { target: { value: '' } })
    await fireEvent.change(screen.getByLabelText('Lane'), { target: { value: 'content' } })
    expect(titles()).toEqual(['Redesign first'])
  })

  it('opens a record: its fields, what it supersedes, and its efforts highlighted', async () => {
    const { dock } = await setup()
    const kill = document.querySelector('[data-decision="k"]') as HTMLElement
    await fireEvent.click(within(kill).getByRole('button'))
    expect(kill).toHaveTextContent('Evidence')
    expect(kill).toHaveTextContent('Superseded by')
    expect(dock.focus).toEqual(['podcast'])
    expect(dock.revealed).toBe(1)
    await fireEvent.click(screen.getByRole('button', { name: 'Record a decision…' }))
    expect(await screen.findByRole('dialog', { name: 'Record a decision' })).toBeInTheDocument()
  })
})
