import { assert, visible } from '../lib/expect.mjs'
import { ensureOpen, heading } from '../lib/app.mjs'
import { call } from '../lib/backend.mjs'
import { bar, centre, drag, effortTitled, fillOf, snapshotOf, track, until } from '../lib/editing.mjs'

export const name = 'a roadmap is built by hand: lanes, drawn efforts, moves, a dependency, undo, reload, keyboard'
export const phase = 'imported'

const NAME = 'Editor e2e'

export async function run({ page, baseUrl, screenshot }) {
  const created = await call(baseUrl, 'CreateRoadmap', NAME)
  const id = created.info.id
  await page.goto(baseUrl + '/')
  await visible(heading(page), 'the roadmap title')
  await ensureOpen(page, NAME)

  // Lanes: the first from the empty state, the second from the toolbar; renamed in the inspector.
  await page.getByRole('button', { name: 'Add the first lane' }).click()
  await renameLane(page, 'Lane 1 of 1', 'Growth')
  await page.getByRole('button', { name: 'Add lane' }).click()
  await renameLane(page, 'Lane 2 of 2', 'Product')
  await visible(page.getByRole('row', { name: 'Product', exact: true }), 'lane Product')

  // Draw two efforts; each opens its title in place.
  const growth = await track(page, 'Growth').boundingBox()
  const product = await track(page, 'Product').boundingBox()
  await drawEffort(page, { x: growth.x + 120, y: growth.y + growth.height / 2 }, 90, 'Landing page')
  await drawEffort(page, { x: growth.x + 180, y: product.y + product.height / 2 }, 240, 'Signup flow')
  const lanes = Object.fromEntries((await snapshotOf(baseUrl, id)).roadmap.lanes.map((l) => [l.name, l.id]))
  const landing0 = await effortTitled(baseUrl, id, 'Landing page')
  const signup0 = await effortTitled(baseUrl, id, 'Signup flow')
  assert.equal(landing0.lane, lanes.Growth)
  assert.ok(landing0.start && landing0.end, 'a drawn effort has a start and an end')
  assert.equal(await bar(page, 'Landing page').getAttribute('data-critical'), 'false', 'Landing page ends first: not critical')

  // Move by dragging the bar to the right.
  await drag(page, await centre(fillOf(page, 'Landing page')), await centre(fillOf(page, 'Landing page'), 40, 0))
  await until(async () => (await effortTitled(baseUrl, id, 'Landing page')).start > landing0.start, 'Landing page moved later')

  // Resize by dragging the end of Signup flow (its grips show on hover).
  await fillOf(page, 'Signup flow').hover()
  const end = bar(page, 'Signup flow').locator('[data-handle="end"]')
  await drag(page, await centre(end), await centre(end, 50, 0))
  await until(async () => (await effortTitled(baseUrl, id, 'Signup flow')).end > signup0.end, 'Signup flow resized')

  // Change lane by dragging Signup flow up into Growth, then back down.
  const growthNow = await track(page, 'Growth').boundingBox()
  const from = await centre(fillOf(page, 'Signup flow'))
  await drag(page, from, { x: from.x, y: growthNow.y + growthNow.height - 10 })
  await until(async () => (await effortTitled(baseUrl, id, 'Signup flow')).lane === lanes.Growth, 'Signup flow in Growth')
  // The drag back starts from where the bar is drawn: wait until the
  // timeline draws it in Growth (on a loaded machine the reply can come
  // before the redraw, and a drag from the old place moves nothing).
  await until(async () => {
    const [b, g] = [await fillOf(page, 'Signup flow').boundingBox(), await track(page, 'Growth').boundingBox()]
    return b && g && b.y >= g.y && b.y + b.height <= g.y + g.height
  }, 'Signup flow drawn in Growth')
  const productNow = await track(page, 'Product').boundingBox()
  const back = await centre(fillOf(page, 'Signup flow'))
  await drag(page, back, { x: back.x, y: productNow.y + productNow.height / 2 })
  await until(async () => (await effortTitled(baseUrl, id, 'Signup flow')).lane === lanes.Product, 'Signup flow back in Product')

  // Connect Landing page -> Signup flow with the dot past its end: an arrow, and both become critical.
  await fillOf(page, 'Landing page').click()
  const dot = bar(page, 'Landing page').locator('[data-handle="connect"] circle.dot')
  await drag(page, await centre(dot), await centre(fillOf(page, 'Signup flow')))
  const arrow = page.locator('[data-dep="landing-page>signup-flow"]')
  await visible(arrow, 'the new dependency arrow')
  await until(async () => (await bar(page, 'Landing page').getAttribute('data-critical')) === 'true', 'Landing page on the critical path')
  await screenshot('editor-connected')

  // Undo and redo the connection with the keyboard.
  await page.keyboard.press('Control+z')
  await until(async () => (await arrow.count()) === 0, 'undo removes the arrow')
  await page.keyboard.press('Control+Shift+z')
  await visible(arrow, 'redo restores the arrow')

  // Click the arrow: the dependency is selected and shown; Delete removes it; undo brings it back.
  const onArrow = await arrow.evaluate((path) => {
    // A point along the arrow that is not under a bar or a grip (the arrow passes behind bars).
    const box = path.ownerSVGElement.getBoundingClientRect()
    for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
      const p = path.getPointAtLength(path.getTotalLength() * f)
      const at = { x: box.left + p.x, y: box.top + p.y }
      if (!document.elementFromPoint(at.x, at.y)?.closest('[data-id]')) return at
    }
    return null
  })
  assert.ok(onArrow, 'a free point on the arrow')
  await page.mouse.click(onArrow.x, onArrow.y)
  const inspectorNow = page.getByRole('complementary', { name: 'Inspector' })
  await visible(inspectorNow.getByText('Dependency', { exact: true }), 'the dependency inspector')
  await until(async () => /selected/.test((await arrow.getAttribute('class')) ?? ''), 'the arrow drawn selected')
  await page.keyboard.press('Delete')
  await until(async () => (await arrow.count()) === 0, 'Delete removes the dependency')
  await page.keyboard.press('Control+z')
  await visible(arrow, 'undo restores the dependency')

  // A dependency back the other way would make a cycle: refused, said next to it, nothing changes.
  await fillOf(page, 'Landing page').click()
  const inspector = page.getByRole('complementary', { name: 'Inspector' })
  await inspector.getByRole('combobox', { name: 'Direction' }).selectOption('in')
  await inspector.getByRole('combobox', { name: 'Effort to connect' }).fill('Signup')
  await inspector.getByRole('option', { name: 'Signup flow' }).click()
  await inspector.getByRole('button', { name: 'Add dependency' }).click()
  const alert = inspector.getByRole('alert')
  await visible(alert, 'the cycle error')
  assert.match(await alert.textContent(), /loop: .*Landing page.*Signup flow/)
  assert.equal((await snapshotOf(baseUrl, id)).roadmap.dependencies.length, 1, 'the refused dependency was not added')

  // Reload: everything is still there.
  await page.reload()
  await visible(heading(page), 'the roadmap title')
  await ensureOpen(page, NAME)
  await visible(bar(page, 'Landing page'), 'Landing page after reload')
  await visible(bar(page, 'Signup flow'), 'Signup flow after reload')
  await visible(arrow, 'the arrow after reload')

  // Keyboard only: N makes an effort at the selection, Enter names it, arrows move it, Delete deletes, Mod+Z undoes.
  await bar(page, 'Landing page').focus()
  await page.keyboard.press('Tab')
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Signup flow', 'Tab walks efforts')
  await page.keyboard.press('n')
  const title = page.getByRole('textbox', { name: 'Effort title' })
  await visible(title, 'the title editor of a new effort')
  await page.keyboard.type('Keyboard effort')
  await page.keyboard.press('Enter')
  await visible(bar(page, 'Keyboard effort'), 'the effort made with N')
  const k0 = await effortTitled(baseUrl, id, 'Keyboard effort')
  assert.equal(k0.lane, lanes.Product, 'N makes the effort in the selected lane')
  await page.keyboard.press('Shift+ArrowRight')
  await until(async () => (await effortTitled(baseUrl, id, 'Keyboard effort')).start > k0.start, 'Shift+→ moves a week')
  // Keys pressed while an edit is still saving all count, in order: five → then three Mod+Z.
  const k1 = await effortTitled(baseUrl, id, 'Keyboard effort')
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight', { delay: 0 }).then(() => page.waitForTimeout(30))
  await until(async () => (await effortTitled(baseUrl, id, 'Keyboard effort')).start === plusDays(k1.start, 5), 'five quick → move five days')
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z').then(() => page.waitForTimeout(30))
  await until(async () => (await effortTitled(baseUrl, id, 'Keyboard effort')).start === plusDays(k1.start, 2), 'three quick Mod+Z undo three moves')
  await page.keyboard.press('Enter')
  await visible(title, 'Enter edits the title in place')
  await page.keyboard.press('Control+a')
  await page.keyboard.type('Renamed by keyboard')
  await page.keyboard.press('Enter')
  await visible(bar(page, 'Renamed by keyboard'), 'the renamed effort')
  await page.keyboard.press('Delete')
  await until(async () => (await bar(page, 'Renamed by keyboard').count()) === 0, 'Delete removes it')
  await page.keyboard.press('Control+z')
  await visible(bar(page, 'Renamed by keyboard'), 'undo brings it back')

  // Several selected efforts are deleted in one step: one undo brings them all back, with their dependency.
  const before = (await snapshotOf(baseUrl, id)).roadmap
  await fillOf(page, 'Landing page').click()
  await fillOf(page, 'Signup flow').click({ modifiers: ['Shift'] })
  await visible(page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading', { name: '2 efforts' }), 'two selected')
  await page.keyboard.press('Delete')
  await until(async () => (await bar(page, 'Landing page').count()) + (await bar(page, 'Signup flow').count()) === 0, 'both deleted')
  const gone = (await snapshotOf(baseUrl, id)).roadmap
  assert.deepEqual(gone.efforts.map((e) => e.title).sort(), ['Renamed by keyboard'], 'both efforts deleted')
  assert.equal(gone.dependencies.length, 0, 'their dependency went with them')
  await page.keyboard.press('Control+z')
  await visible(bar(page, 'Landing page'), 'one undo brings Landing page back')
  await visible(bar(page, 'Signup flow'), 'the same undo brings Signup flow back')
  await visible(arrow, 'and their arrow')
  const restored = (await snapshotOf(baseUrl, id)).roadmap
  assert.deepEqual(restored.efforts.map((e) => e.id).sort(), before.efforts.map((e) => e.id).sort(), 'one undo restores every effort')
  assert.equal(restored.dependencies.length, before.dependencies.length, 'and the dependency')
  await screenshot('editor-final')
}

/** plusDays is the date `n` days after the YYYY-MM-DD date `day`. */
function plusDays(day, n) {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

async function renameLane(page, which, name) {
  const inspector = page.getByRole('complementary', { name: 'Inspector' })
  await visible(inspector.getByText(which), `the inspector of ${which}`)
  const field = inspector.getByRole('textbox', { name: 'Name' })
  await visible(field, 'the lane name field')
  await field.fill(name)
  await field.press('Enter')
  await visible(page.getByRole('row', { name, exact: true }), `lane ${name}`)
}

async function drawEffort(page, at, width, title) {
  await drag(page, at, { x: at.x + width, y: at.y })
  const field = page.getByRole('textbox', { name: 'Effort title' })
  await visible(field, `the title editor of ${title}`)
  await field.fill(title)
  await field.press('Enter')
  await visible(bar(page, title), `effort ${title}`)
}
