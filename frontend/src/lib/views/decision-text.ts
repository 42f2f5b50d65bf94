/** Words for decisions, previews and conflict windows (English). */
import type { DecisionPreview } from '../api'
import { parseDay } from '../timeline/geometry/dates'
import { formatDate, formatShortDate } from '../timeline/draw/format'

export const DECISION_KINDS = ['sequence', 'reschedule', 'kill', 'revive', 'accept', 'integrate', 'other'] as const

export const DECISION_LABEL: Record<string, string> = {
  sequence: 'Sequence',
  reschedule: 'Reschedule',
  kill: 'Kill',
  revive: 'Revive',
  accept: 'Accept',
  integrate: 'Integrate',
  other: 'Other',
}

export const KILL_REASONS = [
  { id: 'wrong-time', label: 'Wrong time' },
  { id: 'conflict', label: 'Conflicts with another effort' },
  { id: 'strategy', label: 'Strategy' },
  { id: 'evidence', label: 'Evidence' },
] as const

export function reasonLabel(id: string | undefined): string {
  return KILL_REASONS.find((r) => r.id === id)?.label ?? ''
}

/** dayText: "Mar 1, 2027" from "2027-03-01" (the text itself when it does not parse). */
export function dayText(day: string | undefined): string {
  const d = parseDay(day)
  return d ? formatDate(d) : (day ?? '')
}

/** windowText: "Mar 1 – Mar 12 · 10 working days"; "no overlap in time" without a window. */
export function windowText(from: string | undefined, to: string | undefined, days: number, workingDays: boolean): string {
  const a = parseDay(from)
  const b = parseDay(to)
  if (!a || !b) return 'no overlap in time'
  const span = +a === +b ? formatShortDate(a) : `${formatShortDate(a)} – ${formatShortDate(b)}`
  return `${span} · ${days} ${workingDays ? 'working ' : ''}${days === 1 ? 'day' : 'days'}`
}

/** signed: "+3", "−2", "0". */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0'
}

/** finishText says how a decision moves the finish date. */
export function finishText(p: DecisionPreview, workingDays: boolean): string {
  if (p.finishDays === 0) return 'Finish unchanged'
  const unit = workingDays ? 'working days' : 'days'
  return `Finish ${signed(p.finishDays)} ${unit} (${dayText(p.finishAfter)})`
}

/** conflictText: "−1 conflict", "−2 +1 conflicts", "no conflict change"; accepted ones said apart. */
export function conflictText(p: DecisionPreview): string {
  const parts: string[] = []
  if (p.removed.length) parts.push(`−${p.removed.length}`)
  if (p.added.length) parts.push(`+${p.added.length}`)
  const n = p.removed.length + p.added.length
  const moved = parts.length ? `${parts.join(' ')} ${n === 1 ? 'conflict' : 'conflicts'}` : 'No conflict removed'
  return p.accepted.length ? `${moved} · ${p.accepted.length} accepted` : moved
}

/** criticalText: "1 newly critical", "none newly critical". */
export function criticalText(p: DecisionPreview): string {
  return p.newlyCritical.length ? `${p.newlyCritical.length} newly critical` : 'None newly critical'
}
