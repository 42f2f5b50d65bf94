// Deciding on the sample roadmap (a copy): the conflict board from the
// summary strip, sequencing the disruption (resolved, the pair reinforcing),
// accepting the collision then moving an effort (reopens as changed),
// killing an effort from the inspector (Not doing and the log show it) and
// reviving it. Screenshots of every view, light and dark, at 1280x720.
import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { assert, visible } from '../lib/expect.mjs'
import { ensureOpen, heading } from '../lib/app.mjs'
import { call } from '../lib/backend.mjs'
import { bar, snapshotOf, until } from '../lib/editing.mjs'

export const name = 'conflicts are decided on the board; kills go to Not doing and the log, and can be revived'
export const phase = 'imported'

const NAME = 'Decide e2e'
const here = dirname(fileURLToPath(import.meta.url))
const DISRUPTION = 'surface:pricing-page:pricing-ads+pricing-redesign'
const COLLISION = 'surface:signup-flow:signup-copy+signup-experiment'

export async function run({ page, baseUrl, screenshot }) {
  const sample = await readFile(resolve(here, '../../../backend/sample/sample.tandem'), 'utf8')
  const id = (await call(baseUrl, 'ImportRoadmap', NAME, 'sample.tandem', sample)).info.id
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(baseUrl + '/')
  await visible(heading(page), 'the roadmap title')
  await ensureOpen(page, NAME)

  // The strip's conflict count opens the board.
  await page.locator('[data-stat="conflicts"]').click()
  const board = page.getByRole('listbox', { name: 'Conflicts' })
  await visible(board, 'the conflict board')
  const row = (key) => board.locator(`[data-key="${key}"]`)
  await visible(row(DISRUPTION), 'the disruption on the board')
  assert.equal(await row(DISRUPTION).getAttribute('data-status'), 'open')

  // Hovering a row highlights its two efforts on the timeline and dims the rest.
  await row(DISRUPTION).hover()
  await until(async () => (await page.locator('.focusing .bar.focused').count()) === 2, 'two efforts focused')
  await shoot(page, screenshot, 'decide-board')

  // Sequence it: the options preview their cost; confirming resolves it and the pair now reinforces.
  await row(DISRUPTION).getByRole('button', { name: 'Decide…' }).click()
  const dialog = page.getByRole('dialog')
  await visible(dialog.locator('[data-preview]'), 'preview figures')
  await until(async () => (await dialog.locator('[data-preview]').count()) === 4, 'four previews')
  await shoot(page, screenshot, 'decide-dialog')
  await dialog.getByLabel('Who decided').fill('Dana Ruiz')
  await dialog.locator('[data-confirm]').click()
  await until(async () => (await row(DISRUPTION).getAttribute('data-status')) === 'resolved', 'the disruption resolved')
  assert.match(await row(DISRUPTION).textContent(), /now reinforcing: Pricing page redesign prepares it for Spring pricing campaign/)
  const seq = await snapshotOf(baseUrl, id)
  assert.ok(seq.roadmap.dependencies.some((d) => d.from === 'pricing-redesign' && d.to === 'pricing-ads'), 'the dependency was added')

  // Accept the collision with a rationale, then move one side: it reopens as changed.
  await row(COLLISION).getByRole('button', { name: 'Decide…' }).click()
  await dialog.getByText('Accept', { exact: true }).click()
  await dialog.getByLabel('Why both can go ahead').fill('Same squad; they pair on the copy.')
  await dialog.locator('[data-confirm]').click()
  await until(async () => (await row(COLLISION).getAttribute('data-status')) === 'accepted', 'the collision accepted')
  await bar(page, 'Signup page copy rewrite').locator('rect.fill').click()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await until(async () => (await row(COLLISION).getAttribute('data-status')) === 'changed', 'the collision reopened as changed')
  assert.match(await row(COLLISION).textContent(), /changed: window/)
  await page.keyboard.press('Escape') // deselect the bar
  await shoot(page, screenshot, 'decide-board-changed')

  // Kill an effort from the inspector, with a rationale.
  await bar(page, 'Spring pricing campaign').locator('rect.fill').click()
  await page.getByRole('button', { name: 'Kill…' }).click()
  await visible(dialog.locator('[data-preview]'), 'what the kill removes')
  await dialog.getByLabel('Why stop it').fill('Budget moves to the annual upsell.')
  await dialog.getByLabel('Reason').selectOption('strategy')
  await dialog.getByLabel('Revisit when').fill('CAC under $40')
  await shoot(page, screenshot, 'decide-kill')
  await dialog.getByRole('button', { name: 'Kill', exact: true }).click()
  const notDoing = page.getByRole('region', { name: /Not doing/ })
  await visible(notDoing.getByText('Spring pricing campaign'), 'the campaign in Not doing')
  await notDoing.getByRole('button', { name: /Spring pricing campaign/ }).click()
  const why = page.getByRole('region', { name: 'Why not Spring pricing campaign' })
  await visible(why, 'the kill decision under Not doing')
  assert.match(await why.textContent(), /Budget moves to the annual upsell/)
  assert.match(await why.textContent(), /removed 1 conflict/)
  await why.scrollIntoViewIfNeeded()
  await shoot(page, screenshot, 'decide-not-doing')
  await page.keyboard.press('Escape') // the killed effort stays selected: deselect it

  // The log has it; opening it selects its efforts.
  await page.keyboard.press('Alt+d')
  const log = page.locator('[data-decision]')
  await until(async () => (await log.count()) >= 5, 'the log lists the decisions')
  await log.first().getByRole('button').click()
  assert.match(await log.first().textContent(), /Budget moves to the annual upsell/)
  await shoot(page, screenshot, 'decide-log')
  // Opening the accept record selects its two efforts: the inspector shows both.
  const accept = (await snapshotOf(baseUrl, id)).roadmap.decisions.find((d) => d.kind === 'accept')
  assert.ok(accept, 'an accept decision was recorded')
  await page.locator(`[data-decision="${accept.id}"] > button`).click()
  await visible(
    page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading', { name: '2 efforts' }),
    'the opened record selected its two efforts',
  )
  await page.keyboard.press('Escape') // deselect them

  // Revive it: a deliberate override, asked why and recorded.
  await why.getByRole('button', { name: 'Revive…' }).click()
  await dialog.getByLabel('Why revive it').fill('The upsell slipped; the spring window is open again.')
  await dialog.getByRole('button', { name: 'Revive', exact: true }).click()
  await until(async () => (await notDoing.getByText('Spring pricing campaign').count()) === 0, 'the campaign left Not doing')
  const after = await snapshotOf(baseUrl, id)
  const revive = after.roadmap.decisions.at(-1)
  assert.equal(revive.kind, 'revive')
  assert.equal(after.roadmap.efforts.find((e) => e.id === 'pricing-ads').status, 'planned')
  await until(async () => (await log.first().textContent()).includes('Revive'), 'the revival heads the log')

  // Esc with nothing selected closes the dock; Alt+C opens the board again.
  await page.locator('body').click({ position: { x: 5, y: 5 } })
  await page.keyboard.press('Escape')
  await until(async () => (await page.locator('.dock').count()) === 0, 'Esc closed the dock')
  await page.keyboard.press('Alt+c')
  await visible(board, 'the board again')
  assert.equal(await page.getByRole('alert').count(), 0, 'no error shown')
}

/** shoot takes a light and a dark screenshot. */
async function shoot(page, screenshot, name) {
  await page.emulateMedia({ colorScheme: 'light' })
  await screenshot(`${name}-light`)
  await page.emulateMedia({ colorScheme: 'dark' })
  await screenshot(`${name}-dark`)
  await page.emulateMedia({ colorScheme: 'light' })
}
