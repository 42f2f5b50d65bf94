// Page helpers shared by the specs: open the app, switch roadmaps, read lanes and bars.
import { TIMEOUT, textIs, visible } from './expect.mjs'

/** openApp loads the UI and waits until a roadmap is shown. */
export async function openApp(page, baseUrl) {
  await page.goto(baseUrl + '/')
  await visible(page.getByRole('grid'), 'the timeline')
}

export function heading(page) {
  return page.getByRole('heading', { level: 1 })
}

export function switcher(page) {
  return page.getByRole('combobox', { name: 'Roadmap' })
}

/** switchTo picks a roadmap by name in the switcher and waits for it to open. */
export async function switchTo(page, name) {
  await switcher(page).selectOption({ label: name })
  await textIs(heading(page), name, 'roadmap heading')
}

/** ensureOpen opens roadmap `name` unless it is already the one shown. */
export async function ensureOpen(page, name) {
  const current = ((await heading(page).textContent({ timeout: TIMEOUT })) ?? '').trim()
  if (current !== name) await switchTo(page, name)
}

/** laneNames lists the lane rows in order. */
export async function laneNames(page) {
  const rows = page.getByRole('grid').getByRole('row')
  return rows.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')).filter(Boolean))
}

/**
 * barTitles collects the aria-labels of the bars and milestones in lane
 * `lane`, scrolling the timeline across its whole width (bars out of view
 * are not rendered).
 */
export async function barTitles(page, lane) {
  const row = page.getByRole('row', { name: lane, exact: true })
  await row.scrollIntoViewIfNeeded()
  const scroller = page.getByRole('grid')
  const seen = new Set()
  const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
  }))
  for (let left = 0; ; left += Math.max(200, clientWidth - 300)) {
    await scroller.evaluate((el, x) => el.scrollTo({ left: x }), left)
    await page.waitForTimeout(50)
    for (const label of await row.locator('[role="option"][aria-label]').evaluateAll((els) =>
      els.map((el) => el.getAttribute('aria-label')),
    )) {
      seen.add(label)
    }
    if (left + clientWidth >= scrollWidth) break
  }
  await scroller.evaluate((el) => el.scrollTo({ left: 0 }))
  return seen
}
