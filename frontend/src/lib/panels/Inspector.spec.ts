import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import type { Roadmap, Snapshot } from '../api'
import { EditActions } from '../state/actions'
import { EditorState, type EditApi } from '../state/editor.svelte'
import { SelectionState } from '../state/selection.svelte'
import { ApiError } from '../api'
import { openGrowth } from '../testing/open-roadmap'
import { growth, snapshot } from '../testing/fixtures'
import { parseDay } from '../timeline/geometry/dates'
import { buildLayout } from '../timeline/layout/layout'
import Inspector from './Inspector.svelte'

async function setup(select: (s: SelectionState) => void) {
  const roadmaps = await openGrowth()
  const same = async (): Promise<Snapshot> => snapshot(structuredClone(roadmaps.roadmap as Roadmap), 'r1')
  const api = {
    UpdateEffort: vi.fn(same),
    UpdateEfforts: vi.fn(same),
    SetEffortStatus: vi.fn(same),
    AddDependency: vi.fn(async () => {
      throw new ApiError('invalid', 'dependencies: dependency cycle: a -> b -> a')
    }),
    UpdateDependency: vi.fn(same),
    DeleteDependency: vi.fn(same),
    AddSurface: vi.fn(async () => snapshot({ ...structuredClone(roadmaps.roadmap as Roadmap), surfaces: [...roadmaps.roadmap!.surfaces, { id: 'homepage', name: 'Homepage' }] }, 'r1')),
    AddMetric: vi.fn(same),
    UpdateLane: vi.fn(same),
    MoveLane: vi.fn(same),
    DeleteLane: vi.fn(same),
    DeleteEffort: vi.fn(same),
  }
  const editor = new EditorState(roadmaps, api as unknown as EditApi)
  const selection = new SelectionState()
  select(selection)
  const layout = buildLayout(roadmaps.roadmap!, roadmaps.snapshot?.analysis, parseDay('2026-08-10')!, roadmaps.snapshot?.layout)
  const actions = new EditActions({ roadmap: () => roadmaps.roadmap, calendar: () => roadmaps.snapshot?.calendar, layout: () => layout, editor, selection, defaultDay: () => layout.now })
  render(Inspector, { roadmap: roadmaps.roadmap!, layout, selection, editor, actions })
  return { api, selection, inspector: screen.getByRole('complementary', { name: 'Inspector' }) }
}

describe('Inspector: an effort', () => {
  it('saves a field when it changes', async () => {
    const { api, inspector } = await setup((s) => s.select('spring-ads', 'paid'))
    const owner = within(inspector).getByRole('textbox', { name: 'Owner' })
    await fireEvent.change(owner, { target: { value: 'Dana' } })
    expect(api.UpdateEffort).toHaveBeenCalledWith('r1', expect.objectContaining({ id: 'spring-ads', owner: 'Dana' }))
    await fireEvent.change(within(inspector).getByLabelText('Days'), { target: { value: '12' } })
    expect(api.UpdateEffort).toHaveBeenLastCalledWith('r1', expect.objectContaining({ durationDays: 12, end: undefined }))
  })

  it('asks which effort blocks it before marking it blocked', async () => {
    const { api, inspector } = await setup((s) => s.select('spring-ads', 'paid'))
    await fireEvent.change(within(inspector).getByRole('combobox', { name: 'Status' }), { target: { value: 'blocked' } })
    expect(api.SetEffortStatus).not.toHaveBeenCalled()
    const picker = within(inspector).getByRole('combobox', { name: 'Blocked by' })
    await fireEvent.focus(picker)
    await fireEvent.input(picker, { target: { value: 'pricing' } })
    await fireEvent.keyDown(picker, { key: 'Enter' })
    await fireEvent.click(within(inspector).getByRole('button', { name: 'Mark blocked' }))
    expect(api.SetEffortStatus).toHaveBeenCalledWith('r1', 'spring-ads', 'blocked', 'pricing-redesign')
  })

  it('sets another status at once', async () => {
    const { api, inspector } = await setup((s) => s.select('spring-ads', 'paid'))
    await fireEvent.change(within(inspector).getByRole('combobox', { name: 'Status' }), { target: { value: 'done' } })
    expect(api.SetEffortStatus).toHaveBeenCalledWith('r1', 'spring-ads', 'done', '')
  })

  it('creates a surface from a new name and touches it', async () => {
    const { api, inspector } = await setup((s) => s.select('spring-ads', 'paid'))
    const add = within(inspector).getByRole('combobox', { name: 'Add a surface' })
    await fireEvent.input(add, { target: { value: 'Homepage' } })
    await fireEvent.click(within(inspector).getByRole('button', { name: 'Create' }))
    await waitFor(() => expect(api.AddSurface).toHaveBeenCalledWith('r1', { id: '', name: 'Homepage' }))
    await waitFor(() =>
      expect(api.UpdateEffort).toHaveBeenCalledWith(
        'r1',
        expect.objectContaining({ touches: [{ surface: 'pricing-page', mode: 'relies' }, { surface: 'homepage', mode: 'changes' }] }),
      ),
    )
  })

  it('lists dependencies with editable type and lag, and says why one is refused', async () => {
    const { api, inspector } = await setup((s) => s.select('assistant', 'ai'))
    expect(within(inspector).getByText('Waits for')).toBeInTheDocument()
    // the other end is named by its title
    expect(within(inspector).getByRole('button', { name: 'Pricing page redesign' })).toBeInTheDocument()
    await fireEvent.change(within(inspector).getByRole('spinbutton', { name: 'Lag in days' }), { target: { value: '5' } })
    expect(api.UpdateDependency).toHaveBeenCalledWith('r1', { from: 'pricing-redesign', to: 'assistant', type: 'FS', lagDays: 5 })
    const picker = within(inspector).getByRole('combobox', { name: 'Effort to connect' })
    await fireEvent.focus(picker)
    await fireEvent.input(picker, { target: { value: 'onboarding' } })
    await fireEvent.keyDown(picker, { key: 'Enter' })
    await fireEvent.click(within(inspector).getByRole('button', { name: 'Add dependency' }))
    expect(await within(inspector).findByRole('alert')).toHaveTextContent('dependency cycle')
  })
})

describe('Inspector: a lane and several efforts', () => {
  it('renames a lane and deletes it, moving its efforts', async () => {
    const { api, inspector } = await setup((s) => s.selectLane('paid'))
    expect(inspector).toHaveTextContent(/\d+ efforts in this lane \(1 not doing\)\./)
    await fireEvent.change(within(inspector).getByRole('textbox', { name: 'Name' }), { target: { value: 'Paid media' } })
    expect(api.UpdateLane).toHaveBeenCalledWith('r1', expect.objectContaining({ id: 'paid', name: 'Paid media' }))
    await fireEvent.click(within(inspector).getByRole('button', { name: 'Move down' }))
    expect(api.MoveLane).toHaveBeenCalledWith('r1', 'paid', 1)
    await fireEvent.click(within(inspector).getByRole('button', { name: 'Delete lane…' }))
    await fireEvent.change(within(inspector).getByRole('combobox'), { target: { value: 'content' } })
    await fireEvent.click(within(inspector).getByRole('button', { name: 'Delete lane' }))
    expect(api.DeleteLane).toHaveBeenCalledWith('r1', 'paid', 'content')
  })

  it('moves several efforts to a lane in one step', async () => {
    const { api, inspector } = await setup((s) => s.selectMany(['spring-ads', 'retarget']))
    expect(within(inspector).getByRole('heading')).toHaveTextContent('2 efforts')
    await fireEvent.change(within(inspector).getByRole('combobox', { name: 'Move all to lane' }), { target: { value: 'content' } })
    expect(api.UpdateEfforts).toHaveBeenCalledWith('r1', [
      expect.objectContaining({ id: 'spring-ads', lane: 'content' }),
      expect.objectContaining({ id: 'retarget', lane: 'content' }),
    ])
  })
})

describe('Inspector: a dependency', () => {
  it('says what the selected dependency means and edits its type and lag', async () => {
    const { api, inspector } = await setup((s) => s.selectDependency('pricing-redesign', 'assistant'))
    expect(within(inspector).getByText('Dependency')).toBeInTheDocument()
    expect(inspector).toHaveTextContent('starts no earlier than')
    expect(inspector).toHaveTextContent('finishes plus 2 days')
    await fireEvent.change(within(inspector).getByLabelText('Type'), { target: { value: 'SS' } })
    expect(api.UpdateDependency).toHaveBeenLastCalledWith('r1', expect.objectContaining({ from: 'pricing-redesign', to: 'assistant', type: 'SS', lagDays: 2 }))
    await fireEvent.change(within(inspector).getByLabelText(/Lag in days/), { target: { value: '-3' } })
    expect(api.UpdateDependency).toHaveBeenLastCalledWith('r1', expect.objectContaining({ lagDays: -3 }))
  })

  it('removes it and selects nothing', async () => {
    const { api, inspector, selection } = await setup((s) => s.selectDependency('pricing-redesign', 'assistant'))
    await fireEvent.click(within(inspector).getByRole('button', { name: 'Remove dependency' }))
    expect(api.DeleteDependency).toHaveBeenCalledWith('r1', 'pricing-redesign', 'assistant')
    await waitFor(() => expect(selection.dependency).toBeNull())
  })

  it('selects either effort from its name', async () => {
    const { inspector, selection } = await setup((s) => s.selectDependency('pricing-redesign', 'assistant'))
    const [, to] = within(inspector).getAllByTitle(/^Select /)
    await fireEvent.click(to)
    expect([...selection.efforts]).toEqual(['assistant'])
  })
})
