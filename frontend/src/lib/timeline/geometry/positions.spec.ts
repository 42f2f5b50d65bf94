import { describe, expect, it } from 'vitest'
import { growth, growthAnalysis } from '../../testing/fixtures'
import { ownRows } from '../../testing/layout'
import { timeScale } from './axis'
import { parseDay } from './dates'
import { laneBoxes } from './geometry'
import { buildLayout } from '../layout/layout'
import { itemBoxes, itemsInRect, laneAt, normalRect } from './positions'

const layout = buildLayout(growth(), growthAnalysis(), parseDay('2026-08-10')!, ownRows(growth()))
const stack = laneBoxes(layout.lanes)
const scale = timeScale([parseDay('2026-07-01')!, parseDay('2026-11-01')!], 1230)
const boxes = itemBoxes(layout.lanes, stack.boxes, scale)

describe('itemBoxes', () => {
  it('places bars by their days and lanes', () => {
    const ads = boxes.get('spring-ads')!
    expect(ads.x0).toBe(Math.round(scale(parseDay('2026-07-06')!)) + 1)
    expect(ads.lane).toBe(0)
    const assistant = boxes.get('assistant')!
    expect(assistant.lane).toBe(3)
    expect(assistant.top).toBeGreaterThan(stack.boxes[3].top)
    expect(assistant.mid - assistant.top).toBe(12)
  })

  it('places milestones around their diamond and carries critical', () => {
    const launch = boxes.get('launch')!
    expect(launch.milestone).toBe(true)
    expect(launch.x1 - launch.x0).toBe(14)
    expect(launch.critical).toBe(true)
  })
})

describe('box selection and lanes', () => {
  it('finds the items a rectangle touches', () => {
    const ads = boxes.get('spring-ads')!
    const r = normalRect(ads.x0 + 5, ads.mid, ads.x0 - 5, ads.mid + 1)
    expect(itemsInRect(boxes.values(), r)).toEqual(['spring-ads'])
  })

  it('finds the lane at a height, clamped', () => {
    expect(laneAt(stack.boxes, -5)).toBe(0)
    expect(laneAt(stack.boxes, stack.boxes[2].top + 1)).toBe(2)
    expect(laneAt(stack.boxes, 1e6)).toBe(3)
    expect(laneAt([], 10)).toBe(-1)
  })
})
