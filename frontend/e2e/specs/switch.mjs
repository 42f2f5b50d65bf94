import { assert } from '../lib/expect.mjs'
import { ensureOpen, heading, laneNames, openApp, switchTo } from '../lib/app.mjs'
import { roadmapWhere } from '../lib/roadmaps.mjs'

export const name = 'switching roadmaps replaces the timeline'
export const phase = 'imported'

export async function run({ page, baseUrl, imported }) {
  const sample = await roadmapWhere(baseUrl, (r) => r.name !== imported.name)
  await openApp(page, baseUrl)
  await ensureOpen(page, sample.name)

  await switchTo(page, imported.name)
  assert.deepEqual(await laneNames(page), imported.lanes, 'lanes of the imported roadmap')

  await switchTo(page, sample.name)
  assert.equal((await heading(page).textContent()).trim(), sample.name)
  assert.deepEqual(await laneNames(page), sample.lanes.map((l) => l.name), 'lanes of the sample again')
  assert.equal(await page.getByRole('alert').count(), 0, 'no error shown')
}
