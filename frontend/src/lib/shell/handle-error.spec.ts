import { describe, expect, it, vi } from 'vitest'
import { ToastState } from '../state/toasts.svelte'
import { handleError } from './handle-error'

describe('handleError', () => {
  it('normalises, logs and shows', () => {
    const sink = new ToastState()
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const err = handleError('{"code":"not_found","message":"no roadmap r9"}', 'Could not open roadmap', sink)
    expect(err).toMatchObject({ code: 'not_found', message: 'no roadmap r9' })
    expect(log).toHaveBeenCalledOnce()
    expect(sink.items[0]).toMatchObject({
      kind: 'error',
      message: 'Could not open roadmap: no roadmap r9',
      detail: 'not_found',
    })
    log.mockRestore()
  })
})
