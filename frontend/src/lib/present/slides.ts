/**
 * The slides of present mode, as data: buildSlides turns a roadmap and its
 * analysis, narrowed to the chosen lanes and time window, into the deck:
 *
 *  1. the integrated roadmap (drawn by PresentTimeline)
 *  2. the critical path alone, in order, with dates
 *  3. one slide per open conflict, then one per opportunity
 *  4. decisions taken; Not doing (killed efforts); shared metrics
 *  5. coordination debt (figures)
 *  6. what changed since the last snapshot, when there is one (`since`:
 *     the backend's comparison, see changes.ts)
 *
 * A list slide with nothing to list is left out (a deck of "none" slides
 * says little); the roadmap and the coordination debt always show. Pure.
 */
import type { Analysis, Conflict, Opportunity, Roadmap } from '../api'
import { laneColor } from '../timeline/draw/palette'
import type { DayWindow } from '../state/time-window'
import { plural } from '../timeline/draw/format'
import { shortDay } from './slide-text'
import { changesSlide, type SinceSnapshot } from './changes'

/** Mark is a symbol a slide's legend explains. */
export type Mark = 'critical' | 'conflict' | 'opportunity' | 'milestone' | 'now'

/** Row is one line of a list slide: a coloured lane swatch, the main text, and its detail. */
export interface Row {
  label: string
  detail: string
  color?: string
  /** dates or a date, right-aligned */
  when?: string
}

/** Card is one effort of a pair slide. */
export interface Card {
  title: string
  lane: string
  color: string
  when: string
  /** its scheduled days ("YYYY-MM-DD", inclusive), null when unscheduled */
  span: DayWindow | null
}

/** Fact is a labelled figure or value. */
export interface Fact {
  label: string
  value: string
  note?: string
}

interface SlideBase {
  /** stable key (kind plus what it shows) */
  key: string
  title: string
  /** one line under the title */
  subtitle: string
  /** the marks its legend explains, besides the lanes' colours */
  marks: Mark[]
}

export type Slide = SlideBase &
  (
    | { kind: 'roadmap' }
    | { kind: 'list'; rows: Row[] }
    | { kind: 'pair'; tone: 'conflict' | 'opportunity'; cards: [Card, Card]; facts: Fact[]; overlap: DayWindow | null }
    | { kind: 'figures'; facts: Fact[] }
  )

/** Scope is what the deck covers: the chosen lanes (ids) and the time window (null: the whole roadmap). */
export interface Scope {
  lanes: readonly string[]
  window: DayWindow | null
}

/** Names resolves the ids a roadmap's parts refer to, for the slides' texts. */
export class Names {
  readonly laneName = new Map<string, string>()
  readonly laneColor = new Map<string, string>()
  readonly effort = new Map<string, { title: string; lane: string }>()
  readonly surface = new Map<string, string>()
  readonly metric = new Map<string, string>()
  readonly span = new Map<string, { start: string; end: string }>()

  constructor(roadmap: Roadmap, analysis: Analysis | null | undefined) {
    roadmap.lanes.forEach((l, i) => {
      this.laneName.set(l.id, l.name || l.id)
      this.laneColor.set(l.id, laneColor(l.color, i))
    })
    for (const e of roadmap.efforts) {
      this.effort.set(e.id, { title: e.title || e.id, lane: e.lane })
      if (e.start) this.span.set(e.id, { start: e.start, end: e.end || e.start })
    }
    for (const s of roadmap.surfaces ?? []) this.surface.set(s.id, s.name || s.id)
    for (const m of roadmap.metrics ?? []) this.metric.set(m.id, m.name || m.id)
    for (const s of analysis?.schedule ?? []) this.span.set(s.id, { start: s.start, end: s.end })
  }

  title(id: string): string {
    return this.effort.get(id)?.title ?? id
  }

  laneOf(id: string): string {
    return this.effort.get(id)?.lane ?? ''
  }

  /** when writes an effort's dates: "Jul 6 – Jul 31, 2026", or one day for a milestone. */
  when(id: string): string {
    const s = this.span.get(id)
    if (!s) return 'unscheduled'
    return s.start === s.end ? shortDay(s.start) : `${shortDay(s.start, false)} – ${shortDay(s.end)}`
  }

  card(id: string): Card {
    const lane = this.laneOf(id)
    const s = this.span.get(id)
    return {
      title: this.title(id),
      lane: this.laneName.get(lane) ?? lane,
      color: this.laneColor.get(lane) ?? '',
      when: this.when(id),
      span: s ? { from: s.start, to: s.end } : null,
    }
  }

  /** via says why a pair reinforces: "metric:signup-cr" -> "both move Signup conversion". */
  via(v: string): string {
    const [kind, id] = [v.slice(0, v.indexOf(':')), v.slice(v.indexOf(':') + 1)]
    if (kind === 'metric') return `both move ${this.metric.get(id) ?? id}`
    if (kind === 'surface') return `one changes ${this.surface.get(id) ?? id}, which the other relies on`
    if (kind === 'link') return 'declared as reinforcing'
    return v
  }
}

/** inScope says whether an effort is in a chosen lane and meets the window. */
function inScope(id: string, names: Names, scope: Scope): boolean {
  if (!scope.lanes.includes(names.laneOf(id))) return false
  if (!scope.window) return true
  const s = names.span.get(id)
  return !s || (s.end >= scope.window.from && s.start <= scope.window.to)
}

function roadmapSlide(scope: Scope, names: Names): Slide {
  const lanes = scope.lanes.map((l) => names.laneName.get(l) ?? l)
  return {
    key: 'roadmap',
    kind: 'roadmap',
    title: 'The integrated roadmap',
    subtitle: `${plural(lanes.length, 'lane')}: ${lanes.join(', ')}`,
    marks: ['critical', 'conflict', 'opportunity', 'milestone', 'now'],
  }
}

function criticalSlide(analysis: Analysis | null | undefined, scope: Scope, names: Names): Slide | null {
  const ids = (analysis?.critical ?? []).filter((id) => inScope(id, names, scope))
  if (ids.length === 0) return null
  return {
    key: 'critical',
    kind: 'list',
    title: 'The critical path',
    subtitle: `Any day these ${plural(ids.length, 'effort')} slip moves the finish${analysis?.finish ? ` (${shortDay(analysis.finish)})` : ''}.`,
    marks: ['critical'],
    rows: ids.map((id) => {
      const c = names.card(id)
      return { label: c.title, detail: c.lane, color: c.color, when: c.when }
    }),
  }
}

/** conflictWhat says what a conflict is about, in words. */
function conflictWhat(c: Conflict, names: Names): string {
  switch (c.kind) {
    case 'surface':
      return `${c.severity === 'collision' ? 'Both change' : 'One changes what the other relies on:'} ${names.surface.get(c.surface ?? '') ?? c.surface}`
    case 'metric':
      return `They move ${names.metric.get(c.metric ?? '') ?? c.metric} in opposite directions`
    case 'sequence':
      return 'The plan breaks their dependency'
    default:
      return 'Declared as conflicting'
  }
}

/** CONFLICT_KIND says what kind of conflict a slide shows, by kind (surface ones by severity). */
const CONFLICT_KIND: Record<string, string> = {
  collision: 'A collision: both change the same thing at the same time.',
  disruption: 'A disruption: one changes what the other relies on, at the same time.',
  sequence: 'A broken sequence: the plan starts one before what it depends on allows.',
  metric: 'Opposite pulls: they push one metric in opposite directions at once.',
  declared: 'A declared conflict.',
}

function conflictSlide(c: Conflict, names: Names): Slide {
  const [a, b] = c.efforts
  const facts: Fact[] = [{ label: 'What', value: conflictWhat(c, names) }]
  if (c.from && c.to) facts.push({ label: 'Overlap', value: `${shortDay(c.from, false)} – ${shortDay(c.to)}`, note: plural(c.days, 'day') })
  facts.push({ label: 'Lanes', value: c.crossLane ? 'Across lanes' : 'Within one lane' })
  return {
    key: `conflict:${c.kind}:${c.efforts.join('+')}:${c.surface ?? c.metric ?? ''}`,
    kind: 'pair',
    tone: 'conflict',
    title: `Conflict: ${names.title(a)} × ${names.title(b)}`,
    subtitle: CONFLICT_KIND[c.kind === 'surface' ? (c.severity ?? 'disruption') : c.kind] ?? 'A conflict',
    marks: ['conflict'],
    cards: [names.card(a), names.card(b)],
    facts,
    overlap: c.from && c.to ? { from: c.from, to: c.to } : null,
  }
}

function opportunitySlide(o: Opportunity, names: Names): Slide {
  const [a, b] = o.efforts
  return {
    key: `opportunity:${o.efforts.join('+')}`,
    kind: 'pair',
    tone: 'opportunity',
    title: `Opportunity: ${names.title(a)} + ${names.title(b)}`,
    subtitle: 'They reinforce each other, and nothing joins them yet.',
    marks: ['opportunity'],
    cards: [names.card(a), names.card(b)],
    facts: [
      { label: 'Why', value: o.via.map((v) => names.via(v)).join('; ') },
      { label: 'Score', value: o.score.toFixed(2), note: 'shared signals and time proximity' },
    ],
    overlap: null,
  }
}

function decisionsSlide(roadmap: Roadmap, names: Names): Slide | null {
  const list = [...(roadmap.decisions ?? [])].sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id))
  if (list.length === 0) return null
  return {
    key: 'decisions',
    kind: 'list',
    title: 'Decisions taken',
    subtitle: plural(list.length, 'decision'),
    marks: [],
    rows: list.map((d) => ({
      label: d.title || d.kind,
      detail: [d.kind, d.efforts.map((id) => names.title(id)).join(', '), d.by ? `by ${d.by}` : ''].filter(Boolean).join(' · '),
      when: shortDay(d.date),
    })),
  }
}

function notDoingSlide(roadmap: Roadmap, scope: Scope, names: Names): Slide | null {
  const killed = roadmap.efforts.filter((e) => e.status === 'killed' && scope.lanes.includes(e.lane))
  if (killed.length === 0) return null
  return {
    key: 'not-doing',
    kind: 'list',
    title: 'Not doing',
    subtitle: `${plural(killed.length, 'effort')} we stopped, so the rest can land.`,
    marks: [],
    rows: killed.map((e) => ({ label: e.title || e.id, detail: names.laneName.get(e.lane) ?? e.lane, color: names.laneColor.get(e.lane) })),
  }
}

function metricsSlide(analysis: Analysis | null | undefined, scope: Scope, names: Names): Slide | null {
  const shared = (analysis?.sharedMetrics ?? []).filter((m) => m.lanes.some((l) => scope.lanes.includes(l)))
  if (shared.length === 0) return null
  return {
    key: 'metrics',
    kind: 'list',
    title: 'Shared metrics',
    subtitle: 'Numbers that more than one team moves: one owner each, one read-out.',
    marks: [],
    rows: shared.map((m) => ({
      label: names.metric.get(m.metric) ?? m.metric,
      detail: `${m.lanes.map((l) => names.laneName.get(l) ?? l).join(', ')}: ${m.efforts.map((id) => names.title(id)).join(', ')}`,
    })),
  }
}

/** share writes part of whole as a percentage ("—" when whole is 0). */
function share(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((100 * part) / whole)}%` : '—'
}

function debtSlide(analysis: Analysis | null | undefined): Slide {
  const c = analysis?.coordination
  const facts: Fact[] = c
    ? [
        { label: 'Days waiting', value: String(c.blockedDays), note: `${plural(c.blockedEvents, 'blocked event')}` },
        { label: 'Waiting on another team', value: share(c.crossLaneBlockedDays, c.blockedDays), note: `${plural(c.crossLaneBlockedDays, 'day')}` },
        { label: 'Cross-lane dependencies', value: String(c.crossLaneDependencies), note: `of ${c.dependencies}` },
        { label: 'Open conflicts', value: String(c.openConflicts), note: `${c.crossLaneConflicts} across lanes` },
        { label: 'Opportunities', value: String(c.opportunities), note: 'to integrate' },
      ]
    : []
  return {
    key: 'debt',
    kind: 'figures',
    title: 'Coordination debt',
    subtitle: 'How often work waits on another team (whole roadmap).',
    marks: [],
    facts,
  }
}

/** buildSlides is the deck for `scope`; see the file's comment for the order. */
export function buildSlides(
  roadmap: Roadmap,
  analysis: Analysis | null | undefined,
  scope: Scope,
  since: SinceSnapshot | null = null,
): Slide[] {
  const names = new Names(roadmap, analysis)
  const pairInScope = (ids: string[]) => ids.some((id) => inScope(id, names, scope))
  const conflicts = (analysis?.conflicts ?? []).filter((c) => !c.accepted && pairInScope(c.efforts))
  const opportunities = (analysis?.opportunities ?? []).filter((o) => pairInScope(o.efforts))
  const slides: (Slide | null)[] = [
    roadmapSlide(scope, names),
    criticalSlide(analysis, scope, names),
    ...conflicts.map((c) => conflictSlide(c, names)),
    ...opportunities.map((o) => opportunitySlide(o, names)),
    decisionsSlide(roadmap, names),
    notDoingSlide(roadmap, scope, names),
    metricsSlide(analysis, scope, names),
    debtSlide(analysis),
    changesSlide(since, scope, names),
  ]
  return slides.filter((s): s is Slide => s !== null)
}
