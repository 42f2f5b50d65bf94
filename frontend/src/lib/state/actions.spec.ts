import { describe, expect, it, vi } from 'vitest'
import { growth, growthAnalysis } from '../testing/fixtures'
import { ownRows } from '../testing/layout'
import { formatDay, parseDay } from '../timeline/geometry/dates'
import { buildLayout } from '../timeline/layout/layout'
import { EditActions } from './actions'
import type { CalendarSpec } from './calendar'
import type { EditorState } from './editor.svelte'
import type { ErrorTarget } from './error-target'
import { SelectionState } from './selection.svelte'

function setup(calendar: CalendarSpec | null = null) {
  let roadmap = growth()
  let layout = buildLayout(roadmap, growthAnalysis(), parseDay('2026-08-10')!, ownRows(roadmap))
  const editor = {
    updateEffort: vi.fn(async () => ({})),
    updateEfforts: vi.fn(async (_list: unknown[]) => ({})),
    addEffort: vi.fn(async () => 'new-effort'),
    addDependency: vi.fn(async () => ({})),
    deleteEfforts: vi.fn(async () => true),
    deleteDependency: vi.fn(async () => ({})),
    // the list is made when the edit's turn comes: here, at once
    updateEffortsWhenDue: vi.fn(async (_target: ErrorTarget, make: () => unknown[]) => {
      const list = make()
      return list.length > 0 ? editor.updateEfforts(list) : null
    }),
  }
  const selection = new SelectionState()
  const actions = new EditActions({
    roadmap: () => roadmap,
    calendar: () => calendar,
    layout: () => layout,
    editor: editor as unknown as EditorState,
    selection,
    defaultDay: () => parseDay('2026-08-10')!,
  })
  /** edit replaces the roadmap (and its layout) with `next`, as an edit's snapshot does */
  const edit = (next: (r: typeof roadmap) => typeof roadmap) => {
    roadmap = next(roadmap)
    layout = buildLayout(roadmap, growthAnalysis(), parseDay('2026-08-10')!, ownRows(roadmap))
  }
  return { editor, selection, actions, edit }
}

describe('EditActions', () => {
  it('moves an effort from what the last edit made of it', async () => {
    const { editor, actions, edit } = setup()
    await actions.moveEfforts(['spring-ads'], 7)
    // an edit replaced spring-ads in place (the other efforts are the same objects), then moved it to content
    edit((r) => ({ ...r, efforts: r.efforts.map((e) => (e.id === 'spring-ads' ? { ...e, lane: 'content' } : e)) }))
    await actions.moveEfforts(['spring-ads'], 0, 1)
    expect(editor.updateEfforts).toHaveBeenLastCalledWith([expect.objectContaining({ id: 'spring-ads', lane: 'product' })])
  })

  it('moves several efforts in one step, from where they are drawn', async () => {
    const { editor, actions } = setup()
    await actions.moveEfforts(['spring-ads', 'assistant'], 7)
    expect(editor.updateEfforts).toHaveBeenCalledWith([
      expect.objectContaining({ id: 'spring-ads', start: '2026-07-13', end: '2026-08-07' }),
      // drawn from Jul 23 (scheduled), its duration kept
      expect.objectContaining({ id: 'assistant', start: '2026-07-30', durationDays: 15 }),
    ])
  })

  it('moves into another lane, clamped to the lanes there are', async () => {
    const { editor, actions } = setup()
    await actions.moveEfforts(['spring-ads'], 0, 1)
    expect(editor.updateEfforts).toHaveBeenCalledWith([expect.objectContaining({ id: 'spring-ads', lane: 'content' })])
    await actions.moveEfforts(['assistant'], 0, 5)
    expect(editor.updateEfforts).toHaveBeenCalledTimes(1)
  })

  it('resizes one end', async () => {
    const { editor, actions } = setup()
    await actions.resize('spring-ads', 'end', 3)
    expect(editor.updateEffort).toHaveBeenCalledWith(expect.objectContaining({ start: '2026-07-06', end: '2026-08-03' }))
  })

  it('creates an effort over the dragged days and selects it', async () => {
    const { editor, selection, actions } = setup()
    await expect(actions.create('paid', parseDay('2026-09-10')!, parseDay('2026-09-01')!)).resolves.toBe('new-effort')
    expect(editor.addEffort).toHaveBeenCalledWith(
      expect.objectContaining({ lane: 'paid', title: 'New effort', start: '2026-09-01', end: '2026-09-10' }),
    )
    expect([...selection.efforts]).toEqual(['new-effort'])
  })

  it("draws over the working days of the snapshot's calendar", async () => {
    // the fixture roadmap has no calendar of its own: the snapshot's is the one used
    const { editor, actions } = setup({ workdays: ['mon', 'tue', 'wed', 'thu', 'fri'], holidays: ['2026-09-11'] })
    await actions.create('paid', parseDay('2026-09-05')!, parseDay('2026-09-13')!) // Saturday to Sunday
    expect(editor.addEffort).toHaveBeenCalledWith(expect.objectContaining({ start: '2026-09-07', end: '2026-09-10' }))
  })

  it('drafts a new effort after the selected one, or at the default day', () => {
    const { selection, actions } = setup()
    selection.select('spring-ads', 'paid')
    const after = actions.draftAtSelection()!
    expect([after.lane, formatDay(after.from), formatDay(after.to)]).toEqual(['paid', '2026-08-01', '2026-08-10'])
    selection.selectLane('content')
    const inLane = actions.draftAtSelection()!
    expect([inLane.lane, formatDay(inLane.from)]).toEqual(['content', '2026-08-10'])
  })

  it('connects with FS and no lag, never to itself', async () => {
    const { editor, actions } = setup()
    await actions.connect('spring-ads', 'retarget')
    await actions.connect('x', 'x')
    expect(editor.addDependency).toHaveBeenCalledOnce()
    expect(editor.addDependency).toHaveBeenCalledWith({ from: 'spring-ads', to: 'retarget', type: 'FS', lagDays: 0 })
  })

  it('nudges, changes lane, renames and deletes the selection', async () => {
    const { editor, selection, actions } = setup()
    selection.select('retarget', 'paid')
    await actions.nudge(-1)
    expect(editor.updateEfforts).toHaveBeenLastCalledWith([expect.objectContaining({ start: '2026-07-19', end: '2026-08-19' })])
    await actions.changeLane(1)
    expect(editor.updateEfforts).toHaveBeenLastCalledWith([expect.objectContaining({ lane: 'content' })])
    await actions.rename('retarget', '  Retargeting v2 ')
    expect(editor.updateEffort).toHaveBeenLastCalledWith(expect.objectContaining({ title: 'Retargeting v2' }), 'title')
    await actions.rename('retarget', '   ')
    expect(editor.updateEffort).toHaveBeenCalledTimes(1)
    await expect(actions.deleteSelection()).resolves.toBe(true)
    expect(editor.deleteEfforts).toHaveBeenCalledWith(['retarget'])
    expect(selection.size).toBe(0)
  })

  it('deletes the selected dependency, not efforts', async () => {
    const { editor, selection, actions } = setup()
    selection.selectDependency('spring-ads', 'retarget')
    await expect(actions.deleteSelection()).resolves.toBe(true)
    expect(editor.deleteDependency).toHaveBeenCalledWith('spring-ads', 'retarget')
    expect(editor.deleteEfforts).not.toHaveBeenCalled()
    expect(selection.dependency).toBeNull()
  })

  it('selects all drawn efforts', () => {
    const { selection, actions } = setup()
    actions.selectAll()
    expect(selection.size).toBe(7)
  })
})
