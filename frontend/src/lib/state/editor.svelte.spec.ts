import { describe, expect, it, vi } from 'vitest'
import { ApiError, type Effort, type Roadmap, type Snapshot } from '../api'
import { effort, growth, snapshot } from '../testing/fixtures'
import { openGrowth } from '../testing/open-roadmap'
import { EditorState, type EditApi } from './editor.svelte'
import { at } from './error-target'

function changed(r: Roadmap, change: (r: Roadmap) => void): Snapshot {
  const copy = structuredClone(r)
  change(copy)
  return { ...snapshot(copy, 'r1'), canUndo: true }
}

async function setup(overrides: Partial<EditApi> = {}) {
  const roadmaps = await openGrowth()
  const api = {
    AddEffort: vi.fn(async (_id: string, e) =>
      changed(roadmaps.roadmap!, (r) => r.efforts.push({ ...e, id: 'new-effort' })),
    ),
    UpdateEffort: vi.fn(async (_id: string, e) =>
      changed(roadmaps.roadmap!, (r) => (r.efforts = r.efforts.map((x) => (x.id === e.id ? e : x)))),
    ),
    DeleteEffort: vi.fn(async (_id: string, effortId: string) =>
      changed(roadmaps.roadmap!, (r) => (r.efforts = r.efforts.filter((x) => x.id !== effortId))),
    ),
    DeleteEfforts: vi.fn(async (_id: string, ids: string[]) =>
      changed(roadmaps.roadmap!, (r) => (r.efforts = r.efforts.filter((x) => !ids.includes(x.id)))),
    ),
    AddDependency: vi.fn(async (_id: string, d: { from: string; to: string }) => {
      throw new ApiError('invalid', `dependency cycle: ${d.from} -> ${d.to} -> ${d.from}`, { cycle: [d.from, d.to] })
    }),
    Undo: vi.fn(async () => snapshot(growth(), 'r1')),
    ...overrides,
  } as unknown as EditApi
  return { roadmaps, api, editor: new EditorState(roadmaps, api) }
}

/** setupSlow is setup whose UpdateEffort saves only once `release` is called: edits queue behind it. */
async function setupSlow() {
  let release: () => void = () => {}
  const slow = new Promise<void>((r) => (release = r))
  const s = await setup({
    UpdateEffort: vi.fn(async (_id: string, e) => {
      await slow
      return changed(s.roadmaps.roadmap!, (r) => (r.efforts = r.efforts.map((x) => (x.id === e.id ? e : x))))
    }),
  } as Partial<EditApi>)
  return { ...s, release }
}

describe('EditorState', () => {
  it('works out a queued edit when its turn comes, so quick edits add up (none lost)', async () => {
    const { roadmaps, api, editor, release } = await setupSlow()
    const renamed = (suffix: string) => () => {
      const ads = roadmaps.roadmap!.efforts[0]
      return [{ ...ads, title: ads.title + suffix }]
    }
    // Three edits while the first is still saving: each sees the one before.
    const done = [1, 2, 3].map((n) => editor.updateEffortsWhenDue(at.effort('spring-ads'), renamed(` ${n}`)))
    expect(editor.pending).toBe(3)
    release()
    await Promise.all(done)
    expect(api.UpdateEffort).toHaveBeenCalledTimes(3)
    expect(roadmaps.roadmap!.efforts[0].title).toBe('Spring ads 1 2 3')
    await expect(editor.updateEffortsWhenDue(at.effort('spring-ads'), () => [])).resolves.toBeNull()
    expect(api.UpdateEffort).toHaveBeenCalledTimes(3)
  })

  it('changes only what a panel changed, on the effort as a queued move left it (a late view undoes nothing)', async () => {
    const { roadmaps, api, editor, release } = await setupSlow()
    const shown = structuredClone(roadmaps.roadmap!.efforts[0]) // what the inspector shows, before the move
    const moved = editor.updateEffortsWhenDue(at.effort(shown.id), () => {
      const live = roadmaps.roadmap!.efforts[0]
      return [{ ...live, start: '2026-09-01' }]
    })
    const renamed = editor.editEffort(shown, { ...shown, title: 'Summer ads' }, 'title')
    const same = editor.editEffort(shown, { ...shown }, 'title')
    release()
    await Promise.all([moved, renamed])
    await expect(same).resolves.toBeNull()
    expect(api.UpdateEffort).toHaveBeenCalledTimes(2)
    expect(roadmaps.roadmap!.efforts[0]).toMatchObject({ start: '2026-09-01', title: 'Summer ads' })
    await expect(editor.editEffort({ ...shown, id: 'gone' }, { ...shown, id: 'gone', title: 'x' })).resolves.toBeNull()
    expect(api.UpdateEffort).toHaveBeenCalledTimes(2)
  })

  it('changes several efforts as a panel changed them, on the efforts as a queued move left them', async () => {
    const { roadmaps, api, editor, release } = await setupSlow()
    api.UpdateEfforts = vi.fn(async (_id: string, list: Effort[]) =>
      changed(roadmaps.roadmap!, (r) => (r.efforts = r.efforts.map((x) => list.find((e) => e.id === x.id) ?? x))),
    )
    const shown = structuredClone(roadmaps.roadmap!.efforts.slice(0, 2)) // as a multi-selection shows them, before the move
    const moved = editor.updateEffortsWhenDue(at.effort(shown[0].id), () => [{ ...roadmaps.roadmap!.efforts[0], start: '2026-09-01' }])
    const relaned = editor.editEfforts(
      shown,
      shown.map((e) => ({ ...e, lane: 'content' })),
    )
    release()
    await Promise.all([moved, relaned])
    expect(api.UpdateEfforts).toHaveBeenCalledOnce()
    expect(roadmaps.roadmap!.efforts[0]).toMatchObject({ start: '2026-09-01', lane: 'content' })
    expect(roadmaps.roadmap!.efforts[1]).toMatchObject({ lane: 'content' })
  })

  it('applies the snapshot an edit returns', async () => {
    const { roadmaps, api, editor } = await setup()
    const ads = roadmaps.roadmap!.efforts[0]
    await editor.updateEffort({ ...ads, title: 'Summer ads' })
    expect(api.UpdateEffort).toHaveBeenCalledWith('r1', expect.objectContaining({ title: 'Summer ads' }))
    expect(roadmaps.roadmap!.efforts[0].title).toBe('Summer ads')
    expect(editor.canUndo).toBe(true)
    expect(editor.error).toBeNull()
  })

  it('keeps the old state and names the target when the backend refuses', async () => {
    const { roadmaps, editor } = await setup()
    const before = roadmaps.snapshot
    const result = await editor.addDependency({ from: 'a', to: 'b', type: 'FS', lagDays: 0 })
    expect(result).toBeNull()
    expect(roadmaps.snapshot).toBe(before)
    expect(editor.error).toEqual({ target: at.dependency('a', 'b'), message: 'dependency cycle: a -> b -> a', code: 'invalid' })
    await editor.addDependency({ from: 'spring-ads', to: 'retarget', type: 'FS', lagDays: 0 })
    expect(editor.error?.message).toBe(
      'That would make a loop: Spring ads → Retargeting → Spring ads. A dependency cannot lead back to where it starts.',
    )
    editor.dismissError()
    expect(editor.error).toBeNull()
  })

  it('is read-only from a refusal for a full disk until an edit is saved again', async () => {
    const full = 'the disk is full: the last change was not saved; Tandem is read-only until the disk holding /d has 10.4 MB free (it has 0.0 MB)'
    let room = false
    const { roadmaps, editor } = await setup({
      Undo: vi.fn(async () => {
        if (!room) throw new ApiError('disk_full', full)
        return snapshot(growth(), 'r1')
      }),
    } as Partial<EditApi>)
    const before = roadmaps.snapshot
    expect(await editor.undo()).toBeNull()
    expect(roadmaps.snapshot).toBe(before)
    expect(editor.readOnly).toBe(full)
    expect(editor.error).toEqual({ target: at.history, message: full, code: 'disk_full' })
    editor.dismissError()
    expect(editor.readOnly).toBe(full) // the state outlives its refusal
    await editor.addDependency({ from: 'a', to: 'b', type: 'FS', lagDays: 0 })
    expect(editor.readOnly).toBe(full) // another refusal does not end it
    room = true
    expect(await editor.undo()).not.toBeNull()
    expect(editor.readOnly).toBeNull()
  })

  it('resolves to the id the backend made for a new effort', async () => {
    const { editor } = await setup()
    await expect(editor.addEffort(effort('', 'paid', { title: 'New' }))).resolves.toBe('new-effort')
  })

  it('sends edits one at a time, in order', async () => {
    const order: string[] = []
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const { roadmaps, editor } = await setup({
      UpdateEffort: vi.fn(async (_id: string, e) => {
        order.push(`start ${e.title}`)
        if (e.title === 'first') await gate
        order.push(`end ${e.title}`)
        return changed(roadmaps.roadmap!, (r) => (r.efforts[0] = e))
      }),
    })
    const ads = roadmaps.roadmap!.efforts[0]
    const a = editor.updateEffort({ ...ads, title: 'first' })
    const b = editor.updateEffort({ ...ads, title: 'second' })
    expect(editor.pending).toBe(2)
    release()
    await Promise.all([a, b])
    expect(order).toEqual(['start first', 'end first', 'start second', 'end second'])
    expect(roadmaps.roadmap!.efforts[0].title).toBe('second')
    expect(editor.pending).toBe(0)
  })

  it('deletes several efforts in one step, and one undo brings them all back', async () => {
    const { roadmaps, api, editor } = await setup()
    await expect(editor.deleteEfforts(['spring-ads', 'retarget'])).resolves.toBe(true)
    expect(api.DeleteEfforts).toHaveBeenCalledExactlyOnceWith('r1', ['spring-ads', 'retarget'])
    expect(api.DeleteEffort).not.toHaveBeenCalled()
    expect(roadmaps.roadmap!.efforts.map((e) => e.id)).not.toContain('retarget')
    await editor.undo()
    expect(api.Undo).toHaveBeenCalledOnce()
    expect(roadmaps.roadmap!.efforts.map((e) => e.id)).toEqual(expect.arrayContaining(['spring-ads', 'retarget']))
  })

  it('deletes one effort with DeleteEffort, and nothing when nothing is given', async () => {
    const { api, editor } = await setup()
    await expect(editor.deleteEfforts([])).resolves.toBe(false)
    await expect(editor.deleteEfforts(['retarget'])).resolves.toBe(true)
    expect(api.DeleteEffort).toHaveBeenCalledExactlyOnceWith('r1', 'retarget')
    expect(api.DeleteEfforts).not.toHaveBeenCalled()
  })

  it('says a refused multi-delete next to the first effort and keeps them all', async () => {
    const { roadmaps, editor } = await setup({
      DeleteEfforts: vi.fn(async () => {
        throw new ApiError('not_found', 'no effort ghost')
      }),
    })
    const before = roadmaps.snapshot
    await expect(editor.deleteEfforts(['spring-ads', 'ghost'])).resolves.toBe(false)
    expect(roadmaps.snapshot).toBe(before)
    expect(editor.error).toMatchObject({ target: at.effort('spring-ads'), code: 'not_found' })
  })

  it('clears a refusal when the thing, or the whole it is part of, is saved; not for anything else', async () => {
    let refuse = true
    const { roadmaps, editor } = await setup({
      UpdateEffort: vi.fn(async (_id: string, e) => {
        if (refuse) throw new ApiError('invalid', 'no')
        return changed(roadmaps.roadmap!, (r) => (r.efforts = r.efforts.map((x) => (x.id === e.id ? e : x))))
      }),
    } as Partial<EditApi>)
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const ads = roadmaps.roadmap!.efforts.find((e) => e.id === 'spring-ads')!
    await editor.updateEffort({ ...ads, title: 'x' }, 'title')
    expect(log).toHaveBeenCalledWith('[tandem] edit effort spring-ads, title: invalid: no')
    log.mockRestore()
    expect(editor.errorFor(at.effort('spring-ads', 'title'))?.message).toBe('no')
    expect(editor.errorFor(at.effort('spring-ads'))).toBeNull()
    refuse = false
    await editor.updateEffort({ ...ads, owner: 'Dana' }, 'owner') // a sibling field
    expect(editor.error?.target).toEqual(at.effort('spring-ads', 'title'))
    await editor.updateEffort({ ...ads, owner: 'Dana' }, 'owner')
    await editor.updateEfforts([{ ...ads, owner: 'Mara' }]) // the whole effort
    expect(editor.error).toBeNull()
  })

  it('drops a result for a roadmap that is no longer open', async () => {
    const { roadmaps, editor } = await setup({
      UpdateEffort: vi.fn(async () => snapshot(growth(), 'other')),
    })
    await expect(editor.updateEffort(effort('x', 'paid'))).resolves.toBeNull()
    expect(roadmaps.currentId).toBe('r1')
  })
})
