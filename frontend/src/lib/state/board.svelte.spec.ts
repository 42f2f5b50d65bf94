import { describe, expect, it, vi } from 'vitest'
import type { Board } from '../api'
import { BoardState } from './board.svelte'
import { lastDecider, rememberDecider } from './decided-by'

const board = (keys: string[]): Board => ({
  baseline: 'since the roadmap was opened',
  counts: { open: keys.length },
  rows: keys.map((key) => ({
    key,
    status: 'open',
    index: 0,
  })),
})

describe('BoardState', () => {
  it('keeps the latest answer and drops a selection that is gone', async () => {
    let release: (b: Board) => void = () => {}
    const slow = new Promise<Board>((r) => (release = r))
    const api = {
      ConflictBoard: vi.fn().mockReturnValueOnce(slow).mockResolvedValueOnce(board(['k2'])),
      PreviewDecision: vi.fn(),
    }
    const s = new BoardState(api)
    s.selected = 'k1'
    const first = s.load('r')
    await s.load('r')
    release(board(['k1']))
    await first
    expect(s.board?.rows.map((r) => r.key)).toEqual(['k2'])
    expect(s.selected).toBeNull()
  })

  it('says why a preview is refused', async () => {
    const api = { ConflictBoard: vi.fn(), PreviewDecision: vi.fn().mockRejectedValue({ code: 'invalid', message: 'no' }) }
    const got = await new BoardState(api).preview('r', { kind: 'sequence' })
    expect(got).toEqual({ preview: null, refusal: 'no' })
  })

  it('toggles the selected row', () => {
    const s = new BoardState({ ConflictBoard: vi.fn(), PreviewDecision: vi.fn() })
    s.select('a')
    expect(s.selected).toBe('a')
    s.select('a')
    expect(s.selected).toBeNull()
  })
})

describe('decided-by', () => {
  it('remembers the last name given', () => {
    const m = new Map<string, string>()
    const store = { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) }
    expect(lastDecider(store)).toBe('')
    rememberDecider('  Mara Lind ', store)
    rememberDecider('  ', store)
    expect(lastDecider(store)).toBe('Mara Lind')
  })
})
