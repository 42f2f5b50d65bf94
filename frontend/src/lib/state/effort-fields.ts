/**
 * How the inspector's fields change an effort, as pure functions. Empty
 * fields clear the value. An end and a duration exclude each other: setting
 * one clears the other (SPEC §2: start+end, start+duration, or duration).
 */
import type { Effort, Move, Touch } from '../api'

export type Field = 'title' | 'lane' | 'owner' | 'notes'

export function setText(effort: Effort, field: Field, value: string): Effort {
  const v = field === 'notes' ? value : value.trim()
  if (field === 'title' || field === 'lane') return { ...effort, [field]: v }
  return { ...effort, [field]: v || undefined }
}

export function setStart(effort: Effort, value: string): Effort {
  return { ...effort, start: value || undefined }
}

export function setEnd(effort: Effort, value: string): Effort {
  return value ? { ...effort, end: value, durationDays: undefined } : { ...effort, end: undefined }
}

/** setDuration sets a duration in days (0 makes a milestone); an invalid number changes nothing. */
export function setDuration(effort: Effort, value: string): Effort {
  if (value.trim() === '') return { ...effort, durationDays: undefined }
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) return effort
  return { ...effort, durationDays: n, end: undefined }
}

/** withTouch adds or changes the effort's touch of a surface. */
export function withTouch(effort: Effort, surface: string, mode: string): Effort {
  const touches = effort.touches ?? []
  const next: Touch[] = touches.some((t) => t.surface === surface)
    ? touches.map((t) => (t.surface === surface ? { ...t, mode } : t))
    : [...touches, { surface, mode }]
  return { ...effort, touches: next }
}

export function withoutTouch(effort: Effort, surface: string): Effort {
  return { ...effort, touches: (effort.touches ?? []).filter((t) => t.surface !== surface) }
}

/** withMove adds or changes the effort's move of a metric. */
export function withMove(effort: Effort, metric: string, direction: string): Effort {
  const moves = effort.moves ?? []
  const next: Move[] = moves.some((m) => m.metric === metric)
    ? moves.map((m) => (m.metric === metric ? { ...m, direction } : m))
    : [...moves, { metric, direction }]
  return { ...effort, moves: next }
}

export function withoutMove(effort: Effort, metric: string): Effort {
  return { ...effort, moves: (effort.moves ?? []).filter((m) => m.metric !== metric) }
}

/** findByName finds an entity by id or by name (ignoring case and surrounding space). */
export function findByName<T extends { id: string; name: string }>(list: readonly T[], text: string): T | undefined {
  const t = text.trim().toLowerCase()
  return list.find((x) => x.id.toLowerCase() === t || x.name.trim().toLowerCase() === t)
}
