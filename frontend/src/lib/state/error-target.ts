/**
 * ErrorTarget names what a refused edit is about, so the UI can say the
 * refusal next to it (shell/error-place.ts, the timeline, the inspector and
 * the dialogs). It is a value, never a string to split: ids may hold any
 * character, ':' included (backend/model only bounds their length).
 *
 * An `effort` or `lane` with a `field` is a part of the one without, and a
 * `ritual` with an `id` is a part of the ritual list (no `id`): an edit of
 * the whole that is saved clears a refusal about a part (covers).
 */
export type ErrorTarget =
  /** an effort (its bar), or one field of it in the inspector or a dialog (`kill`, `revive`) */
  | { readonly kind: 'effort'; readonly id: string; readonly field?: string }
  /** the dependency arrow from → to */
  | { readonly kind: 'dependency'; readonly from: string; readonly to: string }
  /** a lane (its header), or one field of it in the inspector */
  | { readonly kind: 'lane'; readonly id: string; readonly field?: string }
  /** the lane list (a new lane) */
  | { readonly kind: 'lanes' }
  /** a new effort drawn on the timeline: said where the pointer last was */
  | { readonly kind: 'timeline' }
  /** undo and redo */
  | { readonly kind: 'history' }
  /** a named snapshot taken or deleted (Agenda) */
  | { readonly kind: 'snapshot' }
  /** the decision on one agenda row (DecideDialog), by the row's key */
  | { readonly kind: 'decision'; readonly key: string }
  /** a new decision record (RecordDialog) */
  | { readonly kind: 'newDecision' }
  /** one ritual, or (no id) the ritual list: added or deleted */
  | { readonly kind: 'ritual'; readonly id?: string }
  /** integrating efforts a and b (Integrations) */
  | { readonly kind: 'integrate'; readonly a: string; readonly b: string }

/** TargetOf is the member of ErrorTarget of one kind. */
export type TargetOf<K extends ErrorTarget['kind']> = Extract<ErrorTarget, { kind: K }>

/**
 * at makes targets: `at.effort(id)`, `at.effort(id, 'title')`,
 * `at.dependency(from, to)`, `at.history`. An empty field or ritual id is
 * the same as none.
 */
export const at = {
  effort: (id: string, field?: string): TargetOf<'effort'> => (field ? { kind: 'effort', id, field } : { kind: 'effort', id }),
  dependency: (from: string, to: string): TargetOf<'dependency'> => ({ kind: 'dependency', from, to }),
  lane: (id: string, field?: string): TargetOf<'lane'> => (field ? { kind: 'lane', id, field } : { kind: 'lane', id }),
  lanes: { kind: 'lanes' } as TargetOf<'lanes'>,
  timeline: { kind: 'timeline' } as TargetOf<'timeline'>,
  history: { kind: 'history' } as TargetOf<'history'>,
  snapshot: { kind: 'snapshot' } as TargetOf<'snapshot'>,
  decision: (key: string): TargetOf<'decision'> => ({ kind: 'decision', key }),
  newDecision: { kind: 'newDecision' } as TargetOf<'newDecision'>,
  ritual: (id?: string): TargetOf<'ritual'> => (id ? { kind: 'ritual', id } : { kind: 'ritual' }),
  integrate: (a: string, b: string): TargetOf<'integrate'> => ({ kind: 'integrate', a, b }),
} as const

/** sameTarget tells whether a and b name the same thing (an absent part equals an undefined one). */
export function sameTarget(a: ErrorTarget, b: ErrorTarget): boolean {
  if (a.kind !== b.kind) return false
  const x = a as Readonly<Record<string, unknown>>
  const y = b as Readonly<Record<string, unknown>>
  for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) if (x[k] !== y[k]) return false
  return true
}

/** wholeOf is what `t` is a part of (an effort or lane without its field, the ritual list), or null. */
export function wholeOf(t: ErrorTarget): ErrorTarget | null {
  switch (t.kind) {
    case 'effort':
      return t.field ? at.effort(t.id) : null
    case 'lane':
      return t.field ? at.lane(t.id) : null
    case 'ritual':
      return t.id ? at.ritual() : null
    default:
      return null
  }
}

/**
 * covers tells whether a saved edit of `edit` answers a refusal about
 * `refused`: the same thing, or `edit` is the whole `refused` is a part of.
 */
export function covers(edit: ErrorTarget, refused: ErrorTarget): boolean {
  if (sameTarget(edit, refused)) return true
  const whole = wholeOf(refused)
  return whole !== null && sameTarget(edit, whole)
}

/**
 * barOf is the effort whose bar the timeline says the refusal under: the
 * effort itself (not one of its fields, said in the inspector) or the
 * effort a dependency leads to. Null for anything else.
 */
export function barOf(t: ErrorTarget): string | null {
  if (t.kind === 'effort') return t.field ? null : t.id
  if (t.kind === 'dependency') return t.to
  return null
}

/** describeTarget is `t` in words for the log ("effort spring-ads, title"); never parsed back. */
export function describeTarget(t: ErrorTarget): string {
  switch (t.kind) {
    case 'effort':
    case 'lane':
      return `${t.kind} ${t.id}${t.field ? ', ' + t.field : ''}`
    case 'dependency':
      return `dependency ${t.from} → ${t.to}`
    case 'decision':
      return `decision ${t.key}`
    case 'newDecision':
      return 'new decision'
    case 'ritual':
      return t.id ? `ritual ${t.id}` : 'rituals'
    case 'integrate':
      return `integration of ${t.a} and ${t.b}`
    default:
      return t.kind
  }
}
