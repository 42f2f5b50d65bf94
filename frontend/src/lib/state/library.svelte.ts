import {
  ApiError,
  toApiError,
  type Backend,
  type ExportFormat,
  type ExportOptions,
  type FileAccess,
  type OpenedFile,
  type SavedFile,
  type Snapshot,
} from '../api'
import type { RoadmapState } from './roadmap.svelte'

/** LibraryApi is the part of the backend that makes, renames, deletes, imports and exports whole roadmaps. */
export type LibraryApi = Pick<
  Backend,
  'CreateRoadmap' | 'RenameRoadmap' | 'DeleteRoadmap' | 'ImportRoadmap' | 'ExportRoadmapFile' | 'ExportFormatList'
>

/** Exported is an export that was saved: the roadmap's name and the file. */
export interface Exported {
  roadmap: string
  file: SavedFile
}

/**
 * RoadmapLibrary works on whole roadmaps: new, import, export, rename,
 * delete. Each call changes the store, then the open roadmap and the list
 * follow (RoadmapState). `busy` says what is running ('' when nothing).
 * Failures are rethrown as ApiErrors for the calling component to show.
 */
export class RoadmapLibrary {
  busy = $state('')

  #roadmaps: RoadmapState
  #api: LibraryApi
  #files: FileAccess

  constructor(roadmaps: RoadmapState, api: LibraryApi, files: FileAccess) {
    this.#roadmaps = roadmaps
    this.#api = api
    this.#files = files
  }

  /** create makes an empty roadmap named `name` and opens it. */
  create(name: string): Promise<Snapshot> {
    return this.#run('Creating the roadmap…', async () => {
      const snap = await this.#api.CreateRoadmap(name.trim())
      this.#roadmaps.show(snap)
      return snap
    })
  }

  /** pick asks the user for a file to import; null when they cancel. */
  pick(): Promise<OpenedFile | null> {
    return this.#files.pick()
  }

  /** importFile adds the file as a new roadmap (named as the file names it) and opens it. */
  importFile(file: OpenedFile): Promise<Snapshot> {
    return this.#run(`Importing ${file.name}…`, async () => {
      const snap = await this.#api.ImportRoadmap('', file.name, file.content)
      this.#roadmaps.show(snap)
      return snap
    })
  }

  /** exportFormats lists the formats the backend writes, in its order (the roadmap file first). */
  async exportFormats(): Promise<ExportFormat[]> {
    try {
      return await this.#api.ExportFormatList()
    } catch (err) {
      throw toApiError(err)
    }
  }

  /**
   * exportAs renders the open roadmap in `format` with `options` and saves
   * it (a native save dialog on the desktop, a download in a browser) under
   * the backend's file name; null when the user cancels the save.
   */
  exportAs(format: string, options: ExportOptions = {}): Promise<Exported | null> {
    return this.#run('Exporting…', async () => {
      const { id, name } = this.#open()
      const exported = await this.#api.ExportRoadmapFile(id, format, options)
      const file = await this.#files.save(exported)
      return file ? { roadmap: name, file } : null
    })
  }

  /** rename renames the open roadmap; null when the name is unchanged. */
  async rename(name: string): Promise<Snapshot | null> {
    const { id, name: old } = this.#open()
    if (name.trim() === old) return null
    return this.#run('Renaming…', async () => {
      const snap = await this.#api.RenameRoadmap(id, name.trim())
      this.#roadmaps.show(snap)
      return snap
    })
  }

  /** remove deletes the open roadmap, then opens the one the backend starts with; resolves to the deleted name. */
  async remove(): Promise<string> {
    const { id, name } = this.#open()
    return this.#run('Deleting…', async () => {
      await this.#api.DeleteRoadmap(id)
      this.#roadmaps.forget(id)
      try {
        await this.#roadmaps.startup()
      } catch (err) {
        const e = toApiError(err)
        throw new ApiError(e.code, `“${name}” was deleted, but no other roadmap could be opened: ${e.message}`)
      }
      return name
    })
  }

  #open(): { id: string; name: string } {
    const info = this.#roadmaps.snapshot?.info
    if (!info) throw new ApiError('not_found', 'No roadmap is open')
    return { id: info.id, name: this.#roadmaps.roadmap?.name || info.name }
  }

  async #run<T>(what: string, action: () => Promise<T>): Promise<T> {
    this.busy = what
    try {
      return await action()
    } catch (err) {
      throw toApiError(err)
    } finally {
      this.busy = ''
    }
  }
}
