// A small static server for the vis-timeline page of the bench: the page and
// its script (this folder), vis-timeline's standalone build and stylesheet
// (node_modules, no CDN), and the generated roadmaps as /data/<n>.json.
import { createServer } from 'node:http'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const vis = join(here, '../../node_modules/vis-timeline')

const FILES = {
  '/vis.html': [join(here, 'vis.html'), 'text/html; charset=utf-8'],
  '/vis-page.js': [join(here, 'vis-page.js'), 'text/javascript; charset=utf-8'],
  '/vis/vis-timeline-graph2d.min.js': [join(vis, 'standalone/umd/vis-timeline-graph2d.min.js'), 'text/javascript; charset=utf-8'],
  '/vis/vis-timeline-graph2d.min.css': [join(vis, 'styles/vis-timeline-graph2d.min.css'), 'text/css; charset=utf-8'],
}

/** startVisServer listens on a free loopback port; `data` maps n to the JSON text of /data/<n>.json. Returns {url, close()}. */
export async function startVisServer(data) {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const json = /^\/data\/(\d+)\.json$/.exec(path)
    try {
      if (json && data.has(Number(json[1]))) {
        res.writeHead(200, { 'Content-Type': 'application/json' })
        return res.end(data.get(Number(json[1])))
      }
      const file = FILES[path]
      if (!file) throw new Error('not found')
      const body = await readFile(file[0])
      res.writeHead(200, { 'Content-Type': file[1] })
      res.end(body)
    } catch {
      res.writeHead(404)
      res.end('not found')
    }
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) }
}

/** visData is what the vis page draws of a Tandem snapshot: lanes, and each effort as drawn (scheduled dates, end exclusive). */
export function visData(snapshot) {
  const day = (d) => Date.parse(`${d}T00:00:00Z`)
  const titles = new Map(snapshot.roadmap.efforts.map((e) => [e.id, e.title]))
  const efforts = snapshot.analysis.schedule
    .filter((s) => s.start && s.end)
    .map((s) => ({ id: s.id, lane: s.lane, title: titles.get(s.id) ?? s.id, start: day(s.start), end: day(s.end) + 86400000 }))
  const start = Math.min(...efforts.map((e) => e.start))
  const end = Math.max(...efforts.map((e) => e.end))
  return JSON.stringify({ lanes: snapshot.roadmap.lanes, efforts, start, end })
}
