import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import type { Effort, Roadmap, Snapshot } from '../api'
import type { EditApi } from '../state/editor.svelte'
import { ViewState } from '../state/view.svelte'
import { openGrowth } from '../testing/open-roadmap'
import { growth, snapshot } from '../testing/fixtures'
import { ownRows } from '../testing/layout'
import { parseDay } from '../timeline/geometry/dates'
import { buildLayout } from '../timeline/layout/layout'
import RoadmapEditor from './RoadmapEditor.svelte'

function changed(r: Roadmap, change: (r: Roadmap) => void): Snapshot {
  const copy = structuredClone(r)
  change(copy)
  return { ...snapshot(copy, 'r1'), canUndo: true }
}

async function setup() {
  const roadmaps = await openGrowth()
  const r = () => roadmaps.roadmap!
  const api = {
    AddEffort: vi.fn(async (_id: string, e: Effort) => changed(r(), (x) => x.efforts.push({ ...e, id: 'made' }))),
    UpdateEffort: vi.fn(async (_id: string, e: Effort) => changed(r(), (x) => (x.efforts = x.efforts.map((y) => (y.id === e.id ? e : y))))),
    UpdateEfforts: vi.fn(async (_id: string, list: Effort[]) =>
      changed(r(), (x) => (x.efforts = x.efforts.map((y) => list.find((e) => e.id === y.id) ?? y))),
    ),
    DeleteEffort: vi.fn(async (_id: string, id: string) => changed(r(), (x) => (x.efforts = x.efforts.filter((y) => y.id !== id)))),
    DeleteEfforts: vi.fn(async (_id: string, ids: string[]) => changed(r(), (x) => (x.efforts = x.efforts.filter((y) => !ids.includes(y.id))))),
    SetEffortStatus: vi.fn(async () => changed(r(), () => {})),
    AddDependency: vi.fn(async () => changed(r(), () => {})),
    UpdateDependency: vi.fn(async () => changed(r(), () => {})),
    DeleteDependency: vi.fn(async () => changed(r(), () => {})),
    AddLane: vi.fn(async () => changed(r(), (x) => x.lanes.push({ id: 'lane-5', name: 'Lane 5' }))),
    UpdateLane: vi.fn(async () => changed(r(), () => {})),
    MoveLane: vi.fn(async () => changed(r(), () => {})),
    DeleteLane: vi.fn(async () => changed(r(), () => {})),
    AddSurface: vi.fn(async () => changed(r(), () => {})),
    AddMetric: vi.fn(async () => changed(r(), () => {})),
    Undo: vi.fn(async () => snapshot(growth(), 'r1')),
    Redo: vi.fn(async () => changed(r(), () => {})),
  }
  const view = new ViewState()
  const props = () => ({
    roadmaps,
    layout: buildLayout(r(), roadmaps.snapshot?.analysis, parseDay('2026-08-10')!, ownRows(r())),
    name: 'H2 growth',
    view,
    api: api as unknown as EditApi,
  })
  const utils = render(RoadmapEditor, props())
  return { roadmaps, api, view, utils, rerender: () => utils.rerender(props()) }
}

/** click presses and releases the pointer on an element, as the timeline reads it. */
async function click(el: Element, shiftKey = false) {
  await fireEvent.pointerDown(el, { button: 0, clientX: 300, clientY: 20, shiftKey, pointerId: 1 })
  await fireEvent.pointerUp(el, { button: 0, clientX: 300, clientY: 20, pointerId: 1 })
}

describe('RoadmapEditor', () => {
  it('selects an effort by clicking it and shows it in the inspector', async () => {
    await setup()
    await click(screen.getByRole('option', { name: 'Spring ads' }).querySelector('rect')!)
    expect(screen.getByRole('option', { name: 'Spring ads' })).toHaveAttribute('aria-selected', 'true')
    const inspector = screen.getByRole('complementary', { name: 'Inspector' })
    expect(within(inspector).getByRole('textbox', { name: 'Title' })).toHaveValue('Spring ads')
  })

  it('deletes the selection with Delete and undoes with Ctrl+Z', async () => {
    const { api } = await setup()
    await click(screen.getByRole('option', { name: 'Retargeting' }).querySelector('rect')!)
    await fireEvent.keyDown(window, { key: 'Delete' })
    await waitFor(() => expect(api.DeleteEffort).toHaveBeenCalledWith('r1', 'retarget'))
    await fireEvent.keyDown(window, { key: 'z', ctrlKey: true })
    await waitFor(() => expect(api.Undo).toHaveBeenCalledWith('r1'))
    await fireEvent.keyDown(window, { key: 'Z', ctrlKey: true, shiftKey: true })
    await waitFor(() => expect(api.Redo).toHaveBeenCalledWith('r1'))
  })

  it('says it is read-only while the disk is full, until an edit is saved', async () => {
    const { api } = await setup()
    const full = 'the disk is full: the last change was not saved; Tandem is read-only until the disk holding /d has 10.4 MB free (it has 0.0 MB)'
    api.Undo.mockRejectedValueOnce(JSON.stringify({ code: 'disk_full', message: full }))
    await fireEvent.keyDown(window, { key: 'z', ctrlKey: true })
    const banner = await screen.findByRole('alert')
    expect(banner).toHaveTextContent(`Read-only ${full}`)
    expect(within(banner).queryByRole('button', { name: 'Dismiss' })).toBeNull()
    await fireEvent.keyDown(window, { key: 'z', ctrlKey: true })
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull())
  })

  it('deletes a multi-selection in one step (one undo brings it back)', async () => {
    const { api, roadmaps } = await setup()
    const ids = () => roadmaps.roadmap!.efforts.map((e) => e.id)
    await click(screen.getByRole('option', { name: 'Spring ads' }).querySelector('rect')!)
    await click(screen.getByRole('option', { name: 'Retargeting' }).querySelector('rect')!, true)
    await fireEvent.keyDown(window, { key: 'Delete' })
    await waitFor(() => expect(api.DeleteEfforts).toHaveBeenCalledExactlyOnceWith('r1', ['spring-ads', 'retarget']))
    expect(api.DeleteEffort).not.toHaveBeenCalled()
    await waitFor(() => expect(ids()).not.toContain('retarget'))
    expect(ids()).not.toContain('spring-ads')
    await fireEvent.keyDown(window, { key: 'z', ctrlKey: true })
    await waitFor(() => expect(api.Undo).toHaveBeenCalledOnce())
    await waitFor(() => expect(ids()).toEqual(expect.arrayContaining(['spring-ads', 'retarget'])))
  })

  it('nudges the selection with the arrow keys', async () => {
    const { api } = await setup()
    await click(screen.getByRole('option', { name: 'Spring ads' }).querySelector('rect')!)
    await fireEvent.keyDown(window, { key: 'ArrowRight', shiftKey: true })
    await waitFor(() =>
      expect(api.UpdateEffort).toHaveBeenCalledWith('r1', expect.objectContaining({ id: 'spring-ads', start: '2026-07-13', end: '2026-08-07' })),
    )
  })

  it('makes a new effort with N, named in place', async () => {
    const { api } = await setup()
    await click(screen.getByRole('option', { name: 'Spring ads' }).querySelector('rect')!)
    await fireEvent.keyDown(window, { key: 'n' })
    const title = await screen.findByRole('textbox', { name: 'Effort title' })
    await fireEvent.input(title, { target: { value: 'Summer ads' } })
    await fireEvent.keyDown(title, { key: 'Enter' })
    await waitFor(() =>
      expect(api.AddEffort).toHaveBeenCalledWith('r1', expect.objectContaining({ lane: 'paid', title: 'Summer ads', start: '2026-08-01' })),
    )
  })

  it('opens the shortcut sheet with ?', async () => {
    const { view } = await setup()
    await fireEvent.keyDown(window, { key: '?' })
    expect(view.shortcutsOpen).toBe(true)
    expect(screen.getByRole('heading', { name: 'Keyboard shortcuts', hidden: true })).toBeInTheDocument()
  })

  it('ignores keys typed in a field', async () => {
    const { api } = await setup()
    await click(screen.getByRole('option', { name: 'Spring ads' }).querySelector('rect')!)
    const title = within(screen.getByRole('complementary', { name: 'Inspector' })).getByRole('textbox', { name: 'Title' })
    await fireEvent.keyDown(title, { key: 'Delete' })
    expect(api.DeleteEffort).not.toHaveBeenCalled()
  })

  it('adds a lane from the toolbar and selects it', async () => {
    const { api } = await setup()
    await fireEvent.click(screen.getByRole('button', { name: 'Add lane' }))
    await waitFor(() => expect(api.AddLane).toHaveBeenCalledWith('r1', { id: '', name: 'Lane 5' }))
  })
})
