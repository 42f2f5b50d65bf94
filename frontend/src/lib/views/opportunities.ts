/**
 * Why two efforts should integrate, in words, for the integrations view:
 * each opportunity (SPEC §3.3) with its signals (a shared metric, a surface
 * one hands to the other, a declared link), how far apart in time, and its
 * score; each flywheel with its efforts and what feeds them. Pure;
 * O(efforts + opportunities + reinforcing pairs).
 */
import type { Analysis, Effort, Roadmap } from '../api'
import { namesOf, type EffortRef, type Names } from './names'

export interface OpportunityRow {
  a: EffortRef
  b: EffortRef
  score: number
  /** one sentence per signal: "Both move Signups up", "Pricing page: … changes it before … relies on it" */
  why: string[]
  /** (working) days between the two windows, 0 when they overlap or touch; null when unscheduled */
  gap: number | null
}

/** WHEEL_SHOWN bounds the efforts and reasons listed per flywheel (one can hold thousands). */
export const WHEEL_SHOWN = 8

export interface FlywheelRow {
  /** its first WHEEL_SHOWN efforts, and how many more it has */
  efforts: EffortRef[]
  more: number
  /** every effort's id, to highlight */
  ids: string[]
  /** the distinct lanes, in the order the efforts list them */
  lanes: string[]
  /** what feeds the loop: the shared signals among its members, in words, once each */
  why: string[]
}

interface Window {
  es: number
  ef: number
}

/** signalText turns one "via" token of the pair (a, b) into a sentence. */
function signalText(token: string, a: string, b: string, efforts: Map<string, Effort>, names: Names, windows: Map<string, Window>): string {
  const [kind, id = ''] = token.split(/:(.*)/s)
  if (kind === 'link') return 'Declared as reinforcing each other'
  if (kind === 'metric') {
    const dir = efforts.get(a)?.moves?.find((m) => m.metric === id)?.direction
    return `Both move ${names.metric(id).name}${dir ? ` ${dir}` : ''}`
  }
  if (kind === 'surface') {
    // The one that changes it first hands it over to the one that relies on it.
    const changes = (x: string) => efforts.get(x)?.touches?.some((t) => t.surface === id && t.mode === 'changes')
    const first = (windows.get(a)?.es ?? 0) <= (windows.get(b)?.es ?? 0) ? a : b
    const giver = changes(first) ? first : first === a ? b : a
    const taker = giver === a ? b : a
    return `${names.surface(id)}: ${names.effort(giver).title} changes it before ${names.effort(taker).title} relies on it`
  }
  return token
}

/** gapOf is the number of (working) days between two windows, 0 when they overlap or touch. */
function gapOf(x: Window | undefined, y: Window | undefined): number | null {
  if (!x || !y) return null
  return Math.max(0, Math.max(x.es, y.es) - Math.min(x.ef, y.ef))
}

/**
 * opportunityRows lists the first `limit` opportunities in the analysis'
 * rank order (best first), with why (a large roadmap has tens of thousands).
 */
export function opportunityRows(roadmap: Roadmap, analysis: Analysis | null | undefined, limit = Infinity): OpportunityRow[] {
  if (!analysis) return []
  const names = namesOf(roadmap)
  const windows = new Map((analysis.schedule ?? []).map((s) => [s.id, { es: s.es, ef: s.ef }]))
  const efforts = new Map(roadmap.efforts.map((e) => [e.id, e]))
  return (analysis.opportunities ?? []).slice(0, limit).map((o) => {
    const [a, b] = o.efforts
    return {
      a: names.effort(a),
      b: names.effort(b),
      score: o.score,
      why: (o.via ?? []).map((t) => signalText(t, a, b, efforts, names, windows)),
      gap: gapOf(windows.get(a), windows.get(b)),
    }
  })
}

/** flywheelRows lists the first `limit` flywheels (loops of 3+ efforts), each with the signals among its members. */
export function flywheelRows(roadmap: Roadmap, analysis: Analysis | null | undefined, limit = Infinity): FlywheelRow[] {
  if (!analysis) return []
  const names = namesOf(roadmap)
  const windows = new Map((analysis.schedule ?? []).map((s) => [s.id, { es: s.es, ef: s.ef }]))
  const efforts = new Map(roadmap.efforts.map((e) => [e.id, e]))
  const wheelOf = new Map<string, number>()
  const rows: FlywheelRow[] = (analysis.flywheels ?? []).slice(0, limit).map((ids, k) => {
    for (const id of ids) wheelOf.set(id, k)
    const lanes = [...new Set(ids.map((id) => names.effort(id).laneName))]
    return { efforts: ids.slice(0, WHEEL_SHOWN).map((id) => names.effort(id)), more: Math.max(0, ids.length - WHEEL_SHOWN), ids, lanes, why: [] }
  })
  const seen = rows.map(() => new Set<string>())
  for (const p of analysis.reinforcing ?? []) {
    const [a, b] = p.efforts
    const k = wheelOf.get(a)
    if (k === undefined || wheelOf.get(b) !== k || rows[k].why.length >= WHEEL_SHOWN) continue
    for (const t of p.via ?? []) {
      // A shared metric reads the same for every pair; a surface handoff names its pair.
      const text = signalText(t, a, b, efforts, names, windows)
      if (!seen[k].has(text)) {
        seen[k].add(text)
        rows[k].why.push(text)
      }
    }
  }
  return rows
}

/** gapWords: "at the same time" (the windows overlap or touch), "12 working days apart". */
export function gapWords(gap: number | null, workingDays: boolean): string {
  if (gap === null) return ''
  if (gap === 0) return 'at the same time'
  const unit = workingDays ? 'working day' : 'day'
  return `${gap} ${unit}${gap === 1 ? '' : 's'} apart`
}
