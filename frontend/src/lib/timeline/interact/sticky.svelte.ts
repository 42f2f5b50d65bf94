import { SvelteMap } from 'svelte/reactivity'
import { untrack } from 'svelte'
import { stickyShift } from '../draw/barlabel'

/** A bar's id and horizontal extent, in the lane's pixels. */
export interface BarExtent {
  id: string
  x0: number
  x1: number
}

/**
 * StickyShifts holds how far each bar's label moves right to stay in view
 * (barlabel.ts stickyShift) for the bars that start left of the view. Each
 * bar reads only its own entry, so a scroll frame touches the few bars
 * crossing the view's left edge, not every drawn bar.
 */
export class StickyShifts {
  #shifts = new SvelteMap<string, number>()

  /** of is bar `id`'s shift, 0 when it starts in view; reading it follows that bar only. */
  of(id: string): number {
    return this.#shifts.get(id) ?? 0
  }

  /** size is how many bars are shifted (untracked). */
  get size(): number {
    return untrack(() => this.#shifts.size)
  }

  /** update sets the shifts of `bars` for the view's left edge `viewLeft`; only entries that change notify. */
  update(bars: Iterable<BarExtent>, viewLeft: number): void {
    untrack(() => {
      const seen = new Set<string>()
      for (const b of bars) {
        const s = stickyShift(b.x0, b.x1, viewLeft)
        if (s <= 0) continue
        seen.add(b.id)
        if (this.#shifts.get(b.id) !== s) this.#shifts.set(b.id, s)
      }
      for (const id of [...this.#shifts.keys()]) if (!seen.has(id)) this.#shifts.delete(id)
    })
  }
}
