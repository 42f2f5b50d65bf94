/**
 * Lane colours used when a lane has none: a restrained set that reads on
 * light and dark backgrounds. A lane's own `color` always wins.
 */
export const LANE_PALETTE = [
  '#3b6fd8', // blue
  '#d9480f', // orange
  '#2f9e6b', // green
  '#8a56d6', // violet
  '#c2410c', // rust
  '#0e8f9e', // teal
  '#c0397a', // pink
  '#6b7280', // slate
] as const

/** laneColor returns the lane's colour if it is a valid hex colour, else one from the palette. */
export function laneColor(color: string | undefined, index: number): string {
  if (color && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(color)) return color
  return LANE_PALETTE[index % LANE_PALETTE.length]
}
