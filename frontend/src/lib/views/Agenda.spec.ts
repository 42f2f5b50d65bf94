import { fireEvent, render, screen, within } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import type { AgendaReport, EffortRef } from '../api'
import { AgendaState } from '../state/agenda.svelte'
import { DockState } from '../state/dock.svelte'
import { EditorState, type EditApi } from '../state/editor.svelte'
import { FindState } from '../state/find.svelte'
import { openGrowth } from '../testing/open-roadmap'
import Agenda from './Agenda.svelte'

const ref = (id: string, title: string, lane = 'paid'): EffortRef => ({ id, title, lane, laneName: lane })

const report = {
  markdown: '# Weekly\n',
  agenda: {
    title: 'Weekly',
    meeting: '2026-09-21',
    asOf: '2026-09-15',
    lanes: [],
    since: { id: 's1', name: 'Monday', date: '2026-09-14', hash: 'h' },
    changes: {
      added: [],
      removed: [],
      moved: [
        { effort: ref('spring-ads', 'Spring ads'), wasStart: '2026-07-06', wasEnd: '2026-07-31', start: '2026-07-13', end: '2026-08-07', startDays: 7, endDays: 7 },
      ],
      slips: [],
      kills: [ref('podcast', 'Podcast sponsorships')],
      newConflicts: [],
      changedConflicts: [],
      resolvedConflicts: [],
      decisions: [],
    },
    handoffs: [],
    open: [],
    blocked: [],
    debt: { weeks: [{ week: '2026-09-14', blockedDays: 2, crossLaneDays: 1 }], trend: 'rising' },
    more: {},
  },
} as unknown as AgendaReport

async function setup() {
  const roadmaps = await openGrowth()
  const agenda = new AgendaState({ Agenda: vi.fn() })
  agenda.report = report
  const find = new FindState()
  const dock = new DockState()
  const editor = new EditorState(roadmaps, {} as EditApi)
  render(Agenda, { roadmaps, editor, dock, agenda, find })
  return { find, dock }
}

describe('Agenda', () => {
  it('shows the changes since the snapshot, the empty sections and the debt trend', async () => {
    await setup()
    const changes = screen.getByRole('region', { name: 'Changed since “Monday”' })
    expect(within(changes).getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Moved Spring ads (paid) 2026-07-06 → 2026-07-31 ⇒ 2026-07-13 → 2026-08-07 (+7 d)',
      'Killed Podcast sponsorships (paid)',
    ])
    expect(screen.getByRole('region', { name: 'Open conflicts to decide' })).toHaveTextContent('No open conflict.')
    expect(screen.getByRole('region', { name: 'Coordination debt' })).toHaveTextContent('rising')
    expect(screen.getByText('Meeting 2026-09-21')).toBeInTheDocument()
  })

  it('focuses a row’s efforts on hover and keeps only the rows a find matches', async () => {
    const { find, dock } = await setup()
    const row = screen.getAllByRole('listitem')[0]
    await fireEvent.pointerEnter(row)
    expect(dock.focus).toEqual(['spring-ads'])
    find.show()
    find.setQuery('podcast')
    await Promise.resolve()
    const changes = await screen.findByRole('region', { name: 'Changed since “Monday”' })
    await vi.waitFor(() => expect(within(changes).getAllByRole('listitem')).toHaveLength(1))
    expect(screen.getByText('Showing only what names an effort the find matches.')).toBeInTheDocument()
  })

  it('asks for a name before taking a snapshot', async () => {
    await setup()
    await fireEvent.click(screen.getByRole('button', { name: 'Take snapshot' }))
    expect(screen.getByRole('dialog', { name: 'Take a snapshot' })).toBeInTheDocument()
  })
})
