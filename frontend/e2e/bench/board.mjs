#!/usr/bin/env node
// Browser timings of the conflict board on a large generated roadmap (the
// timeline bench's roadmapOf): from Alt+C to the board painted with every
// conflict loaded (the counts of all of them shown), and from Decide… to the
// four options' previews shown; plus one PreviewDecision call over HTTP.
// Prints the figures; exits 0 (timed assertions do not belong in tests).
//
//   node e2e/bench/board.mjs [efforts]     default 20,000; TANDEM_BIN as for the e2e run
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { call, createBackend } from '../lib/backend.mjs'
import { launchBrowser } from '../lib/browser.mjs'
import { roadmapOf } from '../lib/bigroadmap.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const bin = resolve(here, '../..', process.env.TANDEM_BIN ?? '../build/bin/tandem')
const n = Number(process.argv[2]) || 20000
const RUNS = 5

const tmp = await mkdtemp(join(tmpdir(), 'tandem-board-bench-'))
const backend = createBackend({ bin, dataDir: join(tmp, 'data') })
const server = await backend.serve()
const browser = await launchBrowser(join(tmp, 'profile'))
try {
  const roadmap = roadmapOf(n)
  const snap = await call(server.url, 'ImportRoadmap', roadmap.name, 'bench.tandem', JSON.stringify(roadmap))
  const conflicts = snap.analysis.conflicts
  const page = await browser.newPage()
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(server.url + '/')
  await page.getByRole('grid').waitFor()
  const open = []
  const decide = []
  for (let i = 0; i < RUNS; i++) {
    // from the key press to the board painted with its rows and the counts of every conflict
    const t = await page.evaluate(async (total) => {
      const t0 = performance.now()
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', code: 'KeyC', altKey: true, bubbles: true }))
      for (;;) {
        await new Promise((r) => requestAnimationFrame(r))
        const counts = [...document.querySelectorAll('[data-count]')].reduce((s, el) => s + parseInt(el.textContent ?? '0', 10), 0)
        if (counts === total && document.querySelector('[data-key]')) break
        if (performance.now() - t0 > 20000) throw new Error('board did not open')
      }
      await new Promise((r) => requestAnimationFrame(r))
      return performance.now() - t0
    }, conflicts.length)
    open.push(t)
    // the four options' previews
    const d0 = Date.now()
    await page.locator('[data-key]').first().getByRole('button', { name: 'Decide…' }).click()
    await page.waitForFunction(() => document.querySelectorAll('dialog [data-preview], dialog .refusal:not(:empty)').length >= 4 && !document.querySelector('dialog')?.textContent?.includes('Computing'))
    decide.push(Date.now() - d0)
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape') // closes the dock
    await page.locator('.dock').waitFor({ state: 'detached' })
  }
  const key = `${conflicts[0].kind}:${conflicts[0].surface ?? conflicts[0].metric ?? ''}:${conflicts[0].efforts[0]}+${conflicts[0].efforts[1]}`
  const http = []
  for (let i = 0; i < RUNS; i++) {
    const t0 = Date.now()
    await call(server.url, 'PreviewDecision', snap.info.id, { kind: 'sequence', conflict: key })
    http.push(Date.now() - t0)
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(0)
  console.log(`conflict board, ${n} efforts, ${conflicts.length} conflicts (median of ${RUNS})`)
  console.log(`  open the board (Alt+C to painted, every conflict counted): ${med(open)} ms  [${open.map((x) => x.toFixed(0)).join(', ')}]`)
  console.log(`  Decide… to the four previews shown:                      ${med(decide)} ms  [${decide.join(', ')}]`)
  console.log(`  one PreviewDecision over HTTP:                            ${med(http)} ms  [${http.join(', ')}]`)
} finally {
  await browser.close().catch(() => {})
  await server.stop().catch(() => {})
  await rm(tmp, { recursive: true, force: true })
}
