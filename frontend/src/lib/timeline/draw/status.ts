/** Effort statuses (SPEC §1); an empty status means planned. */
export type Status = 'planned' | 'active' | 'blocked' | 'done' | 'paused' | 'killed'

const STATUSES: readonly Status[] = ['planned', 'active', 'blocked', 'done', 'paused', 'killed']

export function effortStatus(status: string | undefined): Status {
  return STATUSES.includes(status as Status) ? (status as Status) : 'planned'
}

export const STATUS_LABEL: Record<Status, string> = {
  planned: 'Planned',
  active: 'Active',
  blocked: 'Blocked',
  done: 'Done',
  paused: 'Paused',
  killed: 'Not doing',
}
