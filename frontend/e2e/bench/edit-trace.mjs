#!/usr/bin/env node
// edit-trace.mjs: where the page's time goes in an edit, from a Chrome trace
// of the edit benchmark's moves (not a timing: the tracing slows the page).
// It serves TANDEM_BIN on the roadmap of each size (as bench.mjs --edit
// does, --gen=PATH for the generator's), runs edit-in-page.js with the
// devtools.timeline categories (paint invalidation and layer snapshots
// included) and prints, per move: the main thread's time from the reply's
// arrival to the end of the move's window, how much of the timeline's view
// the move's frames invalidated (painted again) and the raster work that
// followed, and the CPU time (the threads' own, which load does not
// stretch) of the main thread and raster from the key press; then which
// display items were invalidated and why, and the main thread's time by kind.
//
//   cd frontend && TANDEM_BIN=BIN node e2e/bench/edit-trace.mjs --gen=PATH 5000 20000
//   --edits=N   moves (default 8);  --json=FILE  the raw trace of the last size;
//   --css=RULES a style sheet added before the moves (what-if: hide a part);
//   --dist=DIR  the page's files from DIR (e.g. `npx vite build --minify false --outDir DIR`);
//   --profile   also a CPU profile of the moves: self and total time by function
//               (--cpu=FILE keeps it, a .cpuprofile DevTools opens);
//   --added=SEL count the elements matching SEL added to the page during the moves
import { readFileSync, writeFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { call, createBackend } from '../lib/backend.mjs'
import { launchBrowser } from '../lib/browser.mjs'
import { benchRoadmap } from './roadmaps.mjs'
import { firstFrame, settle, ZOOM_PRESSES } from './measure.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const bin = resolve(here, '../..', process.env.TANDEM_BIN ?? '../build/bin/tandem')
const args = process.argv.slice(2)
const sizes = args.map(Number).filter((n) => n > 0)
const opt = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const gen = opt('gen')
const edits = Number(opt('edits') ?? 8)
const jsonOut = opt('json')
const css = opt('css')
const dist = opt('dist')
const profile = args.includes('--profile')
const added = opt('added')
const cpuOut = opt('cpu')
const SCRIPT = readFileSync(join(here, 'edit-in-page.js'), 'utf8')

const CATEGORIES = [
  '__metadata',
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'disabled-by-default-devtools.timeline.invalidationTracking',
  'disabled-by-default-devtools.timeline.layers',
  'disabled-by-default-blink.invalidation',
  'blink.user_timing',
  'v8.execute',
].join(',')

/** selfTimes sums each event name's self time (ms) over the complete events of one thread between from and to (µs). */
function selfTimes(events, from, to) {
  const xs = events.filter((e) => e.ph === 'X' && e.ts >= from && e.ts < to).sort((a, b) => a.ts - b.ts || b.dur - a.dur)
  const self = new Map()
  const stack = []
  for (const e of xs) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop()
    const parent = stack.at(-1)
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - e.dur / 1000)
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur / 1000)
    stack.push(e)
  }
  return self
}

/** profileReport prints the functions with the most self and total time (ms a move) from `from` (µs, the trace's clock) on. */
function profileReport(cpu, moves, from) {
  const byId = new Map(cpu.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of cpu.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const name = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`
  const self = new Map()
  const total = new Map()
  let t = cpu.startTime
  for (let i = 0; i < cpu.samples.length; i++) {
    const dt = (cpu.timeDeltas[i] ?? 0) / 1000
    t += cpu.timeDeltas[i] ?? 0
    if (t < from) continue
    const leaf = byId.get(cpu.samples[i])
    const k = name(leaf)
    if (leaf.callFrame.functionName === '(idle)' || leaf.callFrame.functionName === '(program)') continue
    self.set(k, (self.get(k) ?? 0) + dt)
    const seen = new Set()
    for (let id = leaf.id; id !== undefined; id = parent.get(id)) {
      const kk = name(byId.get(id))
      if (seen.has(kk)) continue
      seen.add(kk)
      total.set(kk, (total.get(kk) ?? 0) + dt)
    }
  }
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${(v / moves).toFixed(2).padStart(7)}  ${k}`).join('\n')
  console.log(`CPU profile (from the first move's key press on, ms a move over ${moves} moves): self\n${top(self, 30)}\ntotal\n${top(total, 45)}`)
}

async function traced(page) {
  const cdp = await page.context().newCDPSession(page)
  const events = []
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value))
  const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r))
  if (profile) {
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
    await cdp.send('Profiler.start')
  }
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' })
  if (added) {
    await page.evaluate((sel) => {
      window.__added = []
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes) {
            if (!(n instanceof Element)) continue
            for (const el of [n, ...n.querySelectorAll(sel)]) if (el.matches(sel)) window.__added.push(el.getAttribute('data-id') ?? el.id ?? el.className)
          }
      }).observe(document.body, { subtree: true, childList: true })
    }, added)
  }
  const result = await page.evaluate(`(${SCRIPT})(${edits}, 0)`)
  if (added) console.log(`added ${added}:`, JSON.stringify(await page.evaluate(() => window.__added)).slice(0, 2000))
  const cpu = profile ? (await cdp.send('Profiler.stop')).profile : null
  await cdp.send('Tracing.end')
  await done
  await cdp.detach()
  return { result, events, cpu }
}

/**
 * invalidated is how much of the timeline's view the frames committed
 * between from and to invalidated (to be painted again), in px: the region
 * each frame's layer snapshot gives for the timeline's scrolled layer,
 * within the scroller's size (the benchmark's view is at the chart's start).
 */
function invalidated(events, from, to) {
  let px = 0
  let view = 0
  const frames = new Set()
  for (const e of events) {
    const tree = e.name === 'LayerTreeHostImpl:snapshot' && e.ts >= from && e.ts < to ? e.args?.snapshot?.active_tree : null
    if (!tree || frames.has(tree.source_frame_number)) continue
    frames.add(tree.source_frame_number)
    const scrollers = tree.layers.filter((l) => l.layer_name?.includes("class='scroller")).sort((a, b) => a.bounds.width * a.bounds.height - b.bounds.width * b.bounds.height)
    if (scrollers.length < 2) continue
    const [clip, r] = [scrollers[0].bounds, scrollers.at(-1).invalidation ?? []]
    view = clip.width * clip.height
    for (let k = 0; k + 3 < r.length; k += 4) {
      const w = Math.min(r[k] + r[k + 2], clip.width) - Math.max(r[k], 0)
      const h = Math.min(r[k + 1] + r[k + 3], clip.height) - Math.max(r[k + 1], 0)
      if (w > 0 && h > 0) px += w * h
    }
  }
  return { px, view }
}

function report(n, { result, events, cpu }) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'Paint'))
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid)
  const sends = events.filter((e) => e.name === 'ResourceSendRequest' && e.args?.data?.url?.includes('/api/UpdateEffort')).sort((a, b) => a.ts - b.ts)
  const finishes = events.filter((e) => e.name === 'ResourceFinish' || e.name === 'ResourceReceiveResponse')
  const total = new Map()
  const clients = new Map()
  console.log(`\n${n} efforts: edit → on screen ${result.ms.toFixed(1)} ms (in the DOM ${result.domMs?.toFixed(1)}), ${sends.length} moves`)
  const cpuRows = []
  console.log('move  request ms  main thread busy after the reply, ms  timeline invalidated, px (of its view)  raster: tiles, ms (layers)  CPU from the key, ms: main + raster')
  for (let i = 0; i < sends.length; i++) {
    const from = sends[i].ts
    const to = i + 1 < sends.length ? sends[i + 1].ts - 100000 : from + 400000
    const reply = finishes.filter((f) => f.args?.data?.requestId === sends[i].args.data.requestId).map((f) => f.ts).sort((a, b) => a - b)[0] ?? from
    const within = (e) => e.ts >= reply && e.ts < to
    for (const [k, v] of selfTimes(onMain, reply, to)) total.set(k, (total.get(k) ?? 0) + v)
    const busy = onMain.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && within(e)).reduce((s, e) => s + e.dur / 1000, 0)
    const rasters = events.filter((e) => e.name === 'RasterTask' && within(e))
    const rasterMs = rasters.reduce((s, e) => s + e.dur / 1000, 0)
    const rasterLayers = [...new Set(rasters.map((e) => e.args?.tileData?.layerId))].sort().join(',')
    const { px, view } = invalidated(events, reply, to)
    for (const e of events) {
      if (e.name !== 'InvalidateDisplayItemClient' || !within(e)) continue
      const k = `${e.args.client.replace(/ ?svelte-\w+/g, '')}: ${e.args.reason}`
      clients.set(k, (clients.get(k) ?? 0) + 1)
    }
    // the CPU the renderer spent on the move from the key press on (its threads' own time: load-independent): main thread and raster
    const pressed = from - 10000
    const cpuOf = (e) => (e.tdur ?? e.dur) / 1000
    const mainCpu = onMain.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && e.ts >= pressed && e.ts < to).reduce((t, e) => t + cpuOf(e), 0)
    const rasterCpu = events.filter((e) => e.name === 'RasterTask' && e.ts >= pressed && e.ts < to).reduce((t, e) => t + cpuOf(e), 0)
    cpuRows.push([mainCpu, rasterCpu])
    const cols = [String(i + 1).padStart(4), reqMs(reply, from).padStart(10), busy.toFixed(1).padStart(36), `${px} (${view ? ((100 * px) / view).toFixed(0) : '?'}%)`.padStart(39), `${rasters.length}, ${rasterMs.toFixed(1)} (${rasterLayers})`.padEnd(26), `${mainCpu.toFixed(1)} + ${rasterCpu.toFixed(1)}`]
    console.log(cols.join('  '))
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  console.log(`CPU from the key press, median of moves 2-${sends.length}: main thread ${med(cpuRows.slice(1).map((r) => r[0])).toFixed(1)} ms, raster ${med(cpuRows.slice(1).map((r) => r[1])).toFixed(1)} ms`)
  console.log('display items invalidated (object: reason), a move:')
  for (const [k, v] of [...clients].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${(v / sends.length).toFixed(1).padStart(7)}  ${k}`)
  console.log('main thread self time after the reply, ms a move:')
  for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${(v / sends.length).toFixed(2).padStart(7)}  ${k}`)
  if (cpu) profileReport(cpu, sends.length, sends[0].ts - 20000)
  if (cpu && cpuOut) writeFileSync(cpuOut, JSON.stringify(cpu))
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(events))
}

const reqMs = (reply, from) => ((reply - from) / 1000).toFixed(1)

const tmp = await mkdtemp(join(tmpdir(), 'tandem-trace-'))
const backend = createBackend({ bin, dataDir: join(tmp, 'data') })
const server = await backend.serve()
const browser = await launchBrowser(join(tmp, 'profile'))
try {
  for (const n of sizes.length ? sizes : [5000]) {
    const roadmap = await benchRoadmap(n, gen, tmp)
    await call(server.url, 'ImportRoadmap', roadmap.name, 'bench.tandem', JSON.stringify(roadmap))
    const page = await browser.newPage()
    if (dist) {
      await page.route(
        (url) => !url.pathname.startsWith('/api/'),
        (route) => {
          const path = new URL(route.request().url()).pathname
          const file = join(dist, path === '/' ? 'index.html' : path)
          const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : file.endsWith('.html') ? 'text/html' : undefined
          try {
            route.fulfill({ body: readFileSync(file), contentType: type })
          } catch {
            route.fulfill({ status: 404 })
          }
        },
      )
    }
    await firstFrame(page, server.url + '/', '[role="grid"] [data-id]', '/api/StartupRoadmap')
    await settle(page)
    for (let i = 0; i < ZOOM_PRESSES; i++) {
      await page.keyboard.press('+')
      await page.waitForTimeout(50)
    }
    await page.getByRole('grid').evaluate((el) => el.scrollTo({ left: 0, top: 0 }))
    if (css) await page.addStyleTag({ content: css })
    await settle(page)
    report(n, await traced(page))
    await page.close()
  }
} finally {
  await browser.close().catch(() => {})
  await server.stop().catch(() => {})
  await rm(tmp, { recursive: true, force: true })
}
