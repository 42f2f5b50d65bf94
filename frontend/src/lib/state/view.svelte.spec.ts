import { describe, expect, it } from 'vitest'
import { ViewState } from './view.svelte'

describe('ViewState', () => {
  it('toggles the critical-path-only view', () => {
    const v = new ViewState()
    expect(v.criticalOnly).toBe(false)
    v.toggleCriticalOnly()
    expect(v.criticalOnly).toBe(true)
    v.toggleCriticalOnly()
    expect(v.criticalOnly).toBe(false)
  })

  it('starts unzoomed and resets the zoom to fit', () => {
    const v = new ViewState()
    expect(v.pxPerDay).toBeNull()
    v.pxPerDay = 12
    v.resetZoom()
    expect(v.pxPerDay).toBeNull()
  })
})
