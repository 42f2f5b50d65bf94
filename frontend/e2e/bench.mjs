#!/usr/bin/env node
// Browser timings of the timeline on large roadmaps, against the real
// `tandem serve` (TANDEM_BIN, default ../build/bin/tandem) in a fresh store:
//   first   from loading the app to the first painted frame with bars (and
//           the part of it spent in the StartupRoadmap call)
//   pan     frame times while scrolling the timeline sideways and down
//   zoom    frame times while zooming with Ctrl+wheel, and the longest frame
//           when the zoom settles (the one full redraw after the wheel stops)
//   edit    from a key press (→ on a selected effort) to the moved bar on screen
// Prints a table; exits 0. Timed assertions do not belong in tests (DESIGN.md).
//
//   npm run bench                 5,000 and 20,000 efforts
//   npm run bench -- 2000         other sizes
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { call, createBackend } from './lib/backend.mjs'
import { launchBrowser } from './lib/browser.mjs'
import { roadmapOf } from './lib/bigroadmap.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const bin = resolve(here, '..', process.env.TANDEM_BIN ?? '../build/bin/tandem')
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0)
const SIZES = sizes.length ? sizes : [5000, 20000]

/**
 * mainThreadTasks runs `fn` while tracing and returns the durations (ms) of
 * the renderer main thread's tasks meanwhile: the work each frame costs,
 * which a frame-to-frame interval (never under the 16.7 ms vsync) cannot show.
 */
async function mainThreadTasks(page, fn) {
  const cdp = await page.context().newCDPSession(page)
  const events = []
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value))
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r))
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,__metadata', transferMode: 'ReportEvents' })
  const result = await fn()
  await cdp.send('Tracing.end')
  await done
  await cdp.detach()
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`))
  const isTask = (e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask')
  const tasks = events.filter((e) => isTask(e) && mains.has(`${e.pid}:${e.tid}`))
  return { result, tasks: tasks.map((e) => e.dur / 1000).filter((d) => d > 0.05) }
}

function p95(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]
}

/** frames runs `step(i)` in `count` successive animation frames and returns each frame's duration (ms). */
async function frames(page, kind, count, idle = 0) {
  return page.evaluate(
    ({ kind, count, idle }) =>
      new Promise((done) => {
        const grid = document.querySelector('[role="grid"]')
        const times = []
        let last = performance.now()
        let i = 0
        const rect = grid.getBoundingClientRect()
        const tick = () => {
          const now = performance.now()
          if (i > 0) times.push(now - last)
          last = now
          if (i++ >= count + idle) return done(times)
          if (i > count) {
            // no input: frames while the last step settles
          } else if (kind === 'pan') {
            grid.scrollLeft += 60
            if (i % 4 === 0) grid.scrollTop += 40
          } else {
            const out = Math.floor(i / 15) % 2 === 1
            grid.dispatchEvent(
              new WheelEvent('wheel', { deltaY: out ? 60 : -60, ctrlKey: true, clientX: rect.left + 700, clientY: rect.top + 200, bubbles: true, cancelable: true }),
            )
          }
          requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      }),
    { kind, count, idle },
  )
}

async function measure(page, baseUrl, n) {
  const roadmap = roadmapOf(n)
  const snap = await call(baseUrl, 'ImportRoadmap', roadmap.name, 'bench.tandem', JSON.stringify(roadmap))
  // open: a fresh load of the app (the imported roadmap is the last opened) to the first painted frame with bars
  await page.goto('about:blank')
  await page.goto(baseUrl + '/')
  const open = await page.evaluate(
    () =>
      new Promise((done) => {
        const check = () => {
          if (document.querySelector('[role="grid"] [data-id]')) {
            requestAnimationFrame(() => {
              const api = performance.getEntriesByType('resource').find((r) => r.name.includes('/api/StartupRoadmap'))
              done({ total: performance.now(), apiMs: api ? api.responseEnd - api.startTime : 0 })
            })
          } else requestAnimationFrame(check)
        }
        check()
      }),
  )
  const drawn = await page.locator('[role="grid"] [data-id]').count()
  await page.waitForTimeout(300)
  const pan = await mainThreadTasks(page, () => frames(page, 'pan', 120))
  const zoom = await mainThreadTasks(page, () => frames(page, 'zoom', 60))
  const settle = await mainThreadTasks(page, () => frames(page, 'zoom', 1, 30))

  // edit: select a drawn effort, press →, wait for its tooltip to change
  const target = page.locator('[role="grid"] g.bar[data-id]').first()
  await target.locator('rect.fill').click()
  await page.waitForTimeout(300)
  const edit = await page.evaluate(async () => {
    const el = document.activeElement?.closest('[data-id]') ?? document.querySelector('g.bar.selected')
    const id = el.getAttribute('data-id')
    const before = el.querySelector('title').textContent
    const t0 = performance.now()
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }))
    await new Promise((done) => {
      const check = () => {
        const now = document.querySelector(`[data-id="${id}"] title`)?.textContent
        if (now && now !== before) requestAnimationFrame(() => done())
        else requestAnimationFrame(check)
      }
      check()
    })
    return performance.now() - t0
  })
  return { n, open, drawn, pan, zoom, settle, edit }
}

async function main() {
  const tmp = await mkdtemp(join(tmpdir(), 'tandem-bench-'))
  const backend = createBackend({ bin, dataDir: join(tmp, 'data'), fake: false })
  const server = await backend.serve()
  const browser = await launchBrowser(join(tmp, 'profile'))
  const rows = []
  try {
    const page = await browser.newPage()
    for (const n of SIZES) rows.push(await measure(page, server.url, n))
  } finally {
    await browser.close().catch(() => {})
    await server.stop().catch(() => {})
    await rm(tmp, { recursive: true, force: true })
  }
  const f = (x) => (x ?? NaN).toFixed(1).padStart(8)
  console.log('Frame work = main-thread task time per frame (p95 / max); interval = frame-to-frame time (p95, vsync 16.7 ms).')
  console.log('efforts | first frame ms | of it StartupRoadmap | bars drawn | pan work p95 / max | pan interval p95 | zoom work p95 / max | zoom interval p95 | zoom settle ms | edit→screen ms')
  console.log('--------|----------------|----------------------|------------|--------------------|------------------|---------------------|-------------------|----------------|---------------')
  for (const r of rows) {
    console.log(
      [
        String(r.n).padStart(7),
        f(r.open.total),
        f(r.open.apiMs),
        String(r.drawn).padStart(10),
        `${f(p95(r.pan.tasks))} / ${f(Math.max(...r.pan.tasks))}`,
        f(p95(r.pan.result)),
        `${f(p95(r.zoom.tasks))} / ${f(Math.max(...r.zoom.tasks))}`,
        f(p95(r.zoom.result)),
        f(Math.max(...r.settle.tasks)),
        f(r.edit),
      ].join(' | '),
    )
  }
}

await main()
