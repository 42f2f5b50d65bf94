import { assert } from '../lib/expect.mjs'
import { barTitles, laneNames, openApp, switchTo, switcher } from '../lib/app.mjs'

export const name = 'a roadmap imported with the CLI is in the switcher and opens'
export const phase = 'imported'

export async function run({ page, baseUrl, imported, screenshot }) {
  await openApp(page, baseUrl)
  const options = await switcher(page).locator('option').allTextContents()
  assert.ok(options.includes(imported.name), `switcher lacks "${imported.name}": ${options.join(', ')}`)

  await switchTo(page, imported.name)
  assert.deepEqual(await laneNames(page), imported.lanes)
  for (const [lane, titles] of Object.entries(imported.efforts)) {
    const seen = await barTitles(page, lane)
    for (const title of titles) assert.ok(seen.has(title), `effort "${title}" missing from lane ${lane}`)
  }
  const notDoing = await page.getByRole('region', { name: /Not doing/ }).textContent()
  assert.ok(notDoing.includes('TV spot'), 'killed effort listed under Not doing')
  await screenshot('imported-light')
}
