import { fireEvent, render, screen, waitFor } from '@testing-library/svelte'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '../api'
import { RoadmapState, type RoadmapApi } from '../state/roadmap.svelte'
import { effort, growth, roadmap, snapshot } from '../testing/fixtures'
import { parseDay } from '../timeline/geometry/dates'
import Workspace from './Workspace.svelte'

const launch = roadmap({
  name: 'Launch plan',
  lanes: [{ id: 'eng', name: 'Engineering' }],
  efforts: [effort('beta', 'eng', { title: 'Private beta', start: '2026-08-01', end: '2026-08-30' })],
})

function fakeApi(): RoadmapApi {
  return {
    ListRoadmaps: vi.fn(async () => [snapshot(growth(), 'r1').info, snapshot(launch, 'r2').info]),
    StartupRoadmap: vi.fn(async () => snapshot(growth(), 'r1')),
    OpenRoadmap: vi.fn(async (id: string) => {
      if (id === 'r2') return snapshot(launch, 'r2')
      if (id === 'r1') return snapshot(growth(), 'r1')
      throw new ApiError('not_found', `no roadmap ${id}`)
    }),
  } as RoadmapApi
}

const today = parseDay('2026-08-10')!

describe('Workspace', () => {
  it('shows the app name, the open roadmap and its lanes', async () => {
    const roadmaps = new RoadmapState(fakeApi())
    await roadmaps.startup()
    render(Workspace, { roadmaps, today })
    expect(screen.getByText('Tandem')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('H2 growth')
    expect(screen.getByText('Jul 1 – Oct 16, 2026')).toBeInTheDocument()
    expect(screen.getByRole('row', { name: 'AI tools' })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: /Not doing/ })).toHaveTextContent('Podcast sponsorships')
  })

  it('shows the analysis summary and toggles the critical path view', async () => {
    const roadmaps = new RoadmapState(fakeApi())
    await roadmaps.startup()
    render(Workspace, { roadmaps, today })
    expect(screen.getByRole('list', { name: 'Analysis summary' })).toHaveTextContent('Oct 16, 2026')
    await fireEvent.click(screen.getByRole('button', { name: /critical path/ }))
    expect(screen.getByRole('grid')).toHaveClass('critical-only')
  })

  it('switches roadmaps from the switcher', async () => {
    const api = fakeApi()
    const roadmaps = new RoadmapState(api)
    await roadmaps.startup()
    render(Workspace, { roadmaps, today })
    const select = screen.getByRole('combobox', { name: 'Roadmap' }) as HTMLSelectElement
    expect([...select.options].map((o) => o.text)).toEqual(['H2 growth', 'Launch plan'])
    await fireEvent.change(select, { target: { value: 'r2' } })
    expect(api.OpenRoadmap).toHaveBeenCalledWith('r2')
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Launch plan'))
    expect(screen.getByRole('option', { name: 'Private beta' })).toBeInTheDocument()
    expect(select.value).toBe('r2')
  })

  it('shows a failed startup with a retry', async () => {
    const api = fakeApi()
    api.StartupRoadmap = vi.fn(() => Promise.reject(new ApiError('internal', 'store is locked')))
    const roadmaps = new RoadmapState(api)
    await roadmaps.startup().catch(() => {})
    render(Workspace, { roadmaps, today })
    expect(screen.getByRole('alert')).toHaveTextContent('store is locked')
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })
})
