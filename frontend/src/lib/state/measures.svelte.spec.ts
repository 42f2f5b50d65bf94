import { describe, expect, it, vi } from 'vitest'
import { ApiError, type Measures } from '../api'
import { snapshot } from '../testing/fixtures'
import { MeasuresState } from './measures.svelte'

const report = (asOf: string) => ({ from: '2026-07-01', asOf, debt: {}, trust: [], metrics: [] }) as unknown as Measures

describe('MeasuresState', () => {
  it('asks once per snapshot and again after a new one', async () => {
    const api = { CoordinationReport: vi.fn(async () => report('2026-09-15')) }
    const m = new MeasuresState(api)
    const s1 = snapshot()
    await m.load(s1)
    await m.load(s1)
    expect(api.CoordinationReport).toHaveBeenCalledTimes(1)
    expect(api.CoordinationReport).toHaveBeenCalledWith('r1')
    expect(m.report?.asOf).toBe('2026-09-15')
    await m.load(snapshot())
    expect(api.CoordinationReport).toHaveBeenCalledTimes(2)
    await m.load(null)
    expect(api.CoordinationReport).toHaveBeenCalledTimes(2)
  })

  it('drops an answer to an older ask', async () => {
    let release: (v: Measures) => void = () => {}
    const api = {
      CoordinationReport: vi
        .fn()
        .mockImplementationOnce(() => new Promise<Measures>((r) => (release = r)))
        .mockImplementationOnce(async () => report('new')),
    }
    const m = new MeasuresState(api)
    const slow = m.load(snapshot())
    await m.load(snapshot())
    release(report('old'))
    await slow
    expect(m.report?.asOf).toBe('new')
    expect(m.loading).toBe(false)
  })

  it('says why it failed and asks again next time', async () => {
    const api = { CoordinationReport: vi.fn().mockRejectedValueOnce(new ApiError('internal', 'disk full')).mockResolvedValue(report('x')) }
    const m = new MeasuresState(api)
    const s = snapshot()
    vi.spyOn(console, 'error').mockImplementation(() => {})
    await m.load(s)
    expect(m.error).toBe('disk full')
    await m.load(s)
    expect(m.error).toBe('')
    expect(m.report?.asOf).toBe('x')
  })
})
