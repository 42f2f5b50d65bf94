import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RoadmapState, type RoadmapApi } from '../state/roadmap.svelte'
import { growth, growthAnalysis, snapshot } from '../testing/fixtures'
import { ownRows } from '../testing/layout'
import { buildLayout } from '../timeline/layout/layout'
import { parseDay } from '../timeline/geometry/dates'
import type { FullScreen } from './fullscreen'
import PresentMode from './PresentMode.svelte'

async function setup(snapshots: { id: string; name: string; date: string; hash: string; conflicts: string[] }[] = []) {
  const api = {
    StartupRoadmap: vi.fn(async () => ({ ...snapshot(growth(), 'r1'), snapshots })),
    ListRoadmaps: vi.fn(async () => []),
  }
  const roadmaps = new RoadmapState(api as unknown as RoadmapApi)
  await roadmaps.startup()
  const layout = buildLayout(roadmaps.roadmap!, roadmaps.snapshot?.analysis, parseDay('2026-09-15')!, roadmaps.snapshot?.layout)
  const fullscreen: FullScreen & { on: boolean } = {
    on: false,
    enter: vi.fn(async () => (fullscreen.on = true)),
    exit: vi.fn(async () => void (fullscreen.on = false)),
    onChange: () => () => {},
  }
  const since = { id: 's1', name: 'July review', date: '2026-07-01', hash: 'x' }
  const none = { added: [], removed: [], moved: [], slips: [], kills: [], newConflicts: [], changedConflicts: [], resolvedConflicts: [], decisions: [] }
  const agendaApi = { Agenda: vi.fn(async () => ({ agenda: { since, changes: none }, markdown: '' })) }
  const then = growth()
  then.efforts = then.efforts.filter((e) => e.status !== 'killed')
  const snapshotApi = {
    SnapshotView: vi.fn(async () => ({ ...since, roadmap: then, analysis: growthAnalysis(), layout: ownRows(then) })),
  }
  render(PresentMode, { roadmaps, layout, screen: fullscreen, agendaApi: agendaApi as never, snapshotApi: snapshotApi as never })
  return { fullscreen, agendaApi, snapshotApi }
}

const deck = () => screen.queryByRole('dialog', { name: 'Presentation' })
const slideTitle = () => deck()?.querySelector('[data-slide-title]')?.textContent

async function start() {
  await fireEvent.keyDown(window, { key: 'F5' })
  const setup = await screen.findByRole('dialog', { name: 'Present' })
  await fireEvent.click(within(setup).getByRole('button', { name: 'Start presenting' }))
  await waitFor(() => expect(deck()).not.toBeNull())
}

afterEach(() => {
  delete (window as { runtime?: unknown }).runtime
})

describe('PresentMode', () => {
  it('opens its setup on F5 and presents the chosen lanes full screen', async () => {
    const { fullscreen } = await setup()
    await fireEvent.keyDown(window, { key: 'F5' })
    const setupDialog = await screen.findByRole('dialog', { name: 'Present' })
    await fireEvent.click(within(setupDialog).getByRole('checkbox', { name: 'Product' }))
    await fireEvent.click(within(setupDialog).getByRole('button', { name: 'Start presenting' }))
    await waitFor(() => expect(slideTitle()).toBe('The integrated roadmap'))
    expect(deck()).toHaveTextContent('3 lanes: Paid, Content, AI tools')
    expect(within(deck()!).getByRole('list', { name: 'Legend' })).toHaveTextContent(/Paid.*Content.*AI tools.*Critical path/)
    expect(within(deck()!).getByLabelText(/^Slide 1 of \d+$/)).toBeInTheDocument()
    expect(fullscreen.enter).toHaveBeenCalledOnce()
  })

  it('shows the legend, the date window and the as-of date on every slide', async () => {
    await setup()
    await start()
    const count = Number(within(deck()!).getByLabelText(/^Slide 1 of \d+$/).getAttribute('aria-label')!.split(' of ')[1])
    expect(count).toBeGreaterThan(3)
    for (let i = 1; i <= count; i++) {
      if (i > 1) await fireEvent.keyDown(document.body, { key: 'ArrowRight' })
      const footer = deck()!.querySelector('footer')!
      expect(within(footer).getByLabelText(`Slide ${i} of ${count}`)).toBeInTheDocument()
      expect(within(footer).getByRole('list', { name: 'Legend' }).children.length).toBeGreaterThan(0)
      expect(footer.querySelector('[data-window]')).toHaveTextContent(/^.+ · as of .+$/)
    }
  })

  it('walks slides by key without the keys reaching anything under it', async () => {
    await setup()
    await start()
    const below = vi.fn()
    window.addEventListener('keydown', below)
    try {
      await fireEvent.keyDown(document.body, { key: 'ArrowRight' })
      expect(slideTitle()).toBe('The critical path')
      await fireEvent.keyDown(document.body, { key: 'End' })
      expect(slideTitle()).toBe('Coordination debt')
      await fireEvent.keyDown(document.body, { key: 'Home' })
      expect(slideTitle()).toBe('The integrated roadmap')
      expect(below).not.toHaveBeenCalled()
    } finally {
      window.removeEventListener('keydown', below)
    }
  })

  it('leaves full screen on the first Escape and present mode on the second; F toggles full screen', async () => {
    const { fullscreen } = await setup()
    await start()
    await fireEvent.keyDown(document.body, { key: 'Escape' })
    await waitFor(() => expect(fullscreen.exit).toHaveBeenCalledOnce())
    expect(deck()).not.toBeNull()
    await fireEvent.keyDown(document.body, { key: 'f' })
    await waitFor(() => expect(fullscreen.enter).toHaveBeenCalledTimes(2))
    await fireEvent.keyDown(document.body, { key: 'f' })
    await waitFor(() => expect(fullscreen.exit).toHaveBeenCalledTimes(2))
    await fireEvent.keyDown(document.body, { key: 'Escape' })
    await waitFor(() => expect(deck()).toBeNull())
    expect(fullscreen.exit).toHaveBeenCalledTimes(2)
  })

  it('ends with what changed since the last snapshot when there is one', async () => {
    const { agendaApi } = await setup([{ id: 's1', name: 'July review', date: '2026-07-01', hash: 'x', conflicts: [] }])
    await start()
    await waitFor(() => expect(agendaApi.Agenda).toHaveBeenCalledWith('r1', '', '', ''))
    await fireEvent.keyDown(document.body, { key: 'End' })
    await waitFor(() => expect(slideTitle()).toBe('What changed since the last snapshot'))
    expect(deck()).toHaveTextContent('Nothing changed since “July review”, Jul 1, 2026.')
  })

  it('presents a named snapshot as it was, and says so on every slide', async () => {
    const { snapshotApi, agendaApi } = await setup([{ id: 's1', name: 'July review', date: '2026-07-01', hash: 'x', conflicts: [] }])
    await fireEvent.keyDown(window, { key: 'F5' })
    const setupDialog = await screen.findByRole('dialog', { name: 'Present' })
    await fireEvent.click(within(setupDialog).getByRole('radio', { name: /Snapshot “July review”/ }))
    await fireEvent.click(within(setupDialog).getByRole('button', { name: 'Start presenting' }))
    await waitFor(() => expect(slideTitle()).toBe('The integrated roadmap'))
    expect(snapshotApi.SnapshotView).toHaveBeenCalledWith('r1', 's1')
    expect(deck()?.querySelector('[data-window]')).toHaveTextContent(/^Snapshot “July review” · /)
    await fireEvent.keyDown(document.body, { key: 'End' })
    expect(slideTitle()).toBe('Coordination debt')
    // the snapshot had no killed effort: no "Not doing" slide, 7 slides where the roadmap now has 8
    expect(within(deck()!).getByLabelText('Slide 7 of 7')).toBeInTheDocument()
    expect(agendaApi.Agenda).not.toHaveBeenCalled()
  })

  it('asks nothing about snapshots when there are none', async () => {
    const { agendaApi } = await setup()
    await start()
    await fireEvent.keyDown(document.body, { key: 'End' })
    expect(slideTitle()).toBe('Coordination debt')
    expect(agendaApi.Agenda).not.toHaveBeenCalled()
  })

  it('opens from the View menu’s Present', async () => {
    let send: ((action: unknown) => void) | undefined
    Object.assign(window, { runtime: { EventsOnMultiple: (_n: string, cb: (a: unknown) => void) => ((send = cb), () => {}) } })
    await setup()
    send?.('present')
    expect(await screen.findByRole('dialog', { name: 'Present' })).toBeInTheDocument()
  })
})
