/** A short message shown at the bottom of the window. */
export interface Toast {
  id: number
  kind: 'error' | 'info'
  message: string
  /** optional detail, e.g. the error code */
  detail?: string
}

/**
 * ToastState is the queue of visible toasts. It only holds them; showing and
 * timing them out is the ToastHost component's job. At most `limit` are kept
 * (the oldest go first).
 */
export class ToastState {
  items = $state<Toast[]>([])
  #next = 1
  #limit: number

  constructor(limit = 4) {
    this.#limit = limit
  }

  push(kind: Toast['kind'], message: string, detail?: string): number {
    const id = this.#next++
    this.items = [...this.items, { id, kind, message, detail }].slice(-this.#limit)
    return id
  }

  dismiss(id: number): void {
    this.items = this.items.filter((t) => t.id !== id)
  }
}

/** The app's toasts. */
export const toasts = new ToastState()
