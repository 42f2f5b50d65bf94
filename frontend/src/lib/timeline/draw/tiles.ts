/**
 * A lane draws its bars in tiles of TILE_DAYS days by where they start, so
 * that a scroll step that adds and removes bars at the edges leaves the
 * tiles in between (their layout and paint) untouched, and a zoom only
 * moves and stretches tiles: no bar changes tile.
 */
import type { TimeScale } from '../geometry/axis'
import type { TimelineItem } from '../layout/layout'

export const TILE_DAYS = 32
const TILE_MS = TILE_DAYS * 86_400_000

/** Tile is one tile of a lane: its key (its first day, in tiles since 1970), its items in drawing order, and where it is drawn. */
export interface Tile {
  key: number
  items: readonly TimelineItem[]
  x0: number
  width: number
}

/**
 * LaneTiles makes a lane's tiles, keeping each tile that did not change:
 * a tile with the same key, place and items (the same objects in the same
 * order) as the one made before is that object, so a lane redraws only the
 * tiles an edit or a scroll step changed instead of comparing every bar
 * it draws again.
 */
export class LaneTiles {
  #before = new Map<number, Tile>()

  /** of is the tiles of `visible` at `scale`, in the order of their keys. */
  of(visible: readonly TimelineItem[], scale: TimeScale): Tile[] {
    const byTile = new Map<number, TimelineItem[]>()
    for (const it of visible) {
      const key = Math.floor(+it.start / TILE_MS)
      const list = byTile.get(key)
      if (list) list.push(it)
      else byTile.set(key, [it])
    }
    const tiles = [...byTile]
      .sort((a, b) => a[0] - b[0])
      .map(([key, items]) => {
        const x0 = Math.round(scale(key * TILE_MS))
        const tile = { key, items, x0, width: Math.max(1, Math.round(scale((key + 1) * TILE_MS)) - x0) }
        const old = this.#before.get(key)
        return old && sameTile(old, tile) ? old : tile
      })
    this.#before = new Map(tiles.map((t) => [t.key, t]))
    return tiles
  }
}

function sameTile(a: Tile, b: Tile): boolean {
  if (a.x0 !== b.x0 || a.width !== b.width || a.items.length !== b.items.length) return false
  for (let i = 0; i < a.items.length; i++) if (a.items[i] !== b.items[i]) return false
  return true
}
