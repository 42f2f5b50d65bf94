/** The full text shown on hover over a bar or milestone (and read as its description). */
import type { TimelineItem } from '../layout/layout'
import { describeConflict, describeOpportunity } from './describe'
import { formatDate, formatDuration, formatRange, plural } from './format'
import { STATUS_LABEL } from './status'

function scheduleLine(item: TimelineItem): string {
  const m = item.marks
  if (m.critical) return 'On the critical path'
  if (m.float > 0) return `${plural(m.float, 'day')} of float`
  return ''
}

function slipLine(item: TimelineItem): string {
  if (item.marks.slipDays <= 0 || !item.ghost) return ''
  return `Slips ${plural(item.marks.slipDays, 'day')} (planned to start ${formatDate(item.ghost.start)})`
}

/**
 * itemTooltip lists what a leader needs about one effort, one fact a line;
 * `blocked` is who blocks it and since when (blocked.ts), when it is blocked.
 */
export function itemTooltip(item: TimelineItem, blocked = ''): string {
  const when = item.milestone
    ? `Milestone · ${formatDate(item.start)}`
    : `${formatRange(item.start, item.end)} · ${formatDuration(item.start, item.end)}`
  const open = item.marks.conflicts.filter((c) => !c.accepted)
  const accepted = item.marks.conflicts.filter((c) => c.accepted)
  return [
    item.title,
    when,
    STATUS_LABEL[item.status] + (item.owner ? ` · ${item.owner}` : ''),
    blocked,
    scheduleLine(item),
    slipLine(item),
    item.estimated ? 'Dates computed from dependencies' : '',
    ...open.map((c) => `⚠ ${describeConflict(c)}`),
    ...accepted.map((c) => `✓ ${describeConflict(c)}`),
    ...item.marks.opportunities.map((o) => `✦ ${describeOpportunity(o)}`),
  ]
    .filter(Boolean)
    .join('\n')
}
