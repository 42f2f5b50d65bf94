/**
 * Backend refusals in the user's words where we can: a dependency cycle
 * ("dependency cycle: a -> b -> a", ids) is said with the efforts' titles.
 * Anything else is shown as the backend wrote it.
 */
export function friendlyMessage(message: string, title: (id: string) => string | undefined): string {
  const m = /dependency cycle:\s*(.+)$/i.exec(message)
  if (!m) return message
  const ids = m[1].split(/\s*->\s*/).map((s) => s.trim())
  if (ids.length < 2 || ids.some((id) => !title(id))) return message
  return `That would make a loop: ${ids.map((id) => title(id)).join(' → ')}. A dependency cannot lead back to where it starts.`
}
