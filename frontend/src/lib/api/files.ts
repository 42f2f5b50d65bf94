/**
 * Roadmap files on the user's disk: choosing one to import, saving an
 * export. The desktop window has native dialogs (the Go `Files`, bound at
 * window.go.main.Files); a browser (serve mode) has a file input and
 * downloads. autoFiles decides per call, like autoCall.
 */
import type { main, service } from '../../../wailsjs/go/models'
import { ApiError, toApiError } from './error'
import type { Plain } from './types'
import { wailsFiles, type WailsFiles, type WailsWindow } from './wails'
import { ROADMAP_FILES } from './formats.gen'

export { ROADMAP_FILES }

/** OpenedFile is a file the user chose: its name (no folders) and its text. */
export type OpenedFile = Plain<main.OpenedFile>

/** ExportedFile is an export ready to save (ExportRoadmapFile): its file name, media type, and data (base64 when binary). */
export type ExportedFile = Plain<service.ExportedFile>

export interface FileAccess {
  /** pick asks the user for a roadmap file; null when they cancel. */
  pick(): Promise<OpenedFile | null>
  /** save offers an export as a file (its own name suggested); it resolves to the file saved, or null when the user cancels. */
  save(file: ExportedFile): Promise<SavedFile | null>
}

/** SavedFile is where an export went: its file name, and its full path when known (the desktop; '' for a download). */
export interface SavedFile {
  name: string
  path: string
}


/** desktopFiles uses the native dialogs of the bound Go Files; its errors become ApiErrors. */
export function desktopFiles(getFiles: () => WailsFiles | undefined): FileAccess {
  const bound = () => {
    const f = getFiles()
    if (!f?.OpenRoadmapFile || !f.SaveExportedFile) throw new ApiError('internal', 'The desktop file dialogs are not available')
    return f as Required<WailsFiles>
  }
  return {
    async pick() {
      try {
        const file = (await bound().OpenRoadmapFile()) as OpenedFile | null
        return file ? { name: file.name, content: file.content } : null
      } catch (err) {
        throw toApiError(err)
      }
    },
    async save(file) {
      let path: string
      try {
        path = await bound().SaveExportedFile(file)
      } catch (err) {
        throw toApiError(err)
      }
      return path ? { name: path.split(/[\\/]/).pop() || file.fileName, path } : null
    },
  }
}

/**
 * browserFiles picks with a hidden `<input type=file>` (its "cancel" event,
 * or another pick, resolves null) and saves as a download of a Blob.
 */
export function browserFiles(doc: Document): FileAccess {
  let pending: (() => void) | null = null
  return {
    pick() {
      pending?.()
      return new Promise<OpenedFile | null>((resolve, reject) => {
        const input = doc.createElement('input')
        input.type = 'file'
        input.accept = ROADMAP_FILES
        input.hidden = true
        input.setAttribute('data-tandem-import', '')
        const done = (result: OpenedFile | null | Error) => {
          pending = null
          input.remove()
          if (result instanceof Error) reject(toApiError(result, 'invalid'))
          else resolve(result)
        }
        pending = () => done(null)
        input.addEventListener('cancel', () => done(null))
        input.addEventListener('change', () => {
          const file = input.files?.[0]
          if (!file) return done(null)
          file.text().then(
            (content) => done({ name: file.name, content }),
            (err: unknown) => done(new Error(`Could not read ${file.name}: ${toApiError(err).message}`)),
          )
        })
        doc.body.append(input)
        input.click()
      })
    },
    async save(file) {
      const url = URL.createObjectURL(fileBlob(file))
      const a = doc.createElement('a')
      a.href = url
      a.download = file.fileName
      a.hidden = true
      doc.body.append(a)
      a.click()
      a.remove()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      return { name: file.fileName, path: '' }
    },
  }
}

/** fileBlob is the export's bytes (base64 decoded when binary) typed with its media type. */
export function fileBlob(file: ExportedFile): Blob {
  if (!file.base64) return new Blob([file.data], { type: file.mime })
  const raw = atob(file.data)
  const bytes = new Uint8Array(raw.length)
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i)
  return new Blob([bytes], { type: file.mime })
}

/** autoFiles uses the native dialogs when `win.go.main.Files` is bound at the time of the call, else the browser's. */
export function autoFiles(win: WailsWindow | undefined, doc: Document | undefined): FileAccess {
  const desktop = desktopFiles(() => wailsFiles(win))
  const browser = doc ? browserFiles(doc) : null
  const pickOne = (): FileAccess => {
    if (wailsFiles(win)) return desktop
    if (!browser) throw new ApiError('internal', 'No way to open or save files here')
    return browser
  }
  return {
    pick: () => pickOne().pick(),
    save: (file) => pickOne().save(file),
  }
}
