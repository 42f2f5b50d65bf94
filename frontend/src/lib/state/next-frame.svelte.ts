import { untrack } from 'svelte'

/**
 * afterNextFrame runs `fn` once the next frame has been drawn: a task after
 * the frame's animation callbacks, layout and paint.
 */
export function afterNextFrame(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0))
}

/**
 * NextFrame shows `source`'s value one frame late while its subject stays
 * the same, and at once when the subject changes (`subject` gives it, e.g.
 * the selected effort's id). The inspector follows an edit this way: the
 * frame that shows a moved bar paints the bar (and what is beside it) alone,
 * and the inspector's dates and hints are drawn in the frame after, so the
 * first frame dirties fewer, closer places and runs less script (WebKitGTK
 * paints in software and, past ten dirty rectangles, their bounding box).
 * Changes that come faster than frames are applied together, the latest
 * last. It must be created while a component initialises (it owns an effect).
 */
export class NextFrame<T> {
  #shown: T = $state.raw() as T
  #next: T
  #pending = false
  #schedule: (fn: () => void) => void

  constructor(source: () => T, subject: (value: T) => unknown, schedule = afterNextFrame) {
    this.#schedule = schedule
    this.#next = this.#shown = source()
    let first = true
    $effect.pre(() => {
      const next = source()
      this.#next = next
      if (first) {
        first = false
        return
      }
      if (subject(next) !== subject(untrack(() => this.#shown))) {
        this.#shown = next
        return
      }
      if (this.#pending) return
      this.#pending = true
      this.#schedule(() => {
        this.#pending = false
        this.#shown = this.#next
      })
    })
  }

  /** The value shown: the source's, or the one before it until the next frame. */
  get current(): T {
    return this.#shown
  }
}
