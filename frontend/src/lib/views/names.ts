/**
 * Names and colours for the coordination views: efforts, lanes, metrics and
 * surfaces by id, built once per roadmap. Pure.
 */
import type { Roadmap } from '../api'
import { laneColor } from '../timeline/draw/palette'

export interface EffortRef {
  id: string
  title: string
  lane: string
  laneName: string
  color: string
}

export interface Names {
  effort(id: string): EffortRef
  lane(id: string): { name: string; color: string }
  metric(id: string): { name: string; unit: string }
  surface(id: string): string
}

/** namesOf indexes a roadmap's names; unknown ids name themselves (in grey). O(size of the roadmap). */
export function namesOf(roadmap: Roadmap): Names {
  const lanes = new Map(roadmap.lanes.map((l, i) => [l.id, { name: l.name || l.id, color: laneColor(l.color, i) }]))
  const lane = (id: string) => lanes.get(id) ?? { name: id, color: '#8a919c' }
  const efforts = new Map(roadmap.efforts.map((e) => [e.id, e]))
  const metrics = new Map(roadmap.metrics.map((m) => [m.id, { name: m.name || m.id, unit: m.unit ?? '' }]))
  const surfaces = new Map(roadmap.surfaces.map((s) => [s.id, s.name || s.id]))
  return {
    effort(id) {
      const e = efforts.get(id)
      const l = lane(e?.lane ?? '')
      return { id, title: e?.title || id, lane: e?.lane ?? '', laneName: e ? l.name : '', color: l.color }
    },
    lane,
    metric: (id) => metrics.get(id) ?? { name: id, unit: '' },
    surface: (id) => surfaces.get(id) ?? id,
  }
}
