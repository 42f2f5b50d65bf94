// Snapshots, the ritual agenda, and find on a copy of the sample roadmap:
// take a snapshot, edit, and the agenda lists exactly those changes; the
// home "This week" card; Ctrl+F finds, dims, walks and closes. Screenshots
// of every view in light and dark at 1280x720.
import { assert, visible } from '../lib/expect.mjs'
import { openApp, switchTo } from '../lib/app.mjs'
import { call } from '../lib/backend.mjs'
import { bar, snapshotOf, until } from '../lib/editing.mjs'

export const name = 'a snapshot, two edits, and the agenda lists exactly them; find dims and walks'
export const phase = 'first-run'

const NAME = 'Growth H1 (ritual copy)'

async function shots(page, screenshot, label) {
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme })
    await page.waitForTimeout(150)
    await screenshot(`ritual-${label}-${scheme}`)
  }
  await page.emulateMedia({ colorScheme: 'light' })
}

/** changeRows reads the rows of the agenda's "Changed since" section as "tag: text". */
async function changeRows(page) {
  const section = page.getByRole('region', { name: /^Changed since/ })
  await visible(section, 'the changes section')
  return section.locator('li').evaluateAll((els) =>
    els.map((el) => `${el.querySelector('.tag')?.textContent?.trim()}: ${el.querySelector('.text')?.textContent?.trim()}`),
  )
}

export async function run({ page, baseUrl, screenshot }) {
  await page.setViewportSize({ width: 1280, height: 720 })
  await openApp(page, baseUrl) // the first run opens the sample
  const sample = (await call(baseUrl, 'ListRoadmaps')).find((r) => r.name !== NAME)
  const file = await call(baseUrl, 'ExportRoadmap', sample.id, 'tandem')
  const copy = await call(baseUrl, 'ImportRoadmap', NAME, 'sample.tandem', file)
  const id = copy.info.id
  await openApp(page, baseUrl)
  await switchTo(page, NAME)

  // Home: the "This week" card names a conflict to map and an integration to make.
  const week = page.getByRole('region', { name: 'This week' })
  await until(async () => /vs/.test(await week.textContent()), 'the card names a conflict')
  assert.match(await week.textContent(), /Integrate.+\+/s, 'the card names an integration')
  await shots(page, screenshot, 'home')

  // The Agenda view, then a snapshot.
  await week.getByRole('button', { name: 'Agenda' }).click()
  const dock = page.getByRole('region', { name: 'Agenda view' })
  await visible(dock, 'the agenda view')
  await visible(dock.getByRole('region', { name: 'On the roadmap (no snapshot yet)' }), 'no snapshot yet: everything is new')
  await dock.getByRole('button', { name: 'Take snapshot' }).click()
  const dialog = page.getByRole('dialog', { name: 'Take a snapshot' })
  await dialog.getByRole('textbox').fill('Before the sync')
  await dialog.getByRole('button', { name: 'Take snapshot' }).click()
  await until(async () => (await snapshotOf(baseUrl, id)).snapshots.length === 1, 'the snapshot is stored')
  await until(async () => (await changeRows(page)).length === 0, 'nothing changed right after the snapshot')

  // Two edits: move "Customer case-study series" a week later, delete the "AI chat assistant GA" milestone.
  await bar(page, 'Customer case-study series').click()
  await page.keyboard.press('Shift+ArrowRight')
  await until(async () => (await snapshotOf(baseUrl, id)).roadmap.efforts.find((e) => e.id === 'case-studies')?.start, 'the move is stored')
  await bar(page, 'AI chat assistant GA').click()
  await page.keyboard.press('Delete')
  const confirm = page.getByRole('dialog')
  if (await confirm.count()) await confirm.getByRole('button', { name: /Delete/ }).click()
  await until(async () => !(await snapshotOf(baseUrl, id)).roadmap.efforts.some((e) => e.id === 'chat-ga'), 'the delete is stored')

  await until(async () => (await changeRows(page)).length === 2, 'two changes listed')
  assert.deepEqual(await changeRows(page), ['Moved: Customer case-study series (Content, Priya Shah)', 'Removed: AI chat assistant GA (AI tools, Ava Chen)'])
  const md = (await call(baseUrl, 'Agenda', id, '', '', '')).markdown
  assert.match(md, /### Moved\n\n- \*\*Customer case-study series\*\*/, 'the Markdown lists the move')
  assert.match(md, /### Removed efforts\n\n- \*\*AI chat assistant GA\*\*/, 'the Markdown lists the delete')
  await shots(page, screenshot, 'agenda')

  // Find: Ctrl+F, a query, the rest dims; Enter selects the first match; Esc ends it.
  await page.getByRole('grid').focus()
  await page.keyboard.press('Control+f')
  const findBox = page.getByRole('searchbox', { name: 'Find by title, owner or surface' })
  await visible(findBox, 'the find bar')
  await findBox.fill('pricing')
  await until(async () => (await page.locator('.bar.dimmed').count()) > 0, 'non-matching bars dim')
  assert.equal(await bar(page, 'Spring pricing campaign').evaluate((el) => el.classList.contains('dimmed')), false, 'a match stays clear')
  await findBox.press('Enter')
  await until(async () => (await page.locator('[role="option"][aria-selected="true"]').count()) === 1, 'Enter selects a match')
  const agendaRows = await dock.locator('li').count()
  assert.ok(agendaRows > 0 && agendaRows < 12, `the agenda keeps only rows naming a match (${agendaRows})`)
  await shots(page, screenshot, 'find')
  await findBox.press('Escape')
  await until(async () => (await page.locator('.dimmed').count()) === 0, 'Esc ends the find')

  // The rituals editor: the weekly sync covers Content only; the agenda follows.
  await dock.getByRole('button', { name: 'Rituals…' }).click()
  const rituals = page.getByRole('dialog', { name: 'Rituals' })
  await rituals.getByRole('group', { name: 'Lanes of Monday growth sync' }).getByRole('checkbox', { name: 'Content' }).check()
  await until(async () => (await snapshotOf(baseUrl, id)).roadmap.rituals[0].lanes?.join() === 'content', 'the ritual covers Content')
  await shots(page, screenshot, 'rituals')
  await rituals.getByRole('button', { name: 'Done' }).click()
  await until(async () => /Meeting 2027-02-15 · Content/.test(await dock.textContent()), 'the agenda is for Content')
  assert.deepEqual(await changeRows(page), ['Moved: Customer case-study series (Content, Priya Shah)'], 'only the Content change')

  // Undo brings the ritual's lanes back, then the deleted milestone, and the agenda follows.
  await page.getByRole('grid').focus()
  await page.keyboard.press('Control+z')
  await until(async () => (await changeRows(page)).length === 2, 'after undo both changes again')
  await page.getByRole('grid').focus()
  await page.keyboard.press('Control+z')
  await until(async () => (await changeRows(page)).length === 1, 'after undo only the move is listed')
}
