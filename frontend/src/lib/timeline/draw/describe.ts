/** One-line English descriptions of analysis marks, for tooltips and lists. */
import type { ConflictMark, OpportunityMark } from '../layout/marks'
import { formatShortDate } from './format'

const KIND: Record<string, string> = {
  surface: 'Surface conflict',
  sequence: 'Broken sequence',
  metric: 'Metric conflict',
  declared: 'Declared conflict',
}

function window(c: ConflictMark): string {
  if (!c.from) return ''
  if (!c.to || +c.to === +c.from) return formatShortDate(c.from)
  return `${formatShortDate(c.from)} – ${formatShortDate(c.to)}`
}

/**
 * describeConflict: "Surface conflict (collision) on Pricing page with Spring ads, Jul 6 – Jul 20",
 * with " (accepted)" at the end when a decision accepted it.
 */
export function describeConflict(c: ConflictMark): string {
  const kind = (KIND[c.kind] ?? 'Conflict') + (c.severity ? ` (${c.severity})` : '')
  const on = c.on ? ` on ${c.on}` : ''
  const when = window(c)
  return `${kind}${on} with ${c.otherTitle}${when ? `, ${when}` : ''}${c.accepted ? ' (accepted)' : ''}`
}

/** describeOpportunity: "Opportunity: integrate with Onboarding revamp (Signup conversion)". */
export function describeOpportunity(o: OpportunityMark): string {
  return `Opportunity: integrate with ${o.otherTitle}${o.via.length ? ` (${o.via.join(', ')})` : ''}`
}
