/** The four dependency types of SPEC §1, as the inspector names them. */
export const DEPENDENCY_TYPES = [
  { value: 'FS', label: 'finish → start' },
  { value: 'SS', label: 'start → start' },
  { value: 'FF', label: 'finish → finish' },
  { value: 'SF', label: 'start → finish' },
] as const

/** dependencyMeaning says in words what a dependency asks of its two efforts. */
export function dependencyMeaning(type: string | undefined, from: string, to: string, lagDays: number): string {
  const lag = lagDays > 0 ? ` plus ${lagDays} day${lagDays === 1 ? '' : 's'}` : lagDays < 0 ? ` minus ${-lagDays} day${lagDays === -1 ? '' : 's'}` : ''
  switch (type) {
    case 'SS':
      return `“${to}” starts no earlier than “${from}” starts${lag}.`
    case 'FF':
      return `“${to}” finishes no earlier than “${from}” finishes${lag}.`
    case 'SF':
      return `“${to}” finishes no earlier than “${from}” starts${lag}.`
    default:
      return `“${to}” starts no earlier than “${from}” finishes${lag}.`
  }
}
