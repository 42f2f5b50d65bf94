import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import type { Board, DecisionPreview } from '../api'
import { openGrowth } from '../testing/open-roadmap'
import { DockState } from '../state/dock.svelte'
import { EditorState, type EditApi } from '../state/editor.svelte'
import ConflictBoard from './ConflictBoard.svelte'

const conflict = {
  kind: 'surface',
  severity: 'disruption',
  efforts: ['pricing-redesign', 'spring-ads'],
  lanes: ['content', 'paid'],
  crossLane: true,
  surface: 'pricing-page',
  from: '2026-07-06',
  to: '2026-07-20',
  days: 15,
  accepted: false,
}
const board: Board = {
  baseline: 'since the roadmap was opened',
  counts: { new: 1, resolved: 1 },
  rows: [
    { key: 'surface:pricing-page:pricing-redesign+spring-ads', status: 'new', index: 0 },
    {
      key: 'declared::retarget+spring-ads',
      status: 'resolved',
      index: -1,
      decision: 'd9',
      conflict: { kind: 'declared', efforts: ['retarget', 'spring-ads'], lanes: ['paid', 'paid'], crossLane: false, days: 0, accepted: false },
    },
  ],
}
const preview: DecisionPreview = {
  decision: { id: 'x', date: '2026-08-10', kind: 'sequence', efforts: ['pricing-redesign', 'spring-ads'], title: 't' },
  changes: ['adds the dependency'],
  finishBefore: '2026-12-01',
  finishAfter: '2026-12-04',
  finishDays: 3,
  newlyCritical: ['spring-ads'],
  added: [],
  removed: [conflict],
  accepted: [],
  openBefore: 2,
  openAfter: 1,
}

async function setup() {
  const roadmaps = await openGrowth()
  const dock = new DockState()
  const editor = new EditorState(roadmaps, {} as EditApi)
  const boardApi = { ConflictBoard: vi.fn(async () => board), PreviewDecision: vi.fn(async () => preview) }
  render(ConflictBoard, { roadmaps, editor, dock, boardApi })
  const list = await screen.findByRole('listbox', { name: 'Conflicts' })
  await waitFor(() => expect(list.querySelectorAll('[data-key]')).toHaveLength(2))
  return { dock, list, boardApi }
}

describe('ConflictBoard', () => {
  it('groups conflicts by status, names both efforts, their lanes, the surface and the window', async () => {
    const { list } = await setup()
    expect([...list.querySelectorAll('[data-group]')].map((g) => g.getAttribute('data-group'))).toEqual(['new', 'resolved'])
    const row = list.querySelector('[data-status="new"]') as HTMLElement
    expect(row).toHaveTextContent('Pricing page redesign')
    expect(row).toHaveTextContent('Spring ads')
    expect(row).toHaveTextContent('Jul 6 – Jul 20 · 15 days')
    expect(row).toHaveTextContent('across lanes')
    expect(within(list.querySelector('[data-status="resolved"]') as HTMLElement).queryByRole('button')).toBeNull()
  })

  it('highlights a row’s efforts while hovered, and keeps them when selected', async () => {
    const { dock, list } = await setup()
    const row = list.querySelector('[data-status="new"]') as HTMLElement
    await fireEvent.mouseEnter(row)
    expect(dock.focus).toEqual(['pricing-redesign', 'spring-ads'])
    await fireEvent.mouseLeave(row)
    expect(dock.focus).toEqual([])
    await fireEvent.click(row)
    await fireEvent.mouseLeave(row)
    expect(dock.focus).toEqual(['pricing-redesign', 'spring-ads'])
    expect(dock.revealed).toBe(1)
  })

  it('opens the options with their previewed cost', async () => {
    const { list, boardApi } = await setup()
    await fireEvent.click(within(list).getByRole('button', { name: 'Decide…' }))
    const dialog = await screen.findByRole('dialog')
    await waitFor(() => expect(dialog.querySelectorAll('[data-preview]')).toHaveLength(4))
    expect(dialog).toHaveTextContent('Finish +3 days')
    expect(dialog).toHaveTextContent('1 newly critical')
    expect(dialog).toHaveTextContent('−1 conflict')
    expect(boardApi.PreviewDecision).toHaveBeenCalledWith('r1', expect.objectContaining({ kind: 'kill', effort: 'spring-ads' }))
  })
})
