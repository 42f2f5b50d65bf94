// Tandem's side of `npm run bench`: the app served by `tandem serve`, opening
// the roadmap just imported (the last opened one).
import { firstFrame, frames, mainThreadTasks, settle, ZOOM_PRESSES } from './measure.mjs'

/**
 * measureTandem measures the app at `baseUrl` on its last opened roadmap; see
 * measure.mjs for how. With editOnly it times only the first frame and edits.
 */
export async function measureTandem(page, baseUrl, { editOnly = false } = {}) {
  const first = await firstFrame(page, baseUrl + '/', '[role="grid"] [data-id]', '/api/StartupRoadmap')
  const drawn = await page.locator('[role="grid"] [data-id]').count()
  await settle(page)
  await zoomIn(page)
  if (editOnly) return { first, drawn, edit: await edit(page).catch(() => NaN) }
  const pan = await mainThreadTasks(page, () => frames(page, 'tandem', 'pan', 120))
  const zoom = await mainThreadTasks(page, () => frames(page, 'tandem', 'zoom', 60))
  const zoomSettle = await mainThreadTasks(page, () => frames(page, 'tandem', 'zoom', 1, 30))
  return { first, drawn, pan, zoom, zoomSettle, edit: await edit(page).catch(() => NaN) }
}

/** zoomIn zooms in with the + key (ZOOM_PRESSES times) and scrolls to the chart's start (a month before the roadmap's). */
async function zoomIn(page) {
  for (let i = 0; i < ZOOM_PRESSES; i++) {
    await page.keyboard.press('+')
    await page.waitForTimeout(50)
  }
  await page.getByRole('grid').evaluate((el) => el.scrollTo({ left: 0, top: 0 }))
  await settle(page)
}

/** EDITS is how many edits `edit` times; the table shows their median. */
const EDITS = 8

/**
 * edit selects a drawn effort and presses → EDITS times, each time timing
 * until its moved bar (a new position) is on screen: saved and re-analysed by
 * the backend. It returns the median time, and the median size of the edit's
 * reply body (UpdateEffort, in bytes as sent) and time of its request (the
 * backend's edit and the transfer).
 */
async function edit(page) {
  await page.locator('[role="grid"] g.bar[data-id]').first().locator('rect.fill').click()
  await settle(page)
  const times = []
  for (let i = 0; i < EDITS; i++) {
    times.push(await page.evaluate(editOnce))
    await settle(page, 150)
  }
  const replies = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/api/UpdateEffort'))
      .map((e) => ({ bytes: e.decodedBodySize, ms: e.responseEnd - e.startTime })),
  )
  return { ms: median(times), bytes: median(replies.map((r) => r.bytes)), requestMs: median(replies.map((r) => r.ms)) }
}

/** editOnce (run in the page) presses → on the selected effort and resolves to the ms until its bar moved on screen. */
async function editOnce() {
  const el = document.activeElement?.closest('[data-id]') ?? document.querySelector('g.bar.selected')
  const id = el.getAttribute('data-id')
  const before = el.getAttribute('transform')
  const t0 = performance.now()
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }))
  await new Promise((done) => {
    const check = () => {
      const now = document.querySelector(`[data-id="${id}"]`)?.getAttribute('transform')
      if (now && now !== before) requestAnimationFrame(() => done())
      else requestAnimationFrame(check)
    }
    check()
  })
  return performance.now() - t0
}

function median(xs) {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}
