import { assert, visible } from '../lib/expect.mjs'
import { barTitles, ensureOpen, laneNames, openApp } from '../lib/app.mjs'
import { killedTitles, roadmapWhere, shownEfforts } from '../lib/roadmaps.mjs'

export const name = 'first run opens the sample roadmap with its lanes and efforts'
export const phase = 'first-run'

export async function run({ page, baseUrl, imported, screenshot }) {
  // On an empty store the UI's StartupRoadmap creates the sample: load first, then ask.
  await openApp(page, baseUrl)
  const sample = await roadmapWhere(baseUrl, (r) => r.name !== imported.name)
  await ensureOpen(page, sample.name)

  const lanes = await laneNames(page)
  for (const lane of ['Paid', 'Content', 'Product', 'AI tools']) {
    assert.ok(lanes.includes(lane), `lane ${lane} missing; rows: ${lanes.join(', ')}`)
  }
  assert.deepEqual(lanes, sample.lanes.map((l) => l.name), 'lanes in file order')

  for (const [lane, titles] of shownEfforts(sample)) {
    const seen = await barTitles(page, lane)
    for (const title of titles) assert.ok(seen.has(title), `effort "${title}" missing from lane ${lane}`)
  }

  const killed = killedTitles(sample)
  if (killed.length > 0) {
    const notDoing = page.getByRole('region', { name: /Not doing/ })
    await visible(notDoing, 'the Not doing section')
    for (const title of killed) {
      assert.ok((await notDoing.textContent()).includes(title), `killed "${title}" not under Not doing`)
      assert.equal(await page.getByRole('img', { name: title, exact: true }).count(), 0, `killed "${title}" drawn`)
    }
  }

  await screenshot('sample-light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await screenshot('sample-dark')
  await page.emulateMedia({ colorScheme: 'light' })
}
