// Tandem's side of `npm run bench`: the app served by `tandem serve`, opening
// the roadmap just imported (the last opened one).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { firstFrame, frames, mainThreadTasks, settle, wheelScroll, ZOOM_PRESSES } from './measure.mjs'

/**
 * measureTandem measures the app at `baseUrl` on its last opened roadmap; see
 * measure.mjs for how. With editOnly it times only the first frame and edits.
 */
export async function measureTandem(page, baseUrl, { editOnly = false } = {}) {
  const first = await firstFrame(page, baseUrl + '/', '[role="grid"] [data-id]', '/api/StartupRoadmap')
  const drawn = await page.locator('[role="grid"] [data-id]').count()
  await settle(page)
  // A user's first gesture: the wheel over the whole roadmap, as it opens.
  const wheel = editOnly ? null : await mainThreadTasks(page, () => wheelScroll(page, '[role="grid"]'))
  await zoomIn(page)
  if (editOnly) return { first, drawn, edit: await edit(page).catch(() => NaN) }
  const pan = await mainThreadTasks(page, () => frames(page, 'tandem', 'pan', 120))
  const zoom = await mainThreadTasks(page, () => frames(page, 'tandem', 'zoom', 60))
  const zoomSettle = await mainThreadTasks(page, () => frames(page, 'tandem', 'zoom', 1, 30))
  return { first, drawn, wheel, pan, zoom, zoomSettle, edit: await edit(page).catch(() => NaN) }
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

/** EDIT_SCRIPT is the in-page edit timing, shared with the desktop window's (desktop_bench.go). */
const EDIT_SCRIPT = readFileSync(fileURLToPath(new URL('./edit-in-page.js', import.meta.url)), 'utf8')

/**
 * edit runs edit-in-page.js in the page: it selects the first effort and
 * presses → EDITS times, each time timing until the moved effort is on
 * screen (saved and re-analysed by the backend). It returns the median time,
 * and the median size of the edit's reply body (UpdateEffort, in bytes as
 * sent) and time of its request (the backend's edit and the transfer). The
 * page is already zoomed in (zoomIn), so the script zooms no further.
 */
async function edit(page) {
  const { ms } = await page.evaluate(`(${EDIT_SCRIPT})(${EDITS}, 0)`)
  const replies = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/api/UpdateEffort'))
      .map((e) => ({ bytes: e.decodedBodySize, ms: e.responseEnd - e.startTime })),
  )
  return { ms, bytes: median(replies.map((r) => r.bytes)), requestMs: median(replies.map((r) => r.ms)) }
}

function median(xs) {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}
