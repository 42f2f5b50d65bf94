/**
 * HoverIntent is the item the pointer (or keyboard focus) rests on: its id
 * once it has stayed on the same item for `delay` ms, so a card does not
 * flash up while the pointer crosses the timeline. Moving to another item
 * starts over; a press, a scroll or leaving clears it at once.
 */
export class HoverIntent {
  /** the item rested on, or null */
  id = $state<string | null>(null)
  #timer: ReturnType<typeof setTimeout> | undefined
  #next: string | null = null
  readonly #delay: number

  constructor(delay = 450) {
    this.#delay = delay
  }

  /** over takes what is under the pointer or focused: an element in an item (its `data-id`), or anything else. */
  over(target: EventTarget | null): void {
    const id = (target as Element | null)?.closest?.('[data-id]')?.getAttribute('data-id') ?? null
    if (id !== null && (id === this.id || id === this.#next)) return
    this.clear()
    if (id === null) return
    this.#next = id
    this.#timer = setTimeout(() => {
      this.id = id
      this.#next = null
    }, this.#delay)
  }

  /** clear forgets the item and any item about to be shown. */
  clear(): void {
    if (this.#timer === undefined && this.id === null) return
    clearTimeout(this.#timer)
    this.#timer = undefined
    this.#next = null
    this.id = null
  }
}
