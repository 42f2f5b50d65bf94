// The backend the e2e specs run against: the real `tandem` binary, over one
// store kept across restarts, so a run can go: serve an empty store (first
// run), stop, import with the CLI, serve again. There is no stand-in: the
// UI draws what the real service computes (analysis, lane layout).
import { execFile, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { existsSync } from 'node:fs'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** freePort asks the OS for a free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

/** call POSTs one API method the way the UI's HTTP transport does. */
export async function call(baseUrl, method, ...args) {
  const res = await fetch(`${baseUrl}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(args),
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`${method}: HTTP ${res.status}: ${text}`)
  return text ? JSON.parse(text) : undefined
}

async function waitReady(baseUrl, proc, logs, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (proc && proc.exitCode !== null) {
      throw new Error(`tandem serve exited with ${proc.exitCode}:\n${logs.join('')}`)
    }
    try {
      await call(baseUrl, 'ListRoadmaps')
      return
    } catch (err) {
      if (Date.now() > deadline) throw new Error(`backend not ready at ${baseUrl}: ${err.message}\n${logs.join('')}`)
      await new Promise((r) => setTimeout(r, 150))
    }
  }
}

/**
 * createBackend returns {import(file, name), serve()} over the store in
 * `dataDir`. Import only while nothing is serving: the store is
 * single-process. serve() resolves to {url, stop()} once the API answers.
 */
export function createBackend({ bin, dataDir }) {
  if (!existsSync(bin)) {
    throw new Error(`tandem binary not found at ${bin} (run \`make build\` or set TANDEM_BIN)`)
  }

  async function importFile(file, name) {
    await run(bin, ['--data', dataDir, 'import', file, '--name', name])
  }

  async function serve() {
    const port = await freePort()
    const logs = []
    const proc = spawn(bin, ['--data', dataDir, 'serve', '--addr', `127.0.0.1:${port}`], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    proc.stdout.on('data', (d) => logs.push(d.toString()))
    proc.stderr.on('data', (d) => logs.push(d.toString()))
    const url = `http://127.0.0.1:${port}`
    const stop = async () => {
      if (proc.exitCode !== null || proc.signalCode !== null) return
      const exited = new Promise((r) => proc.once('exit', r))
      proc.kill('SIGTERM')
      const timer = setTimeout(() => proc.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
    }
    try {
      await waitReady(url, proc, logs)
    } catch (err) {
      await stop()
      throw err
    }
    return { url, stop }
  }

  return { import: importFile, serve }
}
