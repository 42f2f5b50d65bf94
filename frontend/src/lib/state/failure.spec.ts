import { describe, expect, it, vi } from 'vitest'
import { failure } from './failure'

describe('failure', () => {
  it('normalises what was thrown and logs it once, with what was being done and how many problems', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const e = failure({ code: 'invalid', message: 'row 2: bad', problems: [{ where: 'row 2', what: 'bad' }], more: 2 }, 'import x.csv')
    expect(e).toMatchObject({ code: 'invalid', message: 'row 2: bad', more: 2 })
    expect(log).toHaveBeenCalledExactlyOnceWith('[tandem] import x.csv: invalid: row 2: bad (3 problems)')
    log.mockRestore()
  })
})
