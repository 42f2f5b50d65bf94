import { flushSync } from 'svelte'
import { describe, expect, it } from 'vitest'
import { NextFrame } from './next-frame.svelte'

describe('NextFrame', () => {
  it('follows a change of the same subject a frame late, a new subject at once, and many changes in one frame', () => {
    let source = $state({ subject: 'a', n: 1 })
    const frames: (() => void)[] = []
    let shown!: NextFrame<{ subject: string; n: number }>
    const stop = $effect.root(() => {
      shown = new NextFrame(
        () => source,
        (v) => v.subject,
        (fn) => frames.push(fn),
      )
    })
    flushSync()
    expect(shown.current.n).toBe(1)
    expect(frames).toHaveLength(0)

    source = { subject: 'a', n: 2 }
    flushSync()
    expect(shown.current.n).toBe(1)
    source = { subject: 'a', n: 3 }
    flushSync()
    expect(frames).toHaveLength(1)
    frames.shift()!()
    flushSync()
    expect(shown.current.n).toBe(3)

    source = { subject: 'b', n: 4 }
    flushSync()
    expect(shown.current).toEqual({ subject: 'b', n: 4 })
    expect(frames).toHaveLength(0)
    stop()
  })
})
