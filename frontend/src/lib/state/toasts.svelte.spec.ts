import { describe, expect, it } from 'vitest'
import { ToastState } from './toasts.svelte'

describe('ToastState', () => {
  it('pushes and dismisses', () => {
    const t = new ToastState()
    const a = t.push('error', 'Could not open', 'not_found')
    t.push('info', 'Saved')
    expect(t.items.map((x) => x.message)).toEqual(['Could not open', 'Saved'])
    t.dismiss(a)
    expect(t.items).toHaveLength(1)
    expect(t.items[0]).toMatchObject({ kind: 'info', message: 'Saved' })
  })

  it('keeps only the newest few', () => {
    const t = new ToastState(2)
    t.push('info', '1')
    t.push('info', '2')
    t.push('info', '3')
    expect(t.items.map((x) => x.message)).toEqual(['2', '3'])
  })
})
