// Helpers for editing specs: drag with the mouse, find lanes and bars, read the store.
import { call } from './backend.mjs'
import { TIMEOUT } from './expect.mjs'

/** drag presses at `a`, moves to `b` in steps and releases. */
export async function drag(page, a, b, steps = 8) {
  await page.mouse.move(a.x, a.y)
  await page.mouse.down()
  await page.mouse.move(b.x, b.y, { steps })
  await page.mouse.up()
}

/** track is the time area of lane `name` (its gridcell). */
export function track(page, name) {
  return page.getByRole('row', { name, exact: true }).getByRole('gridcell')
}

/** bar is the drawn effort titled `title`. */
export function bar(page, title) {
  return page.getByRole('grid').getByRole('option', { name: title, exact: true })
}

/** centre of a locator's box, shifted by dx, dy; it waits while the element is being redrawn. */
export async function centre(locator, dx = 0, dy = 0) {
  const b = await until(() => locator.boundingBox(), 'a box to drag')
  return { x: b.x + b.width / 2 + dx, y: b.y + b.height / 2 + dy }
}

/** fillBox is the bar's body (not its label or grips). */
export function fillOf(page, title) {
  return bar(page, title).locator('rect.fill')
}

/** snapshotOf reads a roadmap from the backend. */
export function snapshotOf(baseUrl, id) {
  return call(baseUrl, 'OpenRoadmap', id)
}

export async function effortTitled(baseUrl, id, title) {
  const snap = await snapshotOf(baseUrl, id)
  const e = snap.roadmap.efforts.find((x) => x.title === title)
  if (!e) throw new Error(`no effort "${title}" in ${snap.roadmap.efforts.map((x) => x.title).join(', ')}`)
  return e
}

/** until polls `fn` until it returns a truthy value (or throws after the timeout). */
export async function until(fn, what, timeout = TIMEOUT) {
  const deadline = Date.now() + timeout
  let last
  for (;;) {
    try {
      const v = await fn()
      if (v) return v
    } catch (err) {
      last = err
    }
    if (Date.now() > deadline) throw new Error(`timed out: ${what}${last ? ` (${last.message})` : ''}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}
