import type { Agenda, AgendaConflict, EffortRef } from '../api'

/** AgendaRow is one line of an agenda section: a short tag, the text, a detail, and the efforts it names. */
export interface AgendaRow {
  key: string
  tag: string
  text: string
  detail: string
  efforts: string[]
}

/** AgendaSection is one block of the Agenda view, with what MaxItems left out and what to say when empty. */
export interface AgendaSection {
  id: string
  title: string
  rows: AgendaRow[]
  more: number
  empty: string
}

const who = (e: EffortRef) => `${e.title} (${[e.laneName, e.owner].filter(Boolean).join(', ')})`
const span = (from?: string, to?: string) => (!from ? '' : from === to || !to ? from : `${from} → ${to}`)
const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`)

function conflictRow(c: AgendaConflict, tag: string, detail = span(c.from, c.to)): AgendaRow {
  const what = (c.severity || c.kind) + (c.about ? ` on ${c.about}` : '')
  return {
    key: c.key,
    tag,
    text: `${c.efforts[0].title} vs ${c.efforts[1].title}`,
    detail: [what, detail, c.accepted ? 'accepted' : ''].filter(Boolean).join(' · '),
    efforts: [c.efforts[0].id, c.efforts[1].id],
  }
}

/**
 * agendaSections turns an agenda into the view's sections, in the order of
 * the Markdown page: what changed (one section, tagged rows), handoffs, open
 * conflicts, the top integration, blocked efforts. Pure.
 */
export function agendaSections(a: Agenda): AgendaSection[] {
  const c = a.changes
  const more = (...names: string[]) => names.reduce((n, k) => n + (a.more?.[k] ?? 0), 0)
  const changed: AgendaRow[] = [
    ...c.moved.map((m) => ({
      key: `moved:${m.effort.id}`,
      tag: 'Moved',
      text: who(m.effort),
      detail: `${span(m.wasStart, m.wasEnd)} ⇒ ${span(m.start, m.end)} (${m.startDays === m.endDays ? signed(m.endDays) : `${signed(m.startDays)}/${signed(m.endDays)}`} d)`,
      efforts: [m.effort.id],
    })),
    ...c.slips.map((s) => ({
      key: `slip:${s.effort.id}`,
      tag: 'Slip',
      text: who(s.effort),
      detail: `${s.slipDays} d late (was ${s.wasDays})`,
      efforts: [s.effort.id],
    })),
    ...c.newConflicts.map((x) => conflictRow(x, 'New conflict')),
    ...c.changedConflicts.map((x) =>
      conflictRow(x, 'Changed', `${span(x.wasFrom, x.wasTo) || 'no overlap'} ⇒ ${span(x.from, x.to) || 'no overlap'}`),
    ),
    ...c.resolvedConflicts.map((x) => conflictRow(x, 'Resolved')),
    ...c.kills.map((e) => ({ key: `kill:${e.id}`, tag: 'Killed', text: who(e), detail: '', efforts: [e.id] })),
    ...c.decisions.map((d) => ({
      key: `decision:${d.id}`,
      tag: 'Decision',
      text: d.title,
      detail: [d.kind, d.date, d.by].filter(Boolean).join(' · '),
      efforts: d.efforts ?? [],
    })),
    ...c.added.map((e) => ({ key: `added:${e.id}`, tag: 'New', text: who(e), detail: '', efforts: [e.id] })),
    ...c.removed.map((e) => ({ key: `removed:${e.id}`, tag: 'Removed', text: who(e), detail: '', efforts: [e.id] })),
  ]
  return [
    {
      id: 'changes',
      title: a.since ? `Changed since “${a.since.name}”` : 'On the roadmap (no snapshot yet)',
      rows: changed,
      more: more('moved', 'slips', 'newConflicts', 'changedConflicts', 'resolvedConflicts', 'kills', 'decisions', 'added', 'removed'),
      empty: 'Nothing changed.',
    },
    {
      id: 'handoffs',
      title: 'Handoffs, next two weeks',
      rows: a.handoffs.map((h) => ({
        key: `handoff:${h.from.id}:${h.to.id}`,
        tag: h.date,
        text: `${h.from.title} → ${h.to.title}`,
        detail: `${h.from.owner || h.from.laneName} hands over to ${h.to.owner || h.to.laneName} (${h.type})`,
        efforts: [h.from.id, h.to.id],
      })),
      more: more('handoffs'),
      empty: 'No cross-lane handoff due.',
    },
    {
      id: 'open',
      title: 'Open conflicts to decide',
      rows: a.open.map((x) => conflictRow(x, x.crossLane ? 'Cross-lane' : 'In lane')),
      more: more('open'),
      empty: 'No open conflict.',
    },
    {
      id: 'integration',
      title: 'Top integration',
      rows: a.integration
        ? [
            {
              key: 'integration',
              tag: `score ${a.integration.score.toFixed(2)}`,
              text: `${a.integration.efforts[0].title} + ${a.integration.efforts[1].title}`,
              detail: `via ${a.integration.via.join(', ')} · ${a.integration.efforts[0].laneName} and ${a.integration.efforts[1].laneName}`,
              efforts: [a.integration.efforts[0].id, a.integration.efforts[1].id],
            },
          ]
        : [],
      more: 0,
      empty: 'No integration found.',
    },
    {
      id: 'blocked',
      title: 'Blocked',
      rows: a.blocked.map((b) => ({
        key: `blocked:${b.effort.id}`,
        tag: b.since ? `${b.days} d` : 'blocked',
        text: who(b.effort),
        detail: b.waitsOn ? `waits on ${who(b.waitsOn)}` : 'no blocker recorded',
        efforts: b.waitsOn ? [b.effort.id, b.waitsOn.id] : [b.effort.id],
      })),
      more: more('blocked'),
      empty: 'Nothing is blocked.',
    },
  ]
}

/** filterRows keeps the rows that name an effort `keep` accepts (the find's matches). */
export function filterRows(sections: AgendaSection[], keep: (id: string) => boolean): AgendaSection[] {
  return sections.map((s) => ({ ...s, rows: s.rows.filter((r) => r.efforts.some(keep)) }))
}
