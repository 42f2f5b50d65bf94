import { describe, expect, it } from 'vitest'
import { clampShare, DEFAULT_SHARE, KEY_STEP, MIN_DOCK, MIN_TIMELINE, SplitState, STORAGE_KEY } from './split.svelte'

function memory(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial))
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map }
}

describe('clampShare', () => {
  it('keeps a share that leaves both panes above their minimums', () => {
    expect(clampShare(0.55, 600)).toBe(0.55)
  })
  it('keeps the timeline and the dock above their minimums', () => {
    expect(clampShare(0.05, 600)).toBeCloseTo(MIN_TIMELINE / 600)
    expect(clampShare(0.99, 600)).toBeCloseTo(1 - MIN_DOCK / 600)
  })
  it('splits in proportion to the minimums when the height cannot hold both', () => {
    expect(clampShare(0.9, 200)).toBeCloseTo(MIN_TIMELINE / (MIN_TIMELINE + MIN_DOCK))
  })
  it('turns an unusable share into the default', () => {
    expect(clampShare(NaN, 1000)).toBe(DEFAULT_SHARE)
  })
})

describe('SplitState', () => {
  it('starts at 55% and remembers where the splitter was left', () => {
    const storage = memory()
    const split = new SplitState(storage)
    split.height = 500
    expect(split.shown).toBe(DEFAULT_SHARE)
    split.dragTo(300)
    expect(split.shown).toBeCloseTo(0.6)
    expect(storage.map.get(STORAGE_KEY)).toBe('0.6')
    expect(new SplitState(storage).share).toBeCloseTo(0.6)
  })

  it('ignores a stored value that is no share', () => {
    expect(new SplitState(memory({ [STORAGE_KEY]: 'tall' })).share).toBe(DEFAULT_SHARE)
    expect(new SplitState(memory({ [STORAGE_KEY]: '7' })).share).toBe(DEFAULT_SHARE)
  })

  it('drags no further than the minimums allow', () => {
    const split = new SplitState(memory())
    split.height = 500
    split.dragTo(20)
    expect(split.shown).toBeCloseTo(MIN_TIMELINE / 500)
    split.dragTo(495)
    expect(split.shown).toBeCloseTo(1 - MIN_DOCK / 500)
  })

  it('moves a step per arrow key and to its bounds with Home and End', () => {
    const split = new SplitState(memory())
    split.height = 800
    expect(split.onkey('ArrowUp')).toBe(true)
    expect(split.shown).toBeCloseTo(DEFAULT_SHARE - KEY_STEP)
    split.onkey('ArrowDown')
    split.onkey('ArrowDown')
    expect(split.shown).toBeCloseTo(DEFAULT_SHARE + KEY_STEP)
    split.onkey('Home')
    expect(split.shown).toBeCloseTo(split.bounds.min)
    split.onkey('End')
    expect(split.shown).toBeCloseTo(split.bounds.max)
    expect(split.onkey('a')).toBe(false)
  })

  it('shows the stored share clamped to a smaller window without forgetting it', () => {
    const split = new SplitState(memory({ [STORAGE_KEY]: '0.8' }))
    split.height = 400
    expect(split.shown).toBeCloseTo(1 - MIN_DOCK / 400)
    expect(split.share).toBe(0.8)
  })
})
