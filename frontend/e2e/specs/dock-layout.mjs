// The dock of coordination views at 1280x720: each view opens under the
// timeline without overlapping it, the page itself never scrolls (the views
// scroll inside the dock), and the splitter shares the height by pointer
// and keyboard.
import { assert, visible } from '../lib/expect.mjs'
import { ensureOpen, openApp } from '../lib/app.mjs'
import { fillOf, until } from '../lib/editing.mjs'

export const name = 'dock layout: every view fits under the timeline at 1280x720; the splitter moves the line'
export const phase = 'first-run'

/** SAMPLE is the built-in sample roadmap's name (backend/sample). */
const SAMPLE = 'Growth H1 2027 (sample)'

const VIEWS = ['Conflicts', 'Decisions', 'Integrations', 'Shared metrics', 'Coordination debt', 'Agenda']

/** box is a locator's bounding box, rounded, or a failure naming `what`. */
async function box(locator, what) {
  const b = await locator.boundingBox()
  assert.ok(b, `${what} has a box`)
  return { top: Math.round(b.y), bottom: Math.round(b.y + b.height), height: Math.round(b.height) }
}

/** checkLayout asserts that the dock's tabs sit below the timeline's visible lanes and that the page does not scroll. */
async function checkLayout(page, label) {
  const grid = page.getByRole('grid').first()
  const tabs = page.getByRole('tablist', { name: 'Coordination views' })
  const lane = grid.getByRole('row').first()
  await visible(tabs, `the dock's tab row (${label})`)
  await visible(lane, `the timeline's first lane (${label})`)
  const g = await box(grid, 'the timeline')
  const t = await box(tabs, 'the tab row')
  const l = await box(lane, 'the first lane')
  assert.ok(g.bottom <= t.top, `${label}: the timeline (bottom ${g.bottom}) ends above the tab row (top ${t.top})`)
  assert.ok(l.top < g.bottom && l.top >= g.top, `${label}: the first lane starts inside the visible timeline`)
  assert.ok(g.height >= 120, `${label}: the timeline keeps room for lanes (${g.height} px)`)
  const viewport = page.viewportSize()
  assert.ok(t.bottom <= viewport.height, `${label}: the tab row is on screen`)
  const { scroll, inner } = await page.evaluate(() => ({ scroll: document.scrollingElement.scrollHeight, inner: innerHeight }))
  assert.ok(scroll <= inner, `${label}: the document does not scroll (${scroll} > ${inner})`)
  const main = await page.evaluate(() => {
    const m = document.querySelector('main')
    return { scroll: m.scrollHeight, client: m.clientHeight }
  })
  assert.ok(main.scroll <= main.client + 1, `${label}: the workspace does not scroll (${main.scroll} > ${main.client})`)
}

export async function run({ page, baseUrl, screenshot }) {
  await page.setViewportSize({ width: 1280, height: 720 })
  await openApp(page, baseUrl)
  await ensureOpen(page, SAMPLE) // earlier specs leave their own copies open
  const strip = page.getByRole('list', { name: 'Analysis summary' })
  const rows = await strip.evaluate((el) => new Set([...el.children].map((li) => Math.round(li.getBoundingClientRect().top))).size)
  assert.equal(rows, 1, 'the summary strip fits on one row at 1280 px')

  await page.keyboard.press('Alt+KeyC')
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme })
    for (const label of VIEWS) {
      await page.getByRole('tab', { name: label }).click()
      await visible(page.getByRole('region', { name: `${label} view` }), `the ${label} view`)
      await page.waitForTimeout(150)
      await checkLayout(page, `${label}, ${scheme}`)
      await screenshot(`dock-layout-${label.toLowerCase().replace(/ /g, '-')}-${scheme}`)
    }
  }
  await page.emulateMedia({ colorScheme: 'light' })

  // The splitter: 55% by default; a drag moves it and the timeline grows; the keys move it back.
  const splitter = page.getByRole('separator', { name: /Share the height/ })
  assert.equal(await splitter.getAttribute('aria-valuenow'), '55', 'the timeline takes 55% by default')
  const grid = page.getByRole('grid').first()
  const before = await box(grid, 'the timeline')
  const s = await splitter.boundingBox()
  await page.mouse.move(s.x + s.width / 2, s.y + s.height / 2)
  await page.mouse.down()
  await page.mouse.move(s.x + s.width / 2, s.y + s.height / 2 + 80, { steps: 6 })
  await page.mouse.up()
  const dragged = Number(await splitter.getAttribute('aria-valuenow'))
  assert.ok(dragged > 55, `dragging down gives the timeline more (${dragged}%)`)
  const after = await box(grid, 'the timeline')
  assert.ok(after.height > before.height + 40, `the timeline grew (${before.height} -> ${after.height} px)`)
  await checkLayout(page, 'after the drag')
  await screenshot('dock-layout-dragged')

  await splitter.focus()
  await page.keyboard.press('ArrowUp')
  assert.equal(Number(await splitter.getAttribute('aria-valuenow')), dragged - 5, 'ArrowUp moves the line up a step')
  await page.keyboard.press('End')
  const max = Number(await splitter.getAttribute('aria-valuemax'))
  assert.equal(Number(await splitter.getAttribute('aria-valuenow')), max, 'End gives the timeline all the dock allows')
  await checkLayout(page, 'the dock at its least')

  // The split is remembered across a reload.
  await page.reload()
  await openApp(page, baseUrl)
  await page.keyboard.press('Alt+KeyC')
  await until(async () => (await splitter.getAttribute('aria-valuenow')) === String(max), 'the split survives a reload')
  await splitter.focus()
  await page.keyboard.press('Home')
  assert.equal(await splitter.getAttribute('aria-valuenow'), await splitter.getAttribute('aria-valuemin'), 'Home gives the dock all the timeline allows')
  await checkLayout(page, 'the timeline at its least')

  // The inspector beside the timeline stays in the timeline's pane (it scrolls inside).
  await splitter.focus()
  await page.keyboard.press('End')
  await fillOf(page, 'Q1 search ads push').click()
  const inspector = page.getByRole('complementary', { name: 'Inspector' })
  await visible(inspector, 'the inspector')
  const i = await box(inspector, 'the inspector')
  const t = await box(page.getByRole('tablist', { name: 'Coordination views' }), 'the tab row')
  assert.ok(i.bottom <= t.top, `the inspector (bottom ${i.bottom}) ends above the tab row (top ${t.top})`)
  await checkLayout(page, 'with the inspector')
  await screenshot('dock-layout-inspector')
}
