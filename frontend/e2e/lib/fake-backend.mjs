// A tiny stand-in for `tandem serve`, for working on the UI before the real
// binary exists: it serves frontend/dist and answers the read-only methods
// the UI calls today (ListRoadmaps, StartupRoadmap, OpenRoadmap,
// ImportRoadmap) from roadmap files in memory. The e2e runner uses it only
// with --fake; the real run always goes against the binary.
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize } from 'node:path'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
}

/**
 * startFakeBackend listens on 127.0.0.1:port. `roadmaps` is the store: a
 * list of {name?, content} (file text) that the fake appends to, so a caller
 * can keep it across restarts. Like the real service, StartupRoadmap on an
 * empty store creates the sample (`sample`, file text).
 * Returns {url, close()}.
 */
export async function startFakeBackend({ port, distDir, roadmaps, sample = '' }) {
  const store = new Map()
  let last = ''
  const load = (name, content) => {
    const roadmap = JSON.parse(content)
    if (name) roadmap.name = name
    const id = `r${store.size + 1}`
    store.set(id, roadmap)
    return id
  }
  const add = (name, content) => {
    roadmaps.push({ name, content })
    return load(name, content)
  }
  for (const r of roadmaps) load(r.name, r.content)
  last = store.keys().next().value ?? ''

  const info = (id) => {
    const r = store.get(id)
    return { id, name: r.name, lanes: r.lanes.length, efforts: r.efforts.length, updatedAt: new Date(0).toISOString() }
  }
  const snapshot = (id) => ({ info: info(id), roadmap: store.get(id), canUndo: false, canRedo: false })
  const notFound = (id) => ({ status: 404, body: { code: 'not_found', message: `no roadmap ${id}` } })

  const methods = {
    ListRoadmaps: () => ({ body: [...store.keys()].map(info) }),
    StartupRoadmap: () => {
      if (store.size === 0) last = add('', sample)
      return { body: snapshot(last || store.keys().next().value) }
    },
    OpenRoadmap: (id) => (store.has(id) ? ((last = id), { body: snapshot(id) }) : notFound(id)),
    ImportRoadmap: (name, _fileName, content) => ({ body: snapshot(add(name, content)) }),
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    if (url.pathname.startsWith('/api/')) {
      const chunks = []
      for await (const c of req) chunks.push(c)
      const method = methods[url.pathname.slice(5)]
      const result = method
        ? method(...JSON.parse(Buffer.concat(chunks).toString() || '[]'))
        : { status: 404, body: { code: 'not_found', message: 'unknown method' } }
      res.writeHead(result.status ?? 200, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify(result.body))
      return
    }
    const rel = normalize(url.pathname === '/' ? '/index.html' : url.pathname).replace(/^(\.\.[/\\])+/, '')
    try {
      const data = await readFile(join(distDir, rel))
      res.writeHead(200, { 'Content-Type': TYPES[extname(rel)] ?? 'application/octet-stream' })
      res.end(data)
    } catch {
      res.writeHead(404)
      res.end('not found')
    }
  })
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}
