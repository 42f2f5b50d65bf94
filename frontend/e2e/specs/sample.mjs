import { assert, visible } from '../lib/expect.mjs'
import { barTitles, ensureOpen, laneNames, openApp } from '../lib/app.mjs'
import { killedTitles, shownEfforts, snapshotWhere } from '../lib/roadmaps.mjs'
import { until } from '../lib/editing.mjs'

export const name = 'first run opens the sample roadmap with its lanes and efforts'
export const phase = 'first-run'

export async function run({ page, baseUrl, imported, screenshot }) {
  // On an empty store the UI's StartupRoadmap creates the sample: load first, then ask.
  await openApp(page, baseUrl)
  const snap = await snapshotWhere(baseUrl, (r) => r.name !== imported.name)
  const sample = snap.roadmap
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

  // The UI draws each bar in its row of the backend's layout: no two bars of a lane overlap.
  const { overlaps, bars } = await page.evaluate(() => {
    const found = []
    let seen = 0
    for (const lane of document.querySelectorAll('[role="grid"] [role="row"]')) {
      const bars = [...lane.querySelectorAll('[role="option"]')]
        .map((o) => ({ id: o.getAttribute('data-id'), r: o.querySelector('rect.edge')?.getBoundingClientRect() }))
        .filter((b) => b.r && b.r.width > 0)
      seen += bars.length
      for (let i = 0; i < bars.length; i++)
        for (let j = i + 1; j < bars.length; j++) {
          const [a, b] = [bars[i].r, bars[j].r]
          if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) found.push(`${bars[i].id}/${bars[j].id}`)
        }
    }
    return { overlaps: found, bars: seen }
  })
  assert.ok(bars > 1, `only ${bars} bars drawn`)
  assert.deepEqual(overlaps, [], 'bars of one lane overlap')

  const killed = killedTitles(sample)
  if (killed.length > 0) {
    const notDoing = page.getByRole('region', { name: /Not doing/ })
    await visible(notDoing, 'the Not doing section')
    for (const title of killed) {
      assert.ok((await notDoing.textContent()).includes(title), `killed "${title}" not under Not doing`)
      assert.equal(await page.getByRole('option', { name: title, exact: true }).count(), 0, `killed "${title}" drawn`)
    }
  }

  await checkAnalysis(page, snap, screenshot)

  await screenshot('sample-light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await screenshot('sample-dark')
  await page.emulateMedia({ colorScheme: 'light' })
}

/** checkAnalysis: the critical path is outlined, open conflicts are badged, the summary strip has the numbers. */
async function checkAnalysis(page, snap, screenshot) {
  const { analysis, roadmap } = snap
  assert.ok(analysis?.critical?.length > 0, 'the sample has a critical path')
  const title = (id) => roadmap.efforts.find((e) => e.id === id).title
  for (const id of analysis.critical) {
    const bar = page.locator(`[data-id="${id}"]`)
    await bar.scrollIntoViewIfNeeded()
    assert.equal(await bar.getAttribute('data-critical'), 'true', `critical "${title(id)}" is highlighted`)
    assert.equal(await bar.getAttribute('aria-label'), title(id))
  }
  const notCritical = analysis.schedule.find((s) => !s.critical)
  assert.equal(await page.locator(`[data-id="${notCritical.id}"]`).getAttribute('data-critical'), 'false')

  // Every bar in view takes the pointer over its whole length, also where it runs into the next drawing tile.
  const missed = await page.evaluate(() => {
    const grid = document.querySelector('[role="grid"]').getBoundingClientRect()
    const out = []
    for (const bar of document.querySelectorAll('[role="grid"] g.bar[data-id]')) {
      const r = bar.querySelector('rect.edge').getBoundingClientRect()
      for (const x of [r.left + 3, (r.left + r.right) / 2, r.right - 3]) {
        const y = (r.top + r.bottom) / 2
        if (x < grid.left + 220 || x > grid.right - 4 || y < grid.top + 60 || y > grid.bottom - 4) continue
        if (document.elementFromPoint(x, y)?.closest('[data-id]') !== bar) out.push(`${bar.getAttribute('data-id')} at ${Math.round(x)}`)
      }
    }
    return out
  })
  assert.deepEqual(missed, [], 'points on bars that do not reach them')

  const open = analysis.conflicts.find((c) => !c.accepted)
  assert.ok(open, 'the sample has an open conflict')
  for (const id of open.efforts) {
    const bar = page.locator(`[data-id="${id}"]`)
    assert.ok(Number(await bar.getAttribute('data-conflicts')) > 0, `"${title(id)}" counts its open conflicts`)
    await visible(bar.locator('.conflict-badge'), `conflict badge on "${title(id)}"`)
    await bar.locator('rect.edge, path.diamond').first().hover()
    const card = page.getByRole('tooltip')
    await visible(card, `hover card of "${title(id)}"`)
    await until(async () => (await card.textContent()).startsWith(title(id)), `hover card shows "${title(id)}"`)
    const tip = await card.textContent()
    const other = open.efforts.find((x) => x !== id)
    assert.ok(tip.includes(title(other)), `tooltip of "${title(id)}" names "${title(other)}": ${tip}`)
  }

  const strip = page.getByRole('list', { name: 'Analysis summary' })
  const text = (await strip.textContent()).replace(/\s+/g, ' ')
  assert.ok(text.includes(`${analysis.critical.length} on the critical path`), `summary: ${text}`)
  assert.ok(text.includes(`${analysis.coordination.openConflicts} open conflict`), `summary: ${text}`)

  const toggle = page.getByRole('button', { name: /critical path/ })
  await toggle.click()
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true')
  await screenshot('sample-critical-only')
  await toggle.click()
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false')
}
