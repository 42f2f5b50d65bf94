/** The time axis: a d3 UTC scale over the chart's domain (ticks.ts labels it). */
import { scaleUtc, type ScaleTime } from 'd3-scale'

export type TimeScale = ScaleTime<number, number>

/** timeScale maps the days of `domain` onto 0..width pixels. */
export function timeScale(domain: [Date, Date], width: number): TimeScale {
  return scaleUtc().domain(domain).range([0, width])
}

/** crisp snaps a coordinate to the middle of a device pixel so a 1px line is sharp. */
export function crisp(x: number): number {
  return Math.round(x) + 0.5
}
