import { describe, expect, it } from 'vitest'
import { LABEL_PAD, OUTSIDE_GAP, placeLabel, stickyShift } from './barlabel'

const m = (t: string) => t.length * 7

describe('placeLabel', () => {
  it('keeps a fitting title inside', () => {
    expect(placeLabel('Spring ads', 200, 0, 0, m)).toEqual({ text: 'Spring ads', inside: true })
  })

  it('puts a label that does not fit inside right of the bar when it fits there', () => {
    expect(placeLabel('Pricing page redesign', 80, 0, 200, m)).toEqual({ text: 'Pricing page redesign', inside: false })
  })

  it('keeps a mostly readable label on its bar', () => {
    const l = placeLabel('Pricing page redesign', 120, 0, 200, m)
    expect(l.inside).toBe(true)
    expect(l.text).toBe('Pricing page…')
  })

  it('truncates inside a wide-enough bar when it fits nowhere', () => {
    const l = placeLabel('Pricing page redesign', 100, 0, 40, m)
    expect(l.inside).toBe(true)
    expect(l.text.endsWith('…')).toBe(true)
    expect(m(l.text)).toBeLessThanOrEqual(100 - 16)
  })

  it('moves the label right of a narrow bar when there is room', () => {
    expect(placeLabel('Spring ads', 30, 0, Infinity, m)).toEqual({ text: 'Spring ads', inside: false })
    const cut = placeLabel('Pricing page redesign', 30, 0, 100, m)
    expect(cut.inside).toBe(false)
    expect(cut.text).toMatch(/…$/)
  })

  it('goes outside only with room for the gap past the connect dot', () => {
    const room = OUTSIDE_GAP + m('Spring ads') + LABEL_PAD
    expect(placeLabel('Spring ads', 30, 0, room, m)).toEqual({ text: 'Spring ads', inside: false })
    expect(placeLabel('Spring ads', 30, 0, room - 1, m).text).toMatch(/…$/)
  })

  it('stays inside (possibly empty) when there is no room anywhere', () => {
    expect(placeLabel('Spring ads', 20, 0, 10, m)).toEqual({ text: '', inside: true })
  })

  it('leaves room for the status icon', () => {
    expect(placeLabel('abcdefghij', 86, 0, 0, m).text).toBe('abcdefghij')
    expect(placeLabel('abcdefghij', 86, 16, 0, m).text).toMatch(/…$/)
  })
})

describe('stickyShift', () => {
  it('moves the label of a bar that starts left of the view to the view’s edge', () => {
    expect(stickyShift(100, 400, 0)).toBe(0)
    expect(stickyShift(100, 400, 100)).toBe(0)
    expect(stickyShift(100, 400, 160)).toBe(60)
  })

  it('never past the bar’s end', () => {
    expect(stickyShift(100, 400, 500)).toBe(300)
  })

  it('leaves the rest of the bar to fit the label in', () => {
    const shift = stickyShift(0, 300, 220)
    expect(placeLabel('Pricing page redesign', 300 - shift, 0, Infinity, m)).toEqual({ text: 'Pricing page redesign', inside: false })
    expect(placeLabel('Spring ads', 300 - stickyShift(0, 300, 150), 0, Infinity, m)).toEqual({ text: 'Spring ads', inside: true })
  })
})
