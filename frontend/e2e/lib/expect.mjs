// Small assertions for the e2e specs, with Playwright's auto-waiting.
import assert from 'node:assert/strict'

export { assert }

export const TIMEOUT = 10000

/** visible waits until a locator is visible. */
export async function visible(locator, what) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout: TIMEOUT })
  } catch {
    throw new Error(`not visible: ${what}`)
  }
}

/** attached waits until a locator is in the DOM (bars far off-screen may be culled, so prefer scrolling first). */
export async function attached(locator, what) {
  try {
    await locator.first().waitFor({ state: 'attached', timeout: TIMEOUT })
  } catch {
    throw new Error(`not found: ${what}`)
  }
}

/** textIs waits until a locator's text is `expected`. */
export async function textIs(locator, expected, what) {
  const deadline = Date.now() + TIMEOUT
  let actual = ''
  while (Date.now() < deadline) {
    actual = ((await locator.first().textContent({ timeout: TIMEOUT })) ?? '').trim()
    if (actual === expected) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`${what}: expected "${expected}", got "${actual}"`)
}
