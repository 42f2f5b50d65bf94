import { describe, expect, it, vi } from 'vitest'
import { AgendaState } from './agenda.svelte'
import { growth } from '../testing/fixtures'
import type { AgendaReport } from '../api'

function report(title: string): AgendaReport {
  return { markdown: `# ${title}\n`, agenda: { title } as AgendaReport['agenda'] }
}

describe('AgendaState', () => {
  it('defaults to the first ritual, keeps a chosen one while it exists, and the whole roadmap on request', () => {
    const a = new AgendaState({ Agenda: vi.fn() })
    const r = growth()
    expect(a.ritualOf(r)).toBe('')
    r.rituals = [
      { id: 'weekly', name: 'Weekly', cadence: 'weekly' },
      { id: 'monthly', name: 'Monthly', cadence: 'monthly' },
    ]
    expect(a.ritualOf(r)).toBe('weekly')
    a.ritual = 'monthly'
    expect(a.ritualOf(r)).toBe('monthly')
    a.ritual = ''
    expect(a.ritualOf(r)).toBe('')
    a.ritual = 'gone'
    expect(a.ritualOf(r)).toBe('weekly')
    a.since = 's2'
    expect(a.sinceOf(['s1', 's2'])).toBe('s2')
    expect(a.sinceOf(['s1'])).toBe('')
  })

  it('keeps the newest answer only, and says why a load failed', async () => {
    let resolveFirst: (r: AgendaReport) => void = () => {}
    const Agenda = vi
      .fn()
      .mockImplementationOnce(() => new Promise<AgendaReport>((res) => (resolveFirst = res)))
      .mockImplementationOnce(() => Promise.resolve(report('second')))
      .mockImplementationOnce(() => Promise.reject({ code: 'not_found', message: 'no snapshot "x"' }))
    const a = new AgendaState({ Agenda })
    const first = a.load('r1', '', '')
    await a.load('r1', 'weekly', '')
    resolveFirst(report('first'))
    await first
    expect(a.report?.agenda?.title).toBe('second')
    expect(Agenda).toHaveBeenCalledWith('r1', 'weekly', '', '')
    await a.load('r1', '', 'x')
    expect(a.error).toBe('no snapshot "x"')
    expect(a.report?.agenda?.title).toBe('second')
    expect(a.loading).toBe(false)
  })
})
