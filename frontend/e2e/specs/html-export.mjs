// The html export (tandem export FILE --format html): one file that opens in
// a browser with every network request blocked, draws the swimlanes, shows
// details on hover and focus, zooms, and keeps hostile text as text. Also
// times the first frame of a 20,000-effort page.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { assert, visible } from '../lib/expect.mjs'
import { roadmapOf } from '../lib/bigroadmap.mjs'
import { until } from '../lib/editing.mjs'

export const name = 'html export: a standalone page without network, swimlanes, hover, zoom, hostile text inert, 20,000 efforts'
export const phase = 'first-run'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const SAMPLE = join(repo, 'backend/sample/sample.tandem')
const HOSTILE = join(repo, 'backend/formats/testdata/export/hostile.tandem')

/** exportHTML runs the CLI: tandem export FILE --format html -o OUT. */
async function exportHTML(bin, file, out) {
  await promisify(execFile)(bin, ['export', file, '--format', 'html', '-o', out])
  return pathToFileURL(out).href
}

/**
 * open loads a page with every request but the file itself aborted and
 * counted, Content-Security-Policy violations and dialogs recorded.
 */
async function open(page, url) {
  const seen = { requests: [], dialogs: [] }
  await page.unrouteAll()
  await page.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue()
    seen.requests.push(route.request().url())
    return route.abort()
  })
  page.removeAllListeners('dialog')
  page.on('dialog', (d) => (seen.dialogs.push(d.message()), d.dismiss()))
  await page.addInitScript(() => {
    window.__violations = []
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  await page.goto(url)
  await page.waitForSelector('html[data-ready]')
  seen.violations = () => page.evaluate(() => window.__violations)
  return seen
}

async function clean(page, seen, what) {
  assert.deepEqual(seen.requests, [], `${what}: network requests`)
  assert.deepEqual(seen.dialogs, [], `${what}: dialogs`)
  assert.deepEqual(await seen.violations(), [], `${what}: CSP violations`)
}

// a lane's full name is its label's <title> (the label itself may be shortened)
const laneNames = (page) => page.locator('svg text.lane-name title').evaluateAll((ts) => ts.map((t) => t.textContent))
const barLabels = (page) => page.locator('svg .bar').evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')))
const spacerWidth = (page) => page.locator('#spacer').evaluate((s) => s.getBoundingClientRect().width)

export async function run({ page, bin, screenshot }) {
  const tmp = await mkdtemp(join(tmpdir(), 'tandem-html-'))
  try {
    await page.setViewportSize({ width: 1280, height: 720 })
    const sample = JSON.parse(await readFile(SAMPLE, 'utf8'))

    // The sample: every lane and every live effort drawn, details on hover.
    let seen = await open(page, await exportHTML(bin, SAMPLE, join(tmp, 'sample.html')))
    assert.equal(await page.title(), sample.name)
    assert.deepEqual(await laneNames(page), sample.lanes.map((l) => l.name), 'lanes in file order')
    const labels = await barLabels(page)
    for (const e of sample.efforts.filter((e) => e.status !== 'killed')) {
      assert.ok(labels.some((l) => l.startsWith(`${e.title}, `)), `bar "${e.title}" missing`)
    }
    assert.ok((await page.locator('svg .bar.critical').count()) >= 3, 'critical bars are outlined')
    assert.ok((await page.locator('svg .badge').count()) > 0, 'conflict badges')
    assert.ok((await page.locator('svg path.dep').count()) > 0, 'dependency arrows')
    assert.equal(await page.locator('svg .today-line').count(), 1, 'the today line')
    const critical = page.locator('.card', { hasText: 'Critical path' }).locator('li')
    assert.equal(await critical.count(), 4, 'four critical efforts listed')
    await visible(page.locator('.card', { hasText: 'Not doing' }).getByText('LinkedIn ads pilot'), 'the killed effort under Not doing')

    const billing = page.locator('svg .bar[aria-label^="Billing for Pricing v2,"]')
    await billing.hover()
    const tip = page.locator('#tip')
    await visible(tip, 'hover details')
    const text = await tip.textContent()
    for (const part of ['Billing for Pricing v2', 'Product', 'On the critical path', '2027-01-19']) {
      assert.ok(text.includes(part), `hover details lack "${part}": ${text}`)
    }
    await screenshot('html-export-sample-hover-light')
    await page.mouse.move(5, 5)
    await until(async () => !(await tip.isVisible()), 'the details hide when the pointer leaves')

    // Keyboard: the chart is one Tab stop (a bar, with its details); the
    // arrow keys walk the bars.
    await page.getByRole('button', { name: 'Fit' }).focus()
    await page.keyboard.press('Tab')
    const focusedBar = () => page.evaluate(() => document.activeElement.getAttribute('aria-label'))
    const first = await focusedBar()
    assert.ok(first && labels.includes(first), `Tab reaches a bar (${first})`)
    await visible(tip, 'focus details')
    assert.ok((await tip.textContent()).startsWith(first.split(', ')[0]), 'the details are the focused bar\'s')
    await page.keyboard.press('ArrowRight')
    const second = await focusedBar()
    assert.ok(second && second !== first, `ArrowRight moves to the next bar (${second})`)
    assert.ok((await tip.textContent()).startsWith(second.split(', ')[0]), 'the details follow the focus')
    await page.keyboard.press('Tab')
    assert.equal(await page.evaluate(() => document.activeElement.closest('svg')), null, 'one more Tab leaves the chart')

    // Zoom: buttons, Ctrl+wheel, Fit.
    const fit = await spacerWidth(page)
    await page.getByRole('button', { name: 'Zoom in' }).click()
    const zoomed = await spacerWidth(page)
    assert.ok(zoomed > fit * 1.3, `zoom in widens the timeline (${fit} -> ${zoomed})`)
    const box = await page.locator('#chart').boundingBox()
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.keyboard.down('Control')
    await page.mouse.wheel(0, -400)
    await page.keyboard.up('Control')
    await until(async () => (await spacerWidth(page)) > zoomed * 1.5, 'Ctrl+wheel zooms in')
    await screenshot('html-export-sample-zoomed-light')
    await page.getByRole('button', { name: 'Fit' }).click()
    assert.ok(Math.abs((await spacerWidth(page)) - fit) < 2, 'Fit shows the whole span again')
    await screenshot('html-export-sample-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await screenshot('html-export-sample-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await clean(page, seen, 'sample')

    // Hostile text: drawn as text, nothing runs, nothing loads.
    const hostile = JSON.parse(await readFile(HOSTILE, 'utf8'))
    seen = await open(page, await exportHTML(bin, HOSTILE, join(tmp, 'hostile.html')))
    assert.equal(await page.title(), hostile.name)
    assert.equal(await page.locator('h1').textContent(), hostile.name)
    assert.deepEqual(await laneNames(page), hostile.lanes.map((l) => l.name))
    const hostileLabels = await barLabels(page)
    for (const e of hostile.efforts) {
      assert.ok(hostileLabels.some((l) => l.startsWith(`${e.title}, `)), `bar "${e.title}" missing`)
    }
    const injected = await page.evaluate(() => ({
      scripts: document.scripts.length,
      img: document.querySelectorAll('img').length,
      handlers: document.querySelectorAll('[onload], [onerror], [onclick]').length,
      svgs: document.querySelectorAll('svg').length,
    }))
    assert.deepEqual(injected, { scripts: 2, img: 0, handlers: 0, svgs: 1 }, 'no markup from user text')
    await page.locator('svg .bar[aria-label^="<script>"]').hover()
    assert.ok((await tip.textContent()).includes(hostile.efforts[0].notes.split('\n')[0]), 'hostile notes shown as text')
    await screenshot('html-export-hostile-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await screenshot('html-export-hostile-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await clean(page, seen, 'hostile')

    // 20,000 efforts: only what is in view is drawn; the first frame is timed.
    const big = join(tmp, 'big.tandem')
    await writeFile(big, JSON.stringify(roadmapOf(20000)))
    const bigURL = await exportHTML(bin, big, join(tmp, 'big.html'))
    // wall time to the first frame, and the main thread's CPU time (which a
    // busy machine disturbs less)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' })
    const cpu = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value
    const times = []
    for (let k = 0; k < 3; k++) {
      await page.goto('about:blank')
      const before = await cpu()
      seen = await open(page, bigURL)
      const wall = await page.evaluate(() => Math.round(performance.getEntriesByName('tandem-first-frame')[0].startTime))
      times.push(`${wall} (${Math.round(((await cpu()) - before) * 1000)} cpu)`)
    }
    await cdp.detach()
    const bars = await page.locator('svg .bar').count()
    assert.ok(bars > 100 && bars <= 4000, `${bars} bars drawn of 20,000: only what is in view`)
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.wheel(0, 3000)
    await until(async () => (await page.locator('#scroller').evaluate((s) => s.scrollTop)) > 0, 'the chart scrolls')
    assert.ok((await page.locator('svg .bar').count()) > 100, 'bars drawn after scrolling')
    await screenshot('html-export-20000-light')
    await clean(page, seen, '20,000 efforts')
    console.log(`    html export, 20,000 efforts: first frame ${times.join(', ')} ms (navigation start to the first frame with the chart drawn; main-thread CPU)`)
  } finally {
    await page.unrouteAll()
    await rm(tmp, { recursive: true, force: true })
  }
}
