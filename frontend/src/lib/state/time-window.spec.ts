import { describe, expect, it } from 'vitest'
import { parseDay } from '../timeline/geometry/dates'
import { checkWindow, presetWindow, quarterName } from './time-window'

const day = (s: string) => parseDay(s)!

describe('presetWindow', () => {
  it.each([
    ['quarter', '2026-09-15', { from: '2026-07-01', to: '2026-09-30' }],
    ['quarter', '2026-01-01', { from: '2026-01-01', to: '2026-03-31' }],
    ['quarter', '2026-12-31', { from: '2026-10-01', to: '2026-12-31' }],
    ['next-quarter', '2026-09-15', { from: '2026-10-01', to: '2026-12-31' }],
    ['next-quarter', '2026-11-02', { from: '2027-01-01', to: '2027-03-31' }],
    ['half', '2026-09-15', { from: '2026-07-01', to: '2026-12-31' }],
    ['half', '2028-02-29', { from: '2028-01-01', to: '2028-06-30' }],
  ] as const)('%s around %s', (preset, now, want) => {
    expect(presetWindow(preset, day(now))).toEqual(want)
  })

  it('has no fixed window for the whole roadmap or a custom one', () => {
    expect(presetWindow('whole', day('2026-09-15'))).toBeNull()
    expect(presetWindow('custom', day('2026-09-15'))).toBeNull()
  })
})

describe('quarterName', () => {
  it('names whole quarters only', () => {
    expect(quarterName({ from: '2026-07-01', to: '2026-09-30' })).toBe('Q3 2026')
    expect(quarterName({ from: '2026-07-01', to: '2026-12-31' })).toBe('')
    expect(quarterName({ from: 'x', to: '2026-12-31' })).toBe('')
  })
})

describe('checkWindow', () => {
  it('wants two real days in order', () => {
    expect(checkWindow({ from: '2026-07-01', to: '2026-07-01' })).toBe('')
    expect(checkWindow({ from: '', to: '2026-07-01' })).toBe('Choose a valid start date.')
    expect(checkWindow({ from: '2026-07-01', to: '2026-02-31' })).toBe('Choose a valid end date.')
    expect(checkWindow({ from: '2026-07-02', to: '2026-07-01' })).toBe('The window ends before it starts.')
  })
})
