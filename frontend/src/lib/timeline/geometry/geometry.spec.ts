import { describe, expect, it } from 'vitest'
import { BAR_HEIGHT, LANE_MIN_HEIGHT, ROW_HEIGHT, keepStack, laneBoxes, overlapsWindow, rowY } from './geometry'
import type { TimelineLane } from '../layout/layout'

const lane = (rows: number): TimelineLane => ({ id: 'l', name: 'L', color: '#000', rows, items: [] })

describe('geometry', () => {
  it('stacks lanes by their rows, with a minimum height', () => {
    const { boxes, height } = laneBoxes([lane(1), lane(4)])
    expect(boxes[0]).toEqual({ top: 0, height: LANE_MIN_HEIGHT })
    expect(boxes[1].top).toBe(LANE_MIN_HEIGHT)
    expect(boxes[1].height).toBeGreaterThan(4 * ROW_HEIGHT)
    expect(height).toBe(boxes[1].top + boxes[1].height)
  })

  it('centres a single row and keeps rows apart', () => {
    const y0 = rowY(0, 1, LANE_MIN_HEIGHT)
    expect(y0 + BAR_HEIGHT / 2).toBe(LANE_MIN_HEIGHT / 2)
    expect(rowY(1, 2, 100) - rowY(0, 2, 100)).toBe(ROW_HEIGHT)
  })

  it('tests visibility against a window', () => {
    expect(overlapsWindow(0, 10, null)).toBe(true)
    expect(overlapsWindow(0, 10, { from: 5, to: 20 })).toBe(true)
    expect(overlapsWindow(0, 10, { from: 11, to: 20 })).toBe(false)
  })
})

describe('keepStack', () => {
  it('keeps the stack before when every box is the same', () => {
    const one = laneBoxes([lane(1), lane(2)])
    expect(keepStack(one, laneBoxes([lane(1), lane(2)]))).toBe(one)
  })

  it('keeps the boxes that did not change, and gives new ones for the lanes that grew or moved', () => {
    const one = laneBoxes([lane(1), lane(2), lane(1)])
    const two = keepStack(one, laneBoxes([lane(1), lane(5), lane(1)]))
    expect(two).not.toBe(one)
    expect(two.boxes[0]).toBe(one.boxes[0])
    expect(two.boxes[1]).not.toBe(one.boxes[1])
    expect(two.boxes[2]).not.toBe(one.boxes[2])
    expect(two).toEqual(laneBoxes([lane(1), lane(5), lane(1)]))
    expect(keepStack(null, two)).toBe(two)
  })
})
