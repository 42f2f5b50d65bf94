import { describe, expect, it } from 'vitest'
import { exportFileName } from './file-name'

describe('exportFileName', () => {
  it('makes a file name from the roadmap name', () => {
    expect(exportFileName('Growth H1 2027')).toBe('growth-h1-2027.tandem')
    expect(exportFileName('  Café / Q3 plan (draft)  ')).toBe('cafe-q3-plan-draft.tandem')
    expect(exportFileName('Запуск 2027', 'csv')).toBe('запуск-2027.csv')
  })

  it('falls back to "roadmap" and stays short', () => {
    expect(exportFileName('***')).toBe('roadmap.tandem')
    expect(exportFileName('a'.repeat(300))).toBe('a'.repeat(80) + '.tandem')
  })
})
