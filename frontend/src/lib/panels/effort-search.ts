/** Finding efforts by title for the pickers: case-insensitive, words in any order, best matches first. */
import type { Effort } from '../api'

/**
 * searchEfforts returns up to `limit` efforts whose title (or id) contains
 * every word of `query`; titles that start with the query come first, then
 * by title. Excluded ids are left out. O(n) over the efforts.
 */
export function searchEfforts(efforts: readonly Effort[], query: string, exclude: ReadonlySet<string>, limit = 8): Effort[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const q = query.trim().toLowerCase()
  const hits: { e: Effort; title: string; starts: boolean }[] = []
  for (const e of efforts) {
    if (exclude.has(e.id)) continue
    const title = (e.title || e.id).toLowerCase()
    const hay = `${title} ${e.id.toLowerCase()}`
    if (words.every((w) => hay.includes(w))) hits.push({ e, title, starts: q !== '' && title.startsWith(q) })
  }
  hits.sort((a, b) => Number(b.starts) - Number(a.starts) || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0))
  return hits.slice(0, limit).map((h) => h.e)
}
