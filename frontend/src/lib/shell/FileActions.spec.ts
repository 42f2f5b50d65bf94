import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, type FileAccess } from '../api'
import type { LibraryApi } from '../state/library.svelte'
import { RoadmapState, type RoadmapApi } from '../state/roadmap.svelte'
import { toasts } from '../state/toasts.svelte'
import { effort, growth, roadmap, snapshot } from '../testing/fixtures'
import { parseDay } from '../timeline/geometry/dates'
import Workspace from './Workspace.svelte'

const partner = roadmap({
  name: 'partner-launch',
  lanes: [{ id: 'platform', name: 'Platform' }],
  efforts: [effort('api', 'platform', { title: 'Partner API v2', start: '2027-03-01', end: '2027-04-09' })],
})

async function setup(overrides: Partial<LibraryApi> = {}) {
  const roadmapApi = {
    ListRoadmaps: vi.fn(async () => [snapshot(growth(), 'r1').info]),
    StartupRoadmap: vi.fn(async () => snapshot(growth(), 'r1')),
    OpenRoadmap: vi.fn(async (id: string) => snapshot(growth(), id)),
  }
  const libraryApi = {
    CreateRoadmap: vi.fn(async (name: string) => snapshot(roadmap({ name }), 'new')),
    RenameRoadmap: vi.fn(async (id: string, name: string) => snapshot({ ...growth(), name }, id)),
    DeleteRoadmap: vi.fn(async () => {}),
    ImportRoadmap: vi.fn(async () => snapshot(partner, 'imp')),
    ExportFormatList: vi.fn(async () => FORMATS),
    ExportRoadmapFile: vi.fn(async (_id: string, format: string) => ({
      fileName: `h2-growth.${format}`,
      mime: 'text/plain',
      base64: false,
      data: '{"name":"H2 growth"}',
    })),
    ...overrides,
  }
  const files = {
    pick: vi.fn(async () => ({ name: 'partner-launch.csv', content: 'id,lane\n' })),
    save: vi.fn(async ({ fileName }: { fileName: string }) => ({ name: fileName, path: '' })),
  } satisfies FileAccess
  const roadmaps = new RoadmapState(roadmapApi as unknown as RoadmapApi)
  await roadmaps.startup()
  render(Workspace, { roadmaps, today: parseDay('2026-08-10')!, libraryApi: libraryApi as unknown as LibraryApi, fileAccess: files })
  return { roadmapApi, libraryApi, files, roadmaps }
}

const FORMATS = [
  { format: 'tandem', label: 'Roadmap file', ext: '.tandem', binary: false, scoped: false },
  { format: 'csv', label: 'Spreadsheet (CSV)', ext: '.csv', binary: false, scoped: false },
  { format: 'pdf', label: 'PDF', ext: '.pdf', binary: true, scoped: true },
]

const heading = () => screen.getByRole('heading', { level: 1 })

beforeEach(() => {
  toasts.items = []
})

describe('FileActions', () => {
  it('makes a new roadmap from the name typed in its dialog (Enter confirms)', async () => {
    const { libraryApi } = await setup()
    await fireEvent.click(screen.getByRole('button', { name: 'New roadmap' }))
    const dialog = screen.getByRole('dialog', { name: 'New roadmap' })
    const name = within(dialog).getByRole('textbox', { name: 'Name' })
    expect(name).toHaveFocus()
    expect(within(dialog).getByRole('button', { name: 'Create roadmap' })).toBeDisabled()
    await fireEvent.input(name, { target: { value: 'Growth H1 2027' } })
    await fireEvent.submit(name.closest('form')!)
    expect(libraryApi.CreateRoadmap).toHaveBeenCalledWith('Growth H1 2027')
    await waitFor(() => expect(heading()).toHaveTextContent('Growth H1 2027'))
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('cancels with Escape (the dialog closes) and says a refusal in the dialog', async () => {
    const { libraryApi } = await setup({
      CreateRoadmap: vi.fn(() => Promise.reject(new ApiError('invalid', 'roadmap name is 201 characters; the limit is 200'))),
    })
    await fireEvent.keyDown(window, { key: 'n', ctrlKey: true })
    ;(screen.getByRole('dialog') as HTMLDialogElement).close() // what Escape does
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(libraryApi.CreateRoadmap).not.toHaveBeenCalled()

    await fireEvent.click(screen.getByRole('button', { name: 'New roadmap' }))
    const name = screen.getByRole('textbox', { name: 'Name' })
    await fireEvent.input(name, { target: { value: 'x'.repeat(201) } })
    await fireEvent.click(screen.getByRole('button', { name: 'Create roadmap' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('the limit is 200')
    expect(name).toHaveAttribute('aria-invalid', 'true')
    expect(heading()).toHaveTextContent('H2 growth')
  })

  it('imports a chosen file under its own name and opens it', async () => {
    const { libraryApi, files } = await setup()
    await fireEvent.click(screen.getByRole('button', { name: 'Import…' }))
    expect(files.pick).toHaveBeenCalled()
    await waitFor(() => expect(heading()).toHaveTextContent('partner-launch'))
    expect(libraryApi.ImportRoadmap).toHaveBeenCalledWith('', 'partner-launch.csv', 'id,lane\n')
    expect(screen.getByText('Imported “partner-launch” from partner-launch.csv: 1 lane and 1 effort.')).toBeInTheDocument()
  })

  it('says each problem of a refused import by its place, and can choose another file', async () => {
    const { files, libraryApi } = await setup({
      ImportRoadmap: vi
        .fn()
        .mockRejectedValueOnce(
          new ApiError('invalid', 'row 4, column dependsOn: unknown effort "x"; row 6: too few fields (and 3 more problems)', {
            problems: [
              { where: 'row 4, column dependsOn', what: 'unknown effort "x"' },
              { where: 'row 6', what: 'too few fields' },
            ],
            more: 3,
          }),
        )
        .mockResolvedValueOnce(snapshot(partner, 'imp')),
    })
    await fireEvent.click(screen.getByRole('button', { name: 'Import…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Couldn’t import partner-launch.csv' })
    const items = within(within(dialog).getByRole('list', { name: 'Problems' })).getAllByRole('listitem')
    expect(items.map((li) => li.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'row 4, column dependsOn unknown effort "x"',
      'row 6 too few fields',
    ])
    expect(dialog).toHaveTextContent('… and 3 more problems.')
    expect(heading()).toHaveTextContent('H2 growth')
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Choose another file…' }))
    await waitFor(() => expect(heading()).toHaveTextContent('partner-launch'))
    expect(files.pick).toHaveBeenCalledTimes(2)
    expect(libraryApi.ImportRoadmap).toHaveBeenCalledTimes(2)
  })

  it('does nothing when the file choice is cancelled', async () => {
    const { files, libraryApi } = await setup()
    files.pick.mockResolvedValueOnce(null as never)
    await fireEvent.keyDown(window, { key: 'o', metaKey: true })
    await waitFor(() => expect(files.pick).toHaveBeenCalled())
    expect(libraryApi.ImportRoadmap).not.toHaveBeenCalled()
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('exports from its dialog: a roadmap file by default, and says where it went', async () => {
    const { libraryApi, files } = await setup()
    await fireEvent.click(screen.getByRole('button', { name: 'Export…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Export roadmap' })
    const format = within(dialog).getByRole('combobox', { name: 'Format' }) as HTMLSelectElement
    expect([...format.options].map((o) => o.text)).toEqual(['Roadmap file (.tandem)', 'Spreadsheet (CSV)', 'PDF'])
    expect(within(dialog).queryByRole('group', { name: 'Lanes' })).toBeNull()
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Export' }))
    await waitFor(() => expect(files.save).toHaveBeenCalledOnce())
    expect(libraryApi.ExportRoadmapFile).toHaveBeenCalledWith('r1', 'tandem', {})
    expect(await screen.findByText('Exported “H2 growth”: h2-growth.tandem is in your downloads.')).toBeInTheDocument()
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('exports a PDF of some lanes in a window on the chosen paper', async () => {
    const { libraryApi } = await setup()
    await fireEvent.keyDown(window, { key: 'e', ctrlKey: true })
    const dialog = await screen.findByRole('dialog', { name: 'Export roadmap' })
    await fireEvent.change(within(dialog).getByRole('combobox', { name: 'Format' }), { target: { value: 'pdf' } })
    const lanes = within(dialog).getByRole('group', { name: 'Lanes' })
    expect(within(lanes).getAllByRole('checkbox').map((c) => (c as HTMLInputElement).checked)).toEqual([true, true, true, true])
    await fireEvent.click(within(lanes).getByRole('checkbox', { name: 'Product' }))
    await fireEvent.click(within(dialog).getByRole('radio', { name: /This quarter/ }))
    await fireEvent.change(within(dialog).getByRole('combobox', { name: 'Paper (landscape)' }), { target: { value: 'letter' } })
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Export' }))
    await waitFor(() =>
      expect(libraryApi.ExportRoadmapFile).toHaveBeenCalledWith('r1', 'pdf', {
        lanes: ['paid', 'content', 'ai'],
        from: '2026-07-01',
        to: '2026-09-30',
        paper: 'letter',
      }),
    )
  })

  it('keeps the export dialog open and says why when the backend refuses', async () => {
    await setup({ ExportRoadmapFile: vi.fn(() => Promise.reject(new ApiError('invalid', 'unknown lane "x"'))) })
    await fireEvent.click(screen.getByRole('button', { name: 'Export…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Export roadmap' })
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Export' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('unknown lane "x"')
  })

  it('renames the open roadmap from the switcher’s menu', async () => {
    const { libraryApi } = await setup()
    await fireEvent.click(screen.getByRole('button', { name: 'Roadmap actions' }))
    await fireEvent.click(screen.getByRole('menuitem', { name: 'Rename…' }))
    const name = screen.getByRole('textbox', { name: 'Name' })
    expect(name).toHaveValue('H2 growth')
    await fireEvent.input(name, { target: { value: 'H2 growth (final)' } })
    await fireEvent.click(screen.getByRole('button', { name: 'Rename' }))
    expect(libraryApi.RenameRoadmap).toHaveBeenCalledWith('r1', 'H2 growth (final)')
    await waitFor(() => expect(heading()).toHaveTextContent('H2 growth (final)'))
    const switcher = screen.getByRole('combobox', { name: 'Roadmap' }) as HTMLSelectElement
    expect([...switcher.options].map((o) => o.text)).toEqual(['H2 growth (final)'])
  })

  it('deletes the open roadmap after asking, then opens the startup one', async () => {
    const { libraryApi, roadmapApi } = await setup()
    roadmapApi.StartupRoadmap.mockResolvedValueOnce(snapshot(partner, 'imp'))
    roadmapApi.ListRoadmaps.mockResolvedValueOnce([snapshot(partner, 'imp').info])
    await fireEvent.click(screen.getByRole('button', { name: 'Roadmap actions' }))
    await fireEvent.click(screen.getByRole('menuitem', { name: 'Delete…' }))
    const dialog = screen.getByRole('dialog', { name: 'Delete “H2 growth”?' })
    expect(dialog).toHaveTextContent('Its 4 lanes, 7 efforts and 1 milestone will be removed')
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await fireEvent.click(within(dialog).getByRole('button', { name: 'Delete roadmap' }))
    expect(libraryApi.DeleteRoadmap).toHaveBeenCalledWith('r1')
    await waitFor(() => expect(heading()).toHaveTextContent('partner-launch'))
    expect(await screen.findByText('Deleted “H2 growth”.')).toBeInTheDocument()
  })

  it('runs the native menu’s file actions', async () => {
    // Every subscriber hears the menu (the workspace and the editor listen too).
    const listeners: ((action: unknown) => void)[] = []
    const send = (action: unknown) => listeners.forEach((cb) => cb(action))
    const runtime = { EventsOnMultiple: vi.fn((_n: string, cb: (a: unknown) => void) => (listeners.push(cb), () => {})) }
    Object.assign(window, { runtime })
    try {
      const { files } = await setup()
      send('new-roadmap')
      expect(await screen.findByRole('dialog', { name: 'New roadmap' })).toBeInTheDocument()
      send('import') // a dialog is open: the menu waits
      expect(files.pick).not.toHaveBeenCalled()
      await fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
      send('export')
      await fireEvent.click(await screen.findByRole('button', { name: 'Export' }))
      await waitFor(() => expect(files.save).toHaveBeenCalledOnce())
      send('import')
      // the same shortcut delivered again as a key (some platforms send both): one import
      await fireEvent.keyDown(window, { key: 'o', ctrlKey: true })
      await waitFor(() => expect(files.pick).toHaveBeenCalledOnce())
    } finally {
      delete (window as { runtime?: unknown }).runtime
    }
  })
})
