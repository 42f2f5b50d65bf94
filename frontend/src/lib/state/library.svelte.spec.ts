import { describe, expect, it, vi } from 'vitest'
import { ApiError, type FileAccess, type RoadmapInfo } from '../api'
import { growth, roadmap, snapshot } from '../testing/fixtures'
import { RoadmapLibrary, type LibraryApi } from './library.svelte'
import { RoadmapState, type RoadmapApi } from './roadmap.svelte'

async function setup(overrides: Partial<LibraryApi> = {}, files: Partial<FileAccess> = {}) {
  const list: RoadmapInfo[] = [snapshot(growth(), 'r1').info]
  const roadmapApi = {
    StartupRoadmap: vi.fn(async () => snapshot(growth(), 'r1')),
    ListRoadmaps: vi.fn(async () => list),
    OpenRoadmap: vi.fn(async (id: string) => snapshot(growth(), id)),
  }
  const roadmaps = new RoadmapState(roadmapApi as unknown as RoadmapApi)
  await roadmaps.startup()
  const api = {
    CreateRoadmap: vi.fn(async (name: string) => snapshot(roadmap({ name }), 'new')),
    RenameRoadmap: vi.fn(async (id: string, name: string) => snapshot({ ...growth(), name }, id)),
    DeleteRoadmap: vi.fn(async () => {}),
    ImportRoadmap: vi.fn(async (_name: string, fileName: string) => snapshot(roadmap({ name: fileName.replace(/\..*$/, '') }), 'imp')),
    ExportRoadmapFile: vi.fn(async (_id: string, format: string) => ({
      fileName: `h2-growth.${format}`,
      mime: 'text/plain',
      base64: false,
      data: '{"name":"H2 growth"}',
    })),
    ExportFormatList: vi.fn(async () => [{ format: 'tandem', label: 'Roadmap file', ext: '.tandem', binary: false, scoped: false }]),
    ...overrides,
  }
  const fileAccess: FileAccess = {
    pick: vi.fn(async () => ({ name: 'plan.csv', content: 'id,lane' })),
    save: vi.fn(async ({ fileName }: { fileName: string }) => ({ name: fileName, path: `/home/dana/${fileName}` })),
    ...files,
  }
  const library = new RoadmapLibrary(roadmaps, api as unknown as LibraryApi, fileAccess)
  return { roadmaps, roadmapApi, api, files: fileAccess, library, list }
}

describe('RoadmapLibrary', () => {
  it('creates a roadmap with a trimmed name and opens it', async () => {
    const { roadmaps, api, library } = await setup()
    await library.create('  Growth H1 2027 ')
    expect(api.CreateRoadmap).toHaveBeenCalledWith('Growth H1 2027')
    expect(roadmaps.currentId).toBe('new')
    expect(roadmaps.list.map((r) => r.name)).toContain('Growth H1 2027')
    expect(library.busy).toBe('')
  })

  it('imports a picked file under the file’s own name and opens it', async () => {
    const { roadmaps, api, library } = await setup()
    const file = await library.pick()
    expect(file).toEqual({ name: 'plan.csv', content: 'id,lane' })
    await library.importFile(file!)
    expect(api.ImportRoadmap).toHaveBeenCalledWith('', 'plan.csv', 'id,lane')
    expect(roadmaps.currentId).toBe('imp')
  })

  it('keeps the open roadmap when an import is refused, and says why', async () => {
    const { roadmaps, library } = await setup({
      ImportRoadmap: vi.fn(() => Promise.reject(new ApiError('invalid', 'row 4, column dependsOn: unknown effort "x"'))),
    })
    await expect(library.importFile({ name: 'bad.csv', content: '' })).rejects.toMatchObject({
      code: 'invalid',
      message: 'row 4, column dependsOn: unknown effort "x"',
    })
    expect(roadmaps.currentId).toBe('r1')
    expect(library.busy).toBe('')
  })

  it('exports the open roadmap in a format with options and saves the backend’s file', async () => {
    const { api, files, library } = await setup()
    await expect(library.exportAs('md', { lanes: ['paid'], from: '2026-07-01', to: '2026-09-30' })).resolves.toEqual({
      roadmap: 'H2 growth',
      file: { name: 'h2-growth.md', path: '/home/dana/h2-growth.md' },
    })
    expect(api.ExportRoadmapFile).toHaveBeenCalledWith('r1', 'md', { lanes: ['paid'], from: '2026-07-01', to: '2026-09-30' })
    expect(files.save).toHaveBeenCalledWith({ fileName: 'h2-growth.md', mime: 'text/plain', base64: false, data: '{"name":"H2 growth"}' })
    expect(library.busy).toBe('')
  })

  it('exports nothing when the user cancels the save', async () => {
    const { library } = await setup({}, { save: vi.fn(async () => null) })
    await expect(library.exportAs('tandem')).resolves.toBeNull()
  })

  it('lists the backend’s export formats, and says why it could not', async () => {
    const { library } = await setup()
    await expect(library.exportFormats()).resolves.toEqual([{ format: 'tandem', label: 'Roadmap file', ext: '.tandem', binary: false, scoped: false }])
    const failing = await setup({ ExportFormatList: vi.fn(() => Promise.reject('{"code":"internal","message":"down"}')) })
    await expect(failing.library.exportFormats()).rejects.toMatchObject({ code: 'internal', message: 'down' })
  })

  it('renames the open roadmap, and does nothing for the same name', async () => {
    const { roadmaps, api, library } = await setup()
    await expect(library.rename('H2 growth ')).resolves.toBeNull()
    expect(api.RenameRoadmap).not.toHaveBeenCalled()
    await library.rename('H2 growth (final)')
    expect(api.RenameRoadmap).toHaveBeenCalledWith('r1', 'H2 growth (final)')
    expect(roadmaps.roadmap?.name).toBe('H2 growth (final)')
    expect(roadmaps.list.map((r) => r.name)).toEqual(['H2 growth (final)'])
  })

  it('deletes the open roadmap and opens the startup one', async () => {
    const { roadmaps, roadmapApi, api, library, list } = await setup()
    roadmapApi.StartupRoadmap.mockResolvedValueOnce(snapshot(roadmap({ name: 'Sample' }), 'r2'))
    list.splice(0, 1, snapshot(roadmap({ name: 'Sample' }), 'r2').info)
    await expect(library.remove()).resolves.toBe('H2 growth')
    expect(api.DeleteRoadmap).toHaveBeenCalledWith('r1')
    expect(roadmaps.currentId).toBe('r2')
    expect(roadmaps.list.map((r) => r.id)).toEqual(['r2'])
  })

  it('says a delete that worked when no other roadmap opens after it', async () => {
    const { roadmapApi, library } = await setup()
    roadmapApi.StartupRoadmap.mockRejectedValueOnce(new ApiError('internal', 'store is locked'))
    await expect(library.remove()).rejects.toMatchObject({
      message: '“H2 growth” was deleted, but no other roadmap could be opened: store is locked',
    })
  })
})
