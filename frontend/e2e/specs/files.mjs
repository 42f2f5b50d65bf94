import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { assert, textIs, visible } from '../lib/expect.mjs'
import { heading, laneNames, openApp, switcher } from '../lib/app.mjs'
import { call } from '../lib/backend.mjs'
import { until } from '../lib/editing.mjs'

export const name = 'roadmap files: new, import a CSV (and a broken one), export, rename, delete'
export const phase = 'imported'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../fixtures')
const NEW = 'Q3 planning (e2e)'
const IMPORTED = 'partner-launch' // a CSV's roadmap is named after the file
const RENAMED = 'Partner launch 2027'

export async function run({ page, baseUrl, screenshot }) {
  const importWith = fileChoosers(page)
  await openApp(page, baseUrl)
  const names = async () => (await call(baseUrl, 'ListRoadmaps')).map((r) => r.name)

  // New roadmap: a name in a small dialog; Enter confirms; it opens empty.
  await page.getByRole('button', { name: 'New roadmap' }).click()
  const dialog = page.getByRole('dialog', { name: 'New roadmap' })
  await visible(dialog, 'the new roadmap dialog')
  await page.keyboard.type(NEW)
  await settled(dialog)
  await screenshot('files-new-light')
  await page.keyboard.press('Enter')
  await textIs(heading(page), NEW, 'the new roadmap is open')
  await visible(page.getByRole('button', { name: 'Add the first lane' }), 'an empty roadmap')
  assert.ok((await names()).includes(NEW), 'the new roadmap is in the store')

  // Ctrl+N opens it too (a headed Chrome keeps Ctrl+N for itself; the desktop menu and headless pass it on); Escape cancels.
  await page.keyboard.press('Control+n')
  await visible(dialog, 'the new roadmap dialog from Ctrl+N')
  await page.keyboard.type('Never made')
  await page.keyboard.press('Escape')
  await until(async () => (await dialog.count()) === 0, 'Escape closes the dialog')
  assert.ok(!(await names()).includes('Never made'), 'Escape makes nothing')

  // Import a broken CSV (Ctrl+O): every problem by row and column, nothing imported.
  const before = (await names()).length
  await importWith(() => page.keyboard.press('Control+o'), join(fixtures, 'broken.csv'))
  const refused = page.getByRole('dialog', { name: 'Couldn’t import broken.csv' })
  await visible(refused, 'the import error dialog')
  await settled(refused)
  const problems = await refused.getByRole('listitem').allTextContents()
  assert.ok(problems.some((p) => /row 3, column start.*month 13/i.test(p)), `row 3 named: ${problems.join(' | ')}`)
  assert.ok(problems.some((p) => /row 4, column dependsOn.*unknown effort "portal"/i.test(p)), `row 4 named: ${problems.join(' | ')}`)
  await screenshot('files-import-error-light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await screenshot('files-import-error-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  assert.equal((await names()).length, before, 'nothing was imported')
  await textIs(heading(page), NEW, 'the open roadmap stays')

  // "Choose another file…" starts over: the good CSV opens, named after the file.
  await importWith(() => refused.getByRole('button', { name: 'Choose another file…' }).click(), join(fixtures, 'partner-launch.csv'))
  await textIs(heading(page), IMPORTED, 'the imported roadmap is open')
  assert.deepEqual(await laneNames(page), ['Platform', 'Content', 'Partnerships'])
  await visible(page.getByRole('status').filter({ hasText: `Imported “${IMPORTED}” from partner-launch.csv` }), 'the import toast')

  // Export: a download named after the roadmap, a Tandem file that names it.
  await page.getByRole('button', { name: 'Export…' }).click()
  const exportDialog = page.getByRole('dialog', { name: 'Export roadmap' })
  await visible(exportDialog, 'the export dialog')
  const downloading = page.waitForEvent('download')
  await exportDialog.getByRole('button', { name: 'Export', exact: true }).click()
  const download = await downloading
  assert.equal(download.suggestedFilename(), `${IMPORTED}.tandem`)
  const file = JSON.parse(await readFile(await download.path(), 'utf8'))
  assert.equal(file.format, 'tandem/roadmap')
  assert.equal(file.name, IMPORTED, 'the exported file names the roadmap')
  assert.equal(file.efforts.length, 6)
  assert.deepEqual(file.dependencies.find((d) => d.to === 'case-studies'), { from: 'sandbox', to: 'case-studies', type: 'SS', lagDays: 5 })
  await visible(page.getByRole('status').filter({ hasText: `${IMPORTED}.tandem is in your downloads` }), 'the export toast')

  // Rename from the switcher's menu.
  await roadmapAction(page, 'Rename…')
  const rename = page.getByRole('dialog', { name: 'Rename roadmap' })
  await visible(rename, 'the rename dialog')
  await rename.getByRole('textbox', { name: 'Name' }).fill(RENAMED)
  await page.keyboard.press('Enter')
  await textIs(heading(page), RENAMED, 'the renamed roadmap')
  assert.ok((await switcher(page).locator('option').allTextContents()).includes(RENAMED), 'the switcher has the new name')
  assert.ok((await names()).includes(RENAMED) && !(await names()).includes(IMPORTED), 'renamed in the store')

  // Delete, after a confirmation; another roadmap opens.
  await roadmapAction(page, 'Delete…')
  const confirm = page.getByRole('dialog', { name: `Delete “${RENAMED}”?` })
  await visible(confirm, 'the delete confirmation')
  await settled(confirm)
  await screenshot('files-delete-light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await screenshot('files-delete-dark')
  await page.emulateMedia({ colorScheme: 'light' })
  await confirm.getByRole('button', { name: 'Delete roadmap' }).click()
  await until(async () => ((await heading(page).textContent()) ?? '').trim() !== RENAMED, 'another roadmap opens')
  assert.ok(!(await names()).includes(RENAMED), 'deleted from the store')
  assert.ok(!(await switcher(page).locator('option').allTextContents()).includes(RENAMED), 'gone from the switcher')
  assert.equal(await page.getByRole('alert').count(), 0, 'no error shown')
}

/** settled waits until a dialog's opening animation is over (for screenshots). */
function settled(dialog) {
  return dialog.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)))
}

/**
 * fileChoosers watches `page` for file dialogs from now on and returns
 * importWith(start, file): start an import with `start` and choose `file` in
 * the dialog it opens. The watch starts long before any import: Playwright
 * turns the interception of file dialogs on without waiting, so a
 * waitForEvent set up just before the click can miss the dialog.
 */
function fileChoosers(page) {
  const waiting = []
  page.on('filechooser', (chooser) => waiting.shift()?.(chooser))
  return async (start, file) => {
    const choosing = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no file dialog opened within 15 s')), 15_000)
      waiting.push((chooser) => {
        clearTimeout(timer)
        resolve(chooser)
      })
    })
    await start()
    const chooser = await choosing
    await chooser.setFiles(file)
  }
}

async function roadmapAction(page, item) {
  await page.getByRole('button', { name: 'Roadmap actions' }).click()
  await page.getByRole('menuitem', { name: item }).click()
}
