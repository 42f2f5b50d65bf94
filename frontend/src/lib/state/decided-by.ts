/**
 * The name of whoever decided last, remembered on this machine so that the
 * next decision's "Who decided" starts with it.
 */
const KEY = 'tandem.decidedBy'

export function lastDecider(store: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): string {
  try {
    return store?.getItem(KEY) ?? ''
  } catch {
    return ''
  }
}

export function rememberDecider(name: string, store: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  const n = name.trim()
  if (!n) return
  try {
    store?.setItem(KEY, n)
  } catch {
    // private mode or no storage: nothing to remember
  }
}
