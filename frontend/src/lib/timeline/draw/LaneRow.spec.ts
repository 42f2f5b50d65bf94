import { render, screen, within } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import { growth, growthAnalysis } from '../../testing/fixtures'
import { ownRows } from '../../testing/layout'
import { timeScale } from '../geometry/axis'
import { parseDay } from '../geometry/dates'
import { laneBoxes } from '../geometry/geometry'
import { buildLayout } from '../layout/layout'
import LaneRow from './LaneRow.svelte'

const layout = buildLayout(growth(), growthAnalysis(), parseDay('2026-08-10')!, ownRows(growth()))
const lane = layout.lanes[0]
const box = laneBoxes(layout.lanes).boxes[0]
const scale = timeScale(layout.domain, 1200)
const props = { lane, box, scale, width: 1200, xWindow: null, editable: true }

describe('LaneRow', () => {
  it('draws the header and the efforts of a lane near the view', () => {
    render(LaneRow, { ...props, yWindow: { from: 0, to: 600 } })
    const header = screen.getByRole('rowheader')
    expect(within(header).getByRole('button', { name: lane.name })).toBeInTheDocument()
    expect(screen.getAllByRole('option')).toHaveLength(lane.items.length)
  })

  it('dims the efforts a find does not match, and none without a find', async () => {
    const first = lane.items[0].id
    const { rerender } = render(LaneRow, { ...props, yWindow: null, highlight: new Set([first]) })
    const dimmed = () => screen.getAllByRole('option').filter((o) => o.classList.contains('dimmed')).map((o) => o.getAttribute('data-id'))
    expect(dimmed()).toEqual(lane.items.slice(1).map((it) => it.id))
    await rerender({ ...props, yWindow: null, highlight: null })
    expect(dimmed()).toEqual([])
  })

  it('keeps only the name of a lane far from the view, with no efforts drawn', () => {
    render(LaneRow, { ...props, yWindow: { from: 5000, to: 6000 } })
    const header = screen.getByRole('rowheader')
    expect(header).toHaveTextContent(lane.name)
    expect(within(header).queryByRole('button')).toBeNull()
    expect(screen.queryAllByRole('option')).toHaveLength(0)
  })

  it('draws only the sub-rows that meet the view', () => {
    const rows = lane.rows
    expect(rows).toBeGreaterThan(1)
    // The window ends inside the first sub-row: items of later rows are left out.
    render(LaneRow, { ...props, yWindow: { from: 0, to: box.top + 20 } })
    const drawn = screen.getAllByRole('option').map((o) => o.getAttribute('data-id'))
    expect(drawn).toEqual(lane.items.filter((it) => it.row === 0).map((it) => it.id))
  })

  it('keeps every bar element through a zoom (bars never change tile)', async () => {
    const { rerender } = render(LaneRow, { ...props, yWindow: null })
    const before = screen.getAllByRole('option')
    await rerender({ ...props, yWindow: null, scale: timeScale(layout.domain, 12000), width: 12000 })
    const after = screen.getAllByRole('option')
    expect(after).toHaveLength(before.length)
    expect(after.every((el, i) => el === before[i])).toBe(true)
    expect(before[0].getAttribute('transform')).not.toBeNull()
  })
})
