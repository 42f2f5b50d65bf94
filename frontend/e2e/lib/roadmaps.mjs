// What the backend says, so specs check the UI against the real data.
import { call } from './backend.mjs'

/** snapshotWhere returns the snapshot (roadmap, analysis, ...) of the first roadmap matching a predicate on its info. */
export async function snapshotWhere(baseUrl, predicate) {
  const list = await call(baseUrl, 'ListRoadmaps')
  const info = list.find(predicate)
  if (!info) throw new Error(`no such roadmap in ${JSON.stringify(list.map((r) => r.name))}`)
  return call(baseUrl, 'OpenRoadmap', info.id)
}

/** roadmapWhere returns the roadmap of the first roadmap matching a predicate on its info. */
export async function roadmapWhere(baseUrl, predicate) {
  return (await snapshotWhere(baseUrl, predicate)).roadmap
}

/** shownEfforts groups the non-killed efforts of a roadmap by lane name. */
export function shownEfforts(roadmap) {
  const laneName = new Map(roadmap.lanes.map((l) => [l.id, l.name]))
  const byLane = new Map(roadmap.lanes.map((l) => [l.name, []]))
  for (const e of roadmap.efforts) {
    if (e.status === 'killed') continue
    byLane.get(laneName.get(e.lane))?.push(e.title)
  }
  return byLane
}

export function killedTitles(roadmap) {
  return roadmap.efforts.filter((e) => e.status === 'killed').map((e) => e.title)
}
