// vis-timeline's side of `npm run bench`: the same roadmap drawn by
// vis-timeline (vis.html), measured the same way as Tandem (measure.mjs).
import { firstFrame, frames, mainThreadTasks, settle, ZOOM_IN } from './measure.mjs'

/** measureVis measures vis-timeline drawing roadmap `n` from the bench's vis server at `siteUrl`. */
export async function measureVis(page, siteUrl, n) {
  const first = await firstFrame(page, `${siteUrl}/vis.html?n=${n}`, '.vis-timeline .vis-item', `/data/${n}.json`)
  const drawn = await page.locator('.vis-timeline .vis-item').count()
  await settle(page)
  await zoomIn(page)
  const pan = await mainThreadTasks(page, () => frames(page, 'vis', 'pan', 120))
  const zoom = await mainThreadTasks(page, () => frames(page, 'vis', 'zoom', 60))
  const zoomSettle = await mainThreadTasks(page, () => frames(page, 'vis', 'zoom', 1, 30))
  return { first, drawn, pan, zoom, zoomSettle, edit: await edit(page).catch(() => NaN) }
}

/** zoomIn shows what Tandem shows after zooming in (tandem.mjs): a window ZOOM_IN times narrower, from a month before the roadmap's month. */
async function zoomIn(page) {
  await page.evaluate((zoomIn) => {
    const { timeline, start, end } = window.bench
    const first = new Date(start)
    const from = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() - 1, 1)
    timeline.setWindow(from, from + (end - start) / 0.94 / zoomIn, { animation: false })
  }, ZOOM_IN)
  await settle(page)
}

/** edit moves a drawn item a day later in vis-timeline's DataSet (in memory: no save, no analysis) and times until it is on screen. */
function edit(page) {
  return page.evaluate(async () => {
    const { items } = window.bench
    const el = document.querySelector('.vis-item.vis-range[data-id]')
    const id = el.getAttribute('data-id')
    const before = el.style.transform
    const item = items.get(id)
    const t0 = performance.now()
    items.update({ id, start: +item.start + 86400000, end: +item.end + 86400000 })
    await new Promise((done) => {
      const check = () => {
        const now = document.querySelector(`.vis-item[data-id="${id}"]`)?.style.transform
        if (now && now !== before) requestAnimationFrame(() => done())
        else requestAnimationFrame(check)
      }
      check()
    })
    return performance.now() - t0
  })
}
