import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from './error'
import { autoFiles, browserFiles, desktopFiles, fileBlob, ROADMAP_FILES } from './files'
import type { WailsFiles, WailsWindow } from './wails'

afterEach(() => {
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

/** choose makes the hidden input report `files` as chosen (what a user does in the browser's dialog). */
function choose(files: File[]) {
  const input = document.querySelector<HTMLInputElement>('input[type=file]')!
  Object.defineProperty(input, 'files', { value: files })
  input.dispatchEvent(new Event('change'))
}

describe('desktopFiles', () => {
  it('opens with the native dialog, null when cancelled', async () => {
    const bound: WailsFiles = {
      OpenRoadmapFile: vi.fn().mockResolvedValueOnce({ name: 'plan.csv', content: 'id,lane' }).mockResolvedValueOnce(null),
      SaveExportedFile: vi.fn(),
    }
    const files = desktopFiles(() => bound)
    await expect(files.pick()).resolves.toEqual({ name: 'plan.csv', content: 'id,lane' })
    await expect(files.pick()).resolves.toBeNull()
  })

  it('saves with the native dialog and says the path; "" is a cancel', async () => {
    const SaveExportedFile = vi.fn().mockResolvedValueOnce('C:\\Users\\dana\\growth-h1.tandem').mockResolvedValueOnce('')
    const files = desktopFiles(() => ({ SaveExportedFile, OpenRoadmapFile: vi.fn() }))
    const file = { fileName: 'growth-h1.tandem', mime: 'application/json', base64: false, data: '{}' }
    await expect(files.save(file)).resolves.toEqual({ name: 'growth-h1.tandem', path: 'C:\\Users\\dana\\growth-h1.tandem' })
    expect(SaveExportedFile).toHaveBeenCalledWith(file)
    await expect(files.save(file)).resolves.toBeNull()
  })

  it('turns a Go error into an ApiError', async () => {
    const files = desktopFiles(() => ({
      OpenRoadmapFile: () => Promise.reject('{"code":"invalid","message":"huge.csv is over the 1024 MB limit"}'),
      SaveExportedFile: vi.fn(),
    }))
    await expect(files.pick()).rejects.toMatchObject({ code: 'invalid', message: 'huge.csv is over the 1024 MB limit' })
    await expect(desktopFiles(() => undefined).pick()).rejects.toBeInstanceOf(ApiError)
  })
})

describe('browserFiles', () => {
  it('picks with a hidden file input for roadmap files and reads the text', async () => {
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => {})
    const picked = browserFiles(document).pick()
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!
    expect(input.accept).toBe(ROADMAP_FILES)
    expect(input.hidden).toBe(true)
    expect(click).toHaveBeenCalled()
    choose([new File(['id,lane\na,Paid\n'], 'plan.csv', { type: 'text/csv' })])
    await expect(picked).resolves.toEqual({ name: 'plan.csv', content: 'id,lane\na,Paid\n' })
    expect(document.querySelector('input[type=file]')).toBeNull()
  })

  it('resolves null when the user cancels, or picks again', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => {})
    const files = browserFiles(document)
    const first = files.pick()
    document.querySelector('input[type=file]')!.dispatchEvent(new Event('cancel'))
    await expect(first).resolves.toBeNull()
    const second = files.pick()
    const third = files.pick()
    await expect(second).resolves.toBeNull()
    expect(document.querySelectorAll('input[type=file]')).toHaveLength(1)
    choose([new File(['{}'], 'a.tandem')])
    await expect(third).resolves.toMatchObject({ name: 'a.tandem' })
  })

  it('saves as a download named after the file', async () => {
    const createObjectURL = vi.fn(() => 'blob:x')
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() })
    let clicked: HTMLAnchorElement | undefined
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked = this
    })
    const file = { fileName: 'growth-h1.tandem', mime: 'application/json', base64: false, data: '{"name":"Growth"}' }
    await expect(browserFiles(document).save(file)).resolves.toEqual({ name: 'growth-h1.tandem', path: '' })
    expect(clicked?.download).toBe('growth-h1.tandem')
    expect(clicked?.href).toBe('blob:x')
    expect(document.querySelector('a')).toBeNull()
  })
})

describe('fileBlob', () => {
  const bytes = (b: Blob) =>
    new Promise<Uint8Array>((resolve) => {
      const reader = new FileReader()
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
      reader.readAsArrayBuffer(b)
    })

  it('keeps text as UTF-8 with the media type', async () => {
    const blob = fileBlob({ fileName: 'a.csv', mime: 'text/csv', base64: false, data: 'é,1' })
    expect(blob.type).toBe('text/csv')
    expect([...(await bytes(blob))]).toEqual([0xc3, 0xa9, 0x2c, 0x31])
  })

  it('decodes base64 into the exact bytes', async () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff]
    const blob = fileBlob({ fileName: 'a.png', mime: 'image/png', base64: true, data: btoa(String.fromCharCode(...png)) })
    expect(blob.type).toBe('image/png')
    expect([...(await bytes(blob))]).toEqual(png)
  })
})

describe('autoFiles', () => {
  it('uses the native dialogs once Wails binds Files, the browser before', async () => {
    vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => {})
    const win: WailsWindow = {}
    const files = autoFiles(win, document)
    const inBrowser = files.pick()
    document.querySelector('input[type=file]')!.dispatchEvent(new Event('cancel'))
    await expect(inBrowser).resolves.toBeNull()
    win.go = { main: { Files: { OpenRoadmapFile: vi.fn(async () => ({ name: 'd.tandem', content: '{}' })), SaveExportedFile: vi.fn() } } }
    await expect(files.pick()).resolves.toEqual({ name: 'd.tandem', content: '{}' })
    expect(document.querySelector('input[type=file]')).toBeNull()
  })
})
