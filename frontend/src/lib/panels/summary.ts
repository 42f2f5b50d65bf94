/** The numbers a leader reads at a glance, from the analysis (SPEC §3). Pure. */
import type { Analysis } from '../api'
import { parseDay } from '../timeline/dates'

export interface Summary {
  /** the project finish (last day, inclusive), or null for an empty roadmap */
  finish: Date | null
  /** the project's length in (working) days */
  durationDays: number
  critical: number
  openConflicts: number
  crossLaneConflicts: number
  opportunities: number
  crossLaneBlockedDays: number
  crossLaneBlockedEvents: number
}

/** summarize reads the headline numbers; null when there is no analysis. */
export function summarize(analysis: Analysis | null | undefined): Summary | null {
  if (!analysis) return null
  const c = analysis.coordination
  const open = (analysis.conflicts ?? []).filter((x) => !x.accepted)
  return {
    finish: (analysis.schedule ?? []).length > 0 ? parseDay(analysis.finish) : null,
    durationDays: analysis.durationDays ?? 0,
    critical: (analysis.critical ?? []).length,
    openConflicts: c?.openConflicts ?? open.length,
    crossLaneConflicts: c?.crossLaneConflicts ?? open.filter((x) => x.crossLane).length,
    opportunities: c?.opportunities ?? (analysis.opportunities ?? []).length,
    crossLaneBlockedDays: c?.crossLaneBlockedDays ?? 0,
    crossLaneBlockedEvents: c?.crossLaneBlockedEvents ?? 0,
  }
}
