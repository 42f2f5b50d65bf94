import { describe, expect, it } from 'vitest'
import type { ExportFormat } from '../api'
import { parseDay } from '../timeline/geometry/dates'
import { ExportChoice, formatLabel } from './export-choice.svelte'

const FORMATS: ExportFormat[] = [
  { format: 'tandem', label: 'Roadmap file', ext: '.tandem', binary: false, scoped: false },
  { format: 'csv', label: 'Spreadsheet (CSV)', ext: '.csv', binary: false, scoped: false },
  { format: 'pdf', label: 'PDF', ext: '.pdf', binary: true, scoped: true },
  { format: 'md', label: 'Briefing (Markdown)', ext: '.md', binary: false, scoped: true },
]
const LANES = ['paid', 'content', 'product', 'ai']
const choice = () => new ExportChoice(FORMATS, LANES, parseDay('2026-09-15')!)

describe('ExportChoice', () => {
  it('starts on the first format with the whole roadmap and no options', () => {
    const c = choice()
    expect(c.format).toBe('tandem')
    expect(c.scoped).toBe(false)
    expect(c.problem).toBe('')
    expect(c.options).toEqual({})
  })

  it('ignores lanes and windows for formats that hold every effort', () => {
    const c = choice()
    c.format = 'csv'
    c.scope.toggle('paid')
    c.scope.choosePreset('quarter')
    expect(c.options).toEqual({})
  })

  it('sends the left-in lanes in order, the window and the paper for a PDF', () => {
    const c = choice()
    c.format = 'pdf'
    c.scope.toggle('content')
    c.scope.toggle('content')
    c.scope.toggle('paid')
    c.scope.choosePreset('half')
    c.paper = 'letter'
    expect(c.options).toEqual({ lanes: ['content', 'product', 'ai'], from: '2026-07-01', to: '2026-12-31', paper: 'letter' })
  })

  it('sends no paper for other drawn formats, and no lanes when all are in', () => {
    const c = choice()
    c.format = 'md'
    c.scope.choosePreset('quarter')
    expect(c.options).toEqual({ from: '2026-07-01', to: '2026-09-30' })
  })

  it('starts a custom window from the preset and refuses a bad one', () => {
    const c = choice()
    c.format = 'md'
    c.scope.choosePreset('next-quarter')
    c.scope.choosePreset('custom')
    expect(c.options).toEqual({ from: '2026-10-01', to: '2026-12-31' })
    c.scope.custom = { from: '2026-12-01', to: '2026-11-01' }
    expect(c.problem).toBe('The window ends before it starts.')
  })

  it('wants a lane and a known format', () => {
    const c = choice()
    c.format = 'md'
    for (const l of LANES) c.scope.toggle(l, false)
    expect(c.problem).toBe('Choose at least one lane.')
    c.format = 'docx'
    expect(c.problem).toBe('Choose a format.')
    expect(new ExportChoice([], LANES, new Date()).problem).toBe('Choose a format.')
  })
})

describe('formatLabel', () => {
  it('adds the extension only where the label does not name it', () => {
    expect(FORMATS.map(formatLabel)).toEqual(['Roadmap file (.tandem)', 'Spreadsheet (CSV)', 'PDF', 'Briefing (Markdown)'])
    expect(formatLabel({ format: 'mspdi', label: 'MS Project XML', ext: '.xml', binary: false, scoped: false })).toBe('MS Project XML')
  })
})
