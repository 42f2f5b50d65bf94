// Present mode on the sample, at projector sizes, and the export dialog's downloads.
import { readFile } from 'node:fs/promises'
import { assert, textIs, visible } from '../lib/expect.mjs'
import { openApp } from '../lib/app.mjs'
import { snapshotWhere } from '../lib/roadmaps.mjs'
import { call } from '../lib/backend.mjs'
import { snapshotOf } from '../lib/editing.mjs'

export const name = 'present mode: F5, every slide by key, all lanes at 1280x720, text >= 14 px at 1920x1080, Esc order; export downloads'
export const phase = 'first-run'

const deck = (page) => page.getByRole('dialog', { name: 'Presentation' })
const title = (page) => deck(page).locator('[data-slide-title]')
const position = (page) => deck(page).locator('footer [aria-label^="Slide"]')

/** boxes returns the page boxes of the elements matching selector inside the deck. */
function boxes(page, selector) {
  return deck(page)
    .locator(selector)
    .evaluateAll((els) => els.map((el) => ({ key: el.getAttribute('data-present-lane') ?? el.getAttribute('data-label'), ...el.getBoundingClientRect().toJSON() })))
}

/** overlapping finds two label boxes that meet (1 px tolerance for anti-aliasing). */
function overlapping(list) {
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]
      const b = list[j]
      if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) return [a.key, b.key]
    }
  }
  return null
}

/** smallestText is the smallest computed font size of any visible text in the deck, and where. */
function smallestText(page) {
  return deck(page).evaluate((root) => {
    let min = { size: Infinity, text: '' }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      if (!el || !node.textContent.trim()) continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue
      const size = parseFloat(getComputedStyle(el).fontSize)
      if (size < min.size) min = { size, text: node.textContent.trim().slice(0, 40) }
    }
    return min
  })
}

/** expectedTitles is the deck the sample must give: in order, empty lists left out. */
function expectedTitles(snap) {
  const r = snap.roadmap
  const a = snap.analysis
  const title = (id) => r.efforts.find((e) => e.id === id)?.title ?? id
  return [
    'The integrated roadmap',
    ...(a.critical.length ? ['The critical path'] : []),
    ...a.conflicts.filter((c) => !c.accepted).map((c) => `Conflict: ${title(c.efforts[0])} × ${title(c.efforts[1])}`),
    ...a.opportunities.map((o) => `Opportunity: ${title(o.efforts[0])} + ${title(o.efforts[1])}`),
    ...(r.decisions?.length ? ['Decisions taken'] : []),
    ...(r.efforts.some((e) => e.status === 'killed') ? ['Not doing'] : []),
    ...(a.sharedMetrics.length ? ['Shared metrics'] : []),
    'Coordination debt',
    'What changed since the last snapshot',
  ]
}

/** shiftWeek is the effort moved a week later (its planned dates). */
function shiftWeek(e) {
  const later = (d) => new Date(Date.parse(d) + 7 * 86400000).toISOString().slice(0, 10)
  return { ...e, start: later(e.start), end: later(e.end) }
}

export async function run({ page, baseUrl, imported, screenshot }) {
  await page.setViewportSize({ width: 1280, height: 720 })
  await openApp(page, baseUrl)
  // A snapshot, then one effort a week later: the deck ends with what changed (both undone at the end).
  const before = await snapshotWhere(baseUrl, (r) => r.name !== imported.name)
  const id = before.info.id
  const moved = before.roadmap.efforts.find((e) => e.start && e.end && e.status !== 'killed' && e.status !== 'done')
  await call(baseUrl, 'TakeSnapshot', id, 'Board review')
  await call(baseUrl, 'UpdateEffort', id, shiftWeek(moved)) // answers with a delta
  const snap = await snapshotOf(baseUrl, id)
  await page.reload()
  await visible(page.getByRole('grid'), 'the timeline after the snapshot')
  const want = expectedTitles(snap)

  // F5 opens the setup; every lane is chosen, the whole roadmap; Start presents.
  await page.keyboard.press('F5')
  const setup = page.getByRole('dialog', { name: 'Present' })
  await visible(setup, 'the present setup')
  const lanes = setup.getByRole('group', { name: 'Lanes' }).getByRole('checkbox')
  assert.deepEqual(await lanes.evaluateAll((els) => els.map((e) => e.checked)), [true, true, true, true])
  assert.ok(await setup.getByRole('radio', { name: /Whole roadmap/ }).isChecked(), 'the whole roadmap by default')
  await page.waitForTimeout(300) // the dialog's entrance
  await screenshot('present-setup')
  await setup.getByRole('button', { name: 'Start presenting' }).click()
  await visible(deck(page), 'the deck')
  await textIs(title(page), want[0], 'the first slide')
  await textIs(position(page), `1 / ${want.length}`, 'the slide count')

  // 1280x720: every lane of the sample inside the viewport, no label over another.
  const laneBoxes = await boxes(page, '[data-present-lane]')
  assert.deepEqual(laneBoxes.map((b) => b.key), ['Paid', 'Content', 'Product', 'AI tools'])
  for (const b of laneBoxes) {
    assert.ok(b.top >= 0 && b.bottom <= 720 && b.left >= 0 && b.right <= 1280, `lane ${b.key} leaves the 1280x720 view: ${JSON.stringify(b)}`)
  }
  const labels = await boxes(page, '[data-label]')
  assert.ok(labels.length >= 10, `only ${labels.length} bar labels shown`)
  assert.equal(overlapping(labels), null, 'two bar labels overlap at 1280x720')
  await screenshot('present-1280-light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await screenshot('present-1280-dark')
  await page.emulateMedia({ colorScheme: 'light' })

  // Every slide by key, in order; Space and PageDown move on too, PageUp back, Home and End.
  const seen = [await title(page).textContent()]
  const keys = ['ArrowRight', ' ', 'PageDown']
  for (let i = 1; i < want.length; i++) {
    await page.keyboard.press(keys[i % keys.length])
    await textIs(title(page), want[i], `slide ${i + 1}`)
    await textIs(position(page), `${i + 1} / ${want.length}`, `slide ${i + 1}'s number`)
    seen.push(want[i])
  }
  await page.keyboard.press('ArrowRight')
  await textIs(title(page), want.at(-1), 'no slide after the last')
  await page.keyboard.press('PageUp')
  await textIs(title(page), want.at(-2), 'PageUp goes back')
  await page.keyboard.press('Home')
  await textIs(title(page), want[0], 'Home')
  await page.keyboard.press('End')
  await textIs(title(page), want.at(-1), 'End')
  await page.keyboard.press('2')
  await page.keyboard.press('Enter')
  await textIs(title(page), want[1], '2 then Enter jumps to slide 2')

  // 1920x1080: no visible text under 14 px on any slide; labels still apart.
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.keyboard.press('Home')
  let smallest = { size: Infinity, text: '' }
  for (let i = 0; i < want.length; i++) {
    if (i > 0) await page.keyboard.press('ArrowRight')
    await textIs(title(page), want[i], `slide ${i + 1} at 1920x1080`)
    const s = await smallestText(page)
    if (s.size < smallest.size) smallest = { ...s, slide: want[i] }
    if (i === 0) {
      await screenshot('present-1920-light')
      await page.emulateMedia({ colorScheme: 'dark' })
      await screenshot('present-1920-dark')
      await page.emulateMedia({ colorScheme: 'light' })
      assert.equal(overlapping(await boxes(page, '[data-label]')), null, 'two bar labels overlap at 1920x1080')
    }
    if (want[i].startsWith('Conflict') && !seen.includes('shot:conflict')) {
      seen.push('shot:conflict')
      await screenshot('present-1920-conflict')
    }
    if (want[i] === 'The critical path' || want[i] === 'Shared metrics') await screenshot(`present-1920-${want[i].split(' ').at(-1).toLowerCase()}`)
    if (want[i] === 'Coordination debt') {
      await page.emulateMedia({ colorScheme: 'dark' })
      await screenshot('present-1920-debt-dark')
      await page.emulateMedia({ colorScheme: 'light' })
    }
  }
  console.log(`      smallest text at 1920x1080: ${smallest.size} px ("${smallest.text}" on "${smallest.slide}")`)
  assert.ok(smallest.size >= 14, `text under 14 px at 1920x1080: ${JSON.stringify(smallest)}`)
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.keyboard.press('End')
  await textIs(title(page), 'What changed since the last snapshot', 'the last slide')
  const changes = await deck(page).locator('li').allTextContents()
  assert.ok(changes.some((t) => t.includes(moved.title) && /Moved \+\d+ days/.test(t)), `the moved effort is not listed: ${changes.join(' | ')}`)
  await screenshot('present-1280-last')

  // Escape leaves full screen first (where the browser granted it), then present mode.
  if (await page.evaluate(() => !!document.fullscreenElement)) {
    await page.keyboard.press('Escape')
    await page.waitForFunction(() => !document.fullscreenElement)
    await visible(deck(page), 'the deck after leaving full screen')
  }
  await page.keyboard.press('Escape')
  await deck(page).waitFor({ state: 'detached' })
  await visible(page.getByRole('grid'), 'the editor again')

  // The named snapshot, presented as it was: its footer says so; the changes slide is the roadmap now's only.
  await page.keyboard.press('F5')
  await visible(setup, 'the setup again')
  await setup.getByRole('radio', { name: /Snapshot “Board review”/ }).check()
  await setup.getByRole('button', { name: 'Start presenting' }).click()
  await visible(deck(page), 'the snapshot deck')
  const frozen = await call(baseUrl, 'SnapshotView', id, snap.snapshots[0].id)
  const wantFrozen = expectedTitles(frozen).slice(0, -1) // no changes slide for a snapshot
  await textIs(position(page), `1 / ${wantFrozen.length}`, 'the snapshot deck')
  assert.match(await deck(page).locator('[data-window]').textContent(), /^Snapshot “Board review” · /, 'the snapshot named in the footer')
  await screenshot('present-snapshot')
  for (let i = 0; i < 2 && (await deck(page).count()) > 0; i++) await page.keyboard.press('Escape')
  await deck(page).waitFor({ state: 'detached' })
  await call(baseUrl, 'Undo', id)
  await call(baseUrl, 'Undo', id)

  // The export dialog downloads in serve mode: the roadmap file, and CSV when the backend writes it.
  await page.getByRole('button', { name: 'Export…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export roadmap' })
  await visible(dialog, 'the export dialog')
  const formats = await dialog.getByRole('combobox', { name: 'Format' }).locator('option').evaluateAll((els) => els.map((e) => e.value))
  assert.equal(formats[0], 'tandem', 'the roadmap file comes first')
  await page.waitForTimeout(300)
  await screenshot('export-dialog')
  const drawn = formats.find((f) => ['pdf', 'png', 'svg', 'html', 'md'].includes(f))
  if (drawn) {
    // A drawn or read format asks for lanes and a window too.
    await dialog.getByRole('combobox', { name: 'Format' }).selectOption(drawn)
    await visible(dialog.getByRole('group', { name: 'Lanes' }), `the lanes for ${drawn}`)
    await visible(dialog.getByRole('group', { name: 'Time window' }), `the time window for ${drawn}`)
    await screenshot(`export-dialog-${drawn}`)
    await page.emulateMedia({ colorScheme: 'dark' })
    await screenshot(`export-dialog-${drawn}-dark`)
    await page.emulateMedia({ colorScheme: 'light' })
  }
  for (const format of formats.filter((f) => f === 'tandem' || f === 'csv')) {
    if (!(await dialog.isVisible())) {
      await page.getByRole('button', { name: 'Export…' }).click()
      await visible(dialog, 'the export dialog again')
    }
    await dialog.getByRole('combobox', { name: 'Format' }).selectOption(format)
    const downloading = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Export', exact: true }).click()
    const download = await downloading
    const file = download.suggestedFilename()
    assert.match(file, new RegExp(`\\.${format}$`), `the ${format} download's name`)
    const text = await readFile(await download.path(), 'utf8')
    if (format === 'tandem') assert.equal(JSON.parse(text).name, snap.roadmap.name, 'the exported roadmap file')
    else assert.match(text.split('\n')[0], /^\uFEFFid,lane,title/, 'the CSV header, after its byte order mark')
    await visible(page.getByRole('status').filter({ hasText: `${file} is in your downloads` }), `the ${format} export toast`)
  }
}
