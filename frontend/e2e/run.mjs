#!/usr/bin/env node
// End-to-end run of the UI on the real backend, in two phases over one fresh
// store:
//   first-run  `tandem serve` on an empty store: the UI opens the sample;
//   imported   after `tandem import` (CLI, while nothing serves): the
//              imported roadmap is in the switcher next to the sample.
// Specs are driven through Debian's chromium with playwright-core.
//
//   npm run e2e                 against $TANDEM_BIN (default ../build/bin/tandem)
//   npm run e2e -- switch       only specs whose file name contains "switch"
//
// Screenshots go to e2e/out/. The last line is "N passed, N failed"; the exit
// code is 1 when anything failed.
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createBackend } from './lib/backend.mjs'
import { launchBrowser } from './lib/browser.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const frontend = resolve(here, '..')
const outDir = join(here, 'out')
const args = process.argv.slice(2)
const filters = args.filter((a) => !a.startsWith('--'))
const bin = resolve(frontend, process.env.TANDEM_BIN ?? '../build/bin/tandem')

const SPECS = ['sample', 'switch', 'imported', 'editor', 'files', 'html-export', 'present', 'ritual', 'decide', 'measure', 'dock-layout']
const PHASES = ['first-run', 'imported']

/** The roadmap imported with the CLI between the phases, and what it must show. */
const imported = {
  file: join(here, 'fixtures/launch.tandem'),
  name: 'Mobile launch (imported)',
  lanes: ['Engineering', 'Design', 'Go-to-market'],
  efforts: {
    Engineering: ['App shell and navigation', 'Offline sync', 'Push notifications', 'Public beta'],
    Design: ['Mobile design system', 'Onboarding flows'],
    'Go-to-market': ['App Store listing', 'Launch campaign'],
  },
}

const tally = { passed: 0, failed: 0 }

function fail(what, err) {
  tally.failed++
  console.log(`  ✗ ${what}\n      ${String(err?.stack ?? err).split('\n').slice(0, 4).join('\n      ')}`)
}

async function runSpec(browser, baseUrl, file, spec) {
  const page = await browser.newPage()
  const pageErrors = []
  page.on('pageerror', (err) => pageErrors.push(err.message))
  const screenshot = (name) => page.screenshot({ path: join(outDir, `${name}.png`) })
  const started = Date.now()
  try {
    await spec.run({ page, baseUrl, imported, screenshot, bin })
    if (pageErrors.length) throw new Error(`page errors: ${pageErrors.join('; ')}`)
    tally.passed++
    console.log(`  ✓ ${spec.name} (${Date.now() - started} ms)`)
  } catch (err) {
    fail(spec.name, err)
    await screenshot(`FAILED-${file}`).catch(() => {})
  } finally {
    await page.close()
  }
}

async function runPhase(phase, specs, backend, tmp) {
  const server = await backend.serve()
  console.log(`${phase}: ${bin} at ${server.url}`)
  const browser = await launchBrowser(join(tmp, `profile-${phase}`))
  try {
    for (const { file, spec } of specs) await runSpec(browser, server.url, file, spec)
  } finally {
    await browser.close().catch(() => {})
    await server.stop().catch(() => {})
  }
}

async function main() {
  await rm(outDir, { recursive: true, force: true })
  await mkdir(outDir, { recursive: true })
  const tmp = await mkdtemp(join(tmpdir(), 'tandem-e2e-'))
  try {
    const specs = []
    for (const file of SPECS.filter((s) => filters.length === 0 || filters.some((f) => s.includes(f)))) {
      specs.push({ file, spec: await import(`./specs/${file}.mjs`) })
    }
    const backend = createBackend({ bin, dataDir: join(tmp, 'data') })
    for (const phase of PHASES) {
      if (phase === 'imported') await backend.import(imported.file, imported.name)
      const inPhase = specs.filter(({ spec }) => spec.phase === phase)
      if (inPhase.length > 0 || phase === 'first-run') await runPhase(phase, inPhase, backend, tmp)
    }
  } catch (err) {
    fail('setup', err)
  } finally {
    await rm(tmp, { recursive: true, force: true })
  }
  console.log(`${tally.passed} passed, ${tally.failed} failed`)
  process.exitCode = tally.failed > 0 ? 1 : 0
}

await main()
