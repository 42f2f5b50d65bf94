import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import { ApiError, type Roadmap, type Snapshot } from '../api'
import { DockState } from '../state/dock.svelte'
import { EditorState, type EditApi } from '../state/editor.svelte'
import { snapshot } from '../testing/fixtures'
import { openGrowth } from '../testing/open-roadmap'
import Integrations from './Integrations.svelte'

async function setup(integrate: () => Promise<Snapshot>) {
  const roadmaps = await openGrowth()
  const editor = new EditorState(roadmaps, {} as EditApi)
  const dock = new DockState()
  const backend = { Integrate: vi.fn(integrate) }
  render(Integrations, { roadmaps, editor, dock, backend })
  return { roadmaps, dock, backend }
}

describe('Integrations', () => {
  it('lists the opportunity with why, and focuses its pair while pointed at', async () => {
    const { dock } = await setup(async () => snapshot())
    const row = screen.getByText('Both move Signup conversion up', { exact: false }).closest('li')!
    expect(row).toHaveTextContent('Sales assistant')
    expect(row).toHaveTextContent('Onboarding revamp')
    expect(row).toHaveTextContent('0.80')
    await fireEvent.pointerEnter(row)
    expect(dock.focus).toEqual(['assistant', 'onboarding'])
    await fireEvent.pointerLeave(row)
    expect(dock.focus).toEqual([])
  })

  it('integrates with who, why and an optional order, as one call', async () => {
    const { backend, roadmaps } = await setup(async () => snapshot(structuredClone(roadmaps.roadmap as Roadmap), 'r1'))
    await fireEvent.click(screen.getByRole('button', { name: 'Integrate…' }))
    const dialog = screen.getByRole('dialog', { name: 'Integrate two efforts' })
    const go = within(dialog).getByRole('button', { name: 'Integrate' })
    expect(go).toBeDisabled() // nobody decided yet
    await fireEvent.input(within(dialog).getByLabelText('Who decides'), { target: { value: ' Mara ' } })
    await fireEvent.input(within(dialog).getByLabelText(/^Why/), { target: { value: 'One funnel story' } })
    await fireEvent.change(within(dialog).getByLabelText(/^Sequence them/), { target: { value: 'ba' } })
    await fireEvent.click(go)
    expect(backend.Integrate).toHaveBeenCalledWith('r1', {
      efforts: ['assistant', 'onboarding'],
      by: 'Mara',
      rationale: 'One funnel story',
      dependency: { from: 'onboarding', to: 'assistant', type: 'FS', lagDays: 0 },
    })
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it('says why the backend refused, and keeps the dialog open', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    await setup(async () => {
      throw new ApiError('invalid', '"assistant" and "onboarding" are already linked (conflicts)')
    })
    await fireEvent.click(screen.getByRole('button', { name: 'Integrate…' }))
    const dialog = screen.getByRole('dialog', { name: 'Integrate two efforts' })
    await fireEvent.input(within(dialog).getByLabelText('Who decides'), { target: { value: 'Mara' } })
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Integrate' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('already linked')
  })
})
