/**
 * What the Not doing list says about each killed effort: the kill decision
 * in force for it (the latest kill naming it that nothing supersedes), and
 * the conflicts that kill removed, in words.
 */
import type { Decision, Roadmap } from '../api'

/** killDecisions maps each effort to the kill decision in force for it. */
export function killDecisions(decisions: readonly Decision[]): Map<string, Decision> {
  const superseded = new Set(decisions.map((d) => d.supersedes).filter(Boolean))
  const m = new Map<string, Decision>()
  for (const d of decisions) {
    if (d.kind !== 'kill' || superseded.has(d.id)) continue
    for (const id of d.efforts) m.set(id, d)
  }
  return m
}

const KIND_WORD: Record<string, string> = {
  surface: 'Shared surface',
  sequence: 'Broken sequence',
  metric: 'Opposite moves',
  declared: 'Declared conflict',
}

/**
 * describeKey says a conflict key ("surface:pricing-page:a+b", see the
 * backend's Conflict.Key) from the side of effort `self`: "Shared surface
 * with Pricing redesign on Pricing page".
 */
export function describeKey(key: string, self: string, roadmap: Roadmap): string {
  const [kind, about, ...rest] = key.split(':')
  const pair = rest.join(':')
  const [a, b] = pair.split('+')
  const other = a === self ? b : a
  const title = roadmap.efforts.find((e) => e.id === other)?.title || other
  const name =
    kind === 'surface'
      ? roadmap.surfaces.find((s) => s.id === about)?.name || about
      : kind === 'metric'
        ? roadmap.metrics.find((m) => m.id === about)?.name || about
        : ''
  return `${KIND_WORD[kind] ?? kind} with ${title}${name ? ` on ${name}` : ''}`
}
