#!/usr/bin/env node
// Browser timings of the timeline on large generated roadmaps, Tandem next to
// vis-timeline on the same efforts, in one run (`npm run bench`; `make bench`):
//   Tandem  the real `tandem serve` (TANDEM_BIN, default ../build/bin/tandem)
//           in a fresh store, the roadmap imported, the app loaded on it;
//   vis     vis-timeline (devDependency, standalone build) drawing the same
//           efforts as Tandem draws them (scheduled dates), lanes as groups,
//           in a page served from e2e/bench/ by a small local server.
// Both are measured the same way (bench/measure.mjs): first painted frame with
// items, main-thread work per frame while panning and zooming, and an edit's
// time to the screen. Prints one table; exits 0. Timed assertions do not
// belong in tests (DESIGN.md), so nothing here fails on a slow figure.
//
//   npm run bench                 5,000 and 20,000 efforts
//   npm run bench -- 2000         other sizes
//   npm run bench -- --no-vis     Tandem only
//   npm run bench -- --edit       Tandem only, first frame and edits only
//   npm run bench -- --gen=PATH   the roadmaps PATH writes (`python3 PATH N OUT`,
//                                 e.g. ../shared/bench/gen_roadmap.py) instead of
//                                 lib/bigroadmap.mjs's
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { call, createBackend } from './lib/backend.mjs'
import { launchBrowser } from './lib/browser.mjs'
import { benchRoadmap } from './bench/roadmaps.mjs'
import { printTable } from './bench/table.mjs'
import { measureTandem } from './bench/tandem.mjs'
import { measureVis } from './bench/vis.mjs'
import { startVisServer, visData } from './bench/vis-server.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const bin = resolve(here, '..', process.env.TANDEM_BIN ?? '../build/bin/tandem')
const args = process.argv.slice(2)
const sizes = args.map(Number).filter((n) => n > 0)
const SIZES = sizes.length ? sizes : [5000, 20000]
const editOnly = args.includes('--edit')
const withVis = !args.includes('--no-vis') && !editOnly
const gen = args.find((a) => a.startsWith('--gen='))?.slice('--gen='.length)

/** measured runs one measurement in a fresh page; a failure is reported and leaves a gap in the table. */
async function measured(browser, what, fn) {
  const page = await browser.newPage()
  const started = Date.now()
  try {
    const r = await fn(page)
    console.error(`  ${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
    return r
  } catch (err) {
    console.error(`  ${what} failed: ${err.message.split('\n')[0]}`)
    return { error: err }
  } finally {
    await page.close().catch(() => {})
  }
}

async function main() {
  const tmp = await mkdtemp(join(tmpdir(), 'tandem-bench-'))
  const backend = createBackend({ bin, dataDir: join(tmp, 'data') })
  const server = await backend.serve()
  const data = new Map()
  const site = withVis ? await startVisServer(data) : null
  const browser = await launchBrowser(join(tmp, 'profile'))
  const results = []
  try {
    for (const n of SIZES) {
      console.error(`${n} efforts:`)
      const roadmap = await benchRoadmap(n, gen, tmp)
      const snap = await call(server.url, 'ImportRoadmap', roadmap.name, 'bench.tandem', JSON.stringify(roadmap))
      data.set(n, visData(snap))
      const tandem = await measured(browser, 'Tandem', (page) => measureTandem(page, server.url, { editOnly }))
      const vis = site ? await measured(browser, 'vis-timeline', (page) => measureVis(page, site.url, n)) : null
      results.push({ n, tandem, vis })
    }
  } finally {
    await browser.close().catch(() => {})
    await site?.close().catch(() => {})
    await server.stop().catch(() => {})
    await rm(tmp, { recursive: true, force: true })
  }
  console.log(`Browser timings: Tandem (tandem serve) and vis-timeline on the same generated roadmap (${gen ?? 'lib/bigroadmap.mjs'}), Chromium headless, 1440 x 900.`)
  console.log('Frame work = main-thread task time per frame; interval = frame-to-frame time (vsync 16.7 ms). Edit: Tandem saves and')
  console.log('re-analyses in the backend; vis-timeline only updates its in-memory DataSet.')
  printTable(results)
}

await main()
