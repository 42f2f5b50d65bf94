import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { assert, visible } from '../lib/expect.mjs'
import { ensureOpen, heading } from '../lib/app.mjs'
import { call } from '../lib/backend.mjs'
import { bar, fillOf, snapshotOf, until } from '../lib/editing.mjs'

export const name = 'measuring coordination: integrate the top opportunity; a cross-lane block raises the matrix and the trend'
export const phase = 'first-run'

const NAME = 'Measure e2e'
/** The measuring views: id and tab label. */
const VIEWS = [
  ['integrations', 'Integrations'],
  ['metrics', 'Shared metrics'],
  ['debt', 'Coordination debt'],
]
const sampleFile = resolve(dirname(fileURLToPath(import.meta.url)), '../../../backend/sample/sample.tandem')

/** shots photographs every measuring view in the current colour scheme, at 1280x720. */
async function shots(page, screenshot, scheme) {
  await page.emulateMedia({ colorScheme: scheme })
  for (const [view, label] of VIEWS) {
    await page.getByRole('tab', { name: label }).click()
    await visible(page.getByRole('region', { name: `${label} view` }), `the ${label} view`)
    await page.waitForTimeout(150)
    await screenshot(`measure-${view}-${scheme}`)
  }
}

/** wholeViews photographs each view's region grown to its whole content (e2e/out/measure-<view>-<scheme>-whole.png). */
async function wholeViews(page, scheme) {
  await page.emulateMedia({ colorScheme: scheme })
  for (const [view, label] of VIEWS) {
    await page.getByRole('tab', { name: label }).click()
    const region = page.getByRole('region', { name: `${label} view` })
    await region.evaluate((el) => {
      // Up to main: hide the siblings (the timeline, the splitter, the legend...) and let each box grow to its content.
      window.__wholeStyles = new Map()
      for (let node = el; node.tagName !== 'MAIN'; node = node.parentElement) {
        for (const other of node.parentElement.children) if (other !== node) other.style.display = 'none'
        window.__wholeStyles.set(node, node.getAttribute('style'))
        node.style.flex = 'none'
        node.style.height = 'auto'
        node.style.minHeight = '0'
        node.style.overflow = 'visible'
      }
      el.querySelector('[role="tabpanel"]').style.overflow = 'visible'
    })
    await page.waitForTimeout(150)
    await region.screenshot({ path: new URL(`../out/measure-${view}-${scheme}-whole.png`, import.meta.url).pathname })
    await region.evaluate((el) => {
      for (let node = el; node.tagName !== 'MAIN'; node = node.parentElement) {
        for (const other of node.parentElement.children) other.style.display = ''
      }
      for (const [node, style] of window.__wholeStyles) {
        if (style === null) node.removeAttribute('style')
        else node.setAttribute('style', style)
      }
      el.querySelector('[role="tabpanel"]').removeAttribute('style')
    })
  }
}

export async function run({ page, baseUrl, screenshot }) {
  await page.setViewportSize({ width: 1280, height: 720 })
  const content = await readFile(sampleFile, 'utf8')
  const created = await call(baseUrl, 'ImportRoadmap', NAME, 'sample.tandem', content)
  const id = created.info.id
  await page.goto(baseUrl + '/')
  await visible(heading(page), 'the roadmap title')
  await ensureOpen(page, NAME)
  const strip = page.getByRole('list', { name: 'Analysis summary' })

  // The opportunities figure opens the integrations view, ranked as the analysis ranks them.
  const before = await snapshotOf(baseUrl, id)
  const top = before.analysis.opportunities[0]
  await strip.getByRole('button', { name: /to integrate/ }).click()
  const view = page.getByRole('region', { name: 'Integrations view' })
  await visible(view, 'the integrations view')
  const rows = view.locator('li.opp')
  assert.equal(await rows.count(), before.analysis.opportunities.length, 'one row per opportunity')
  assert.equal(await rows.first().getAttribute('data-pair'), top.efforts.join(' '), 'the top opportunity first')
  await shots(page, screenshot, 'light')
  await shots(page, screenshot, 'dark')
  // Each view whole (the dock grown to its content), to read it all.
  for (const scheme of ['light', 'dark']) await wholeViews(page, scheme)
  await page.emulateMedia({ colorScheme: 'light' })

  // Integrate the top opportunity: a link, a decision, one undo step.
  await page.getByRole('tab', { name: 'Integrations' }).click()
  await rows.first().getByRole('button', { name: 'Integrate…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Integrate two efforts' })
  await visible(dialog, 'the integrate dialog')
  await dialog.getByLabel('Who decides').fill('Mara Lind')
  await dialog.getByLabel(/^Why/).fill('One story across both lanes.')
  await screenshot('measure-integrate-dialog')
  await dialog.getByRole('button', { name: 'Integrate' }).click()
  await until(async () => (await dialog.count()) === 0, 'the dialog closes')
  const after = await until(async () => {
    const s = await snapshotOf(baseUrl, id)
    return s.roadmap.decisions.length > before.roadmap.decisions.length && s
  }, 'the decision is recorded')
  const decision = after.roadmap.decisions.at(-1)
  assert.equal(decision.kind, 'integrate')
  assert.deepEqual(decision.efforts, top.efforts)
  assert.equal(decision.by, 'Mara Lind')
  assert.equal(decision.date, after.roadmap.asOf)
  assert.ok(
    after.roadmap.links.some((l) => l.kind === 'reinforces' && [l.a, l.b].sort().join() === [...top.efforts].sort().join()),
    'a reinforces link joins the pair',
  )
  assert.equal(await rows.count(), before.analysis.opportunities.length - 1, 'the pair is no longer an opportunity')
  await call(baseUrl, 'Undo', id)
  const undone = await snapshotOf(baseUrl, id)
  assert.equal(undone.roadmap.links.length, before.roadmap.links.length, 'undo takes the link back')
  assert.equal(undone.roadmap.decisions.length, before.roadmap.decisions.length, 'and the decision, in one step')
  await call(baseUrl, 'Redo', id)
  await page.reload()
  await visible(heading(page), 'the roadmap title')
  await ensureOpen(page, NAME)

  // The blocked figure opens the debt view.
  await strip.getByRole('button', { name: /blocked by another lane/ }).click()
  const debt = page.getByRole('region', { name: 'Coordination debt view' })
  await visible(debt, 'the coordination debt view')
  const cell = debt.locator('[data-cell="paid>product"]')
  const lastWeek = debt.locator('g[data-week]:not(.future)').last()
  await visible(lastWeek, 'the trend')
  const waitsBefore = Number(await lastWeek.getAttribute('data-waits'))
  assert.doesNotMatch(await cell.textContent(), /×/, 'Paid has not waited on Product yet')

  // Mark Q1 search ads push (Paid) blocked by Billing for Pricing v2 (Product) in the inspector.
  await fillOf(page, 'Q1 search ads push').click()
  const inspector = page.getByRole('complementary', { name: 'Inspector' })
  await inspector.getByRole('combobox', { name: 'Status' }).selectOption('blocked')
  const picker = inspector.getByRole('combobox', { name: 'Blocked by' })
  await picker.fill('Billing')
  await picker.press('Enter')
  await inspector.getByRole('button', { name: 'Mark blocked' }).click()
  await visible(inspector.getByTestId('blocked-by'), 'the inspector says who blocks it')
  assert.equal(await inspector.getByTestId('blocked-by').textContent(), 'Blocked by Billing for Pricing v2 (Product) since today')

  // The matrix and the trend rise.
  await until(async () => /1×/.test(await cell.textContent()), 'the Paid <- Product cell counts the wait')
  await until(async () => Number(await lastWeek.getAttribute('data-waits')) === waitsBefore + 1, 'the trend counts the new wait')
  await visible(debt.locator('[data-open="q1-search-push"]'), 'Q1 search push is blocked now')

  // The hover card says it too.
  await page.keyboard.press('Escape')
  await bar(page, 'Q1 search ads push').locator('rect.hatch').hover()
  const card = page.locator('#tandem-hovercard')
  await visible(card, 'the hover card')
  assert.match(await card.textContent(), /Blocked by Billing for Pricing v2 \(Product\) since today/)
  await screenshot('measure-blocked')
}
