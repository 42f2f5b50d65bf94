import { render, screen } from '@testing-library/svelte'
import { afterEach, describe, expect, it, vi } from 'vitest'
import Toolbar, { SAVING_DELAY } from './Toolbar.svelte'

const handlers = () => ({
  onundo: vi.fn(),
  onredo: vi.fn(),
  onaddlane: vi.fn(),
  onzoomin: vi.fn(),
  onzoomout: vi.fn(),
  onfit: vi.fn(),
  ontoday: vi.fn(),
  onshortcuts: vi.fn(),
})

describe('Toolbar', () => {
  afterEach(() => vi.useRealTimers())

  it('says "Saving…" only once a save has taken SAVING_DELAY ms, until it ends', async () => {
    vi.useFakeTimers()
    const { rerender } = render(Toolbar, { ...handlers(), busy: false })
    expect(screen.queryByRole('status')).toBeNull()
    await rerender({ busy: true })
    await vi.advanceTimersByTimeAsync(SAVING_DELAY - 1)
    expect(screen.queryByRole('status')).toBeNull()
    await vi.advanceTimersByTimeAsync(1)
    expect(screen.getByRole('status')).toHaveTextContent('Saving…')
    await rerender({ busy: false })
    expect(screen.queryByRole('status')).toBeNull()
  })

  it('says nothing for a save that ends sooner', async () => {
    vi.useFakeTimers()
    const { rerender } = render(Toolbar, { ...handlers(), busy: true })
    await vi.advanceTimersByTimeAsync(SAVING_DELAY / 2)
    await rerender({ busy: false })
    await rerender({ busy: true })
    await vi.advanceTimersByTimeAsync(SAVING_DELAY / 2)
    expect(screen.queryByRole('status')).toBeNull()
  })
})
