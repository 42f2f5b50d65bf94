import { describe, expect, it } from 'vitest'
import { ApiError, codeForStatus, toApiError } from './error'

describe('toApiError', () => {
  it('parses a Wails rejection: a JSON string', () => {
    const err = toApiError('{"code":"not_found","message":"no roadmap x"}')
    expect(err).toBeInstanceOf(ApiError)
    expect(err).toMatchObject({ code: 'not_found', message: 'no roadmap x' })
  })

  it('reads the service.Error object Wails rejects with, problems and cycle included', () => {
    const err = toApiError({
      code: 'invalid',
      message: 'row 2, column start: bad date (and 4 more problems)',
      problems: [{ where: 'row 2, column start', what: 'bad date' }, { what: 'no place' }, { where: 'x' }, null],
      more: 4,
      cycle: ['a', 'b', 7],
    })
    expect(err.problems).toEqual([
      { where: 'row 2, column start', what: 'bad date' },
      { where: '', what: 'no place' },
    ])
    expect(err.more).toBe(4)
    expect(err.cycle).toEqual(['a', 'b'])
  })

  it('reads the same fields from an HTTP error body', () => {
    const err = toApiError('{"code":"invalid","message":"m","problems":[{"where":"w","what":"p"}],"cycle":["a"]}', 'internal')
    expect(err).toMatchObject({ code: 'invalid', problems: [{ where: 'w', what: 'p' }], more: 0, cycle: ['a'] })
  })

  it('has no problems and no cycle when the backend sent none', () => {
    expect(toApiError({ code: 'not_found', message: 'no roadmap x' })).toMatchObject({ problems: [], more: 0, cycle: [] })
  })

  it('keeps a plain string as the message', () => {
    expect(toApiError('boom')).toMatchObject({ code: 'internal', message: 'boom' })
  })

  it('reads an already parsed error body', () => {
    expect(toApiError({ code: 'invalid', message: 'lanes[0].id: duplicate' })).toMatchObject({
      code: 'invalid',
      message: 'lanes[0].id: duplicate',
    })
  })

  it('uses the fallback code for unknown or missing codes', () => {
    expect(toApiError({ code: 'weird', message: 'm' }, 'invalid').code).toBe('invalid')
    expect(toApiError('{"message":"m"}', 'in_use').code).toBe('in_use')
  })

  it('treats JSON without a message as text', () => {
    expect(toApiError('{"x":1}').message).toBe('{"x":1}')
  })

  it('wraps Errors and returns ApiErrors unchanged', () => {
    const same = new ApiError('in_use', 'busy')
    expect(toApiError(same)).toBe(same)
    expect(toApiError(new TypeError('Failed to fetch'), 'unavailable')).toMatchObject({
      code: 'unavailable',
      message: 'Failed to fetch',
    })
  })

  it('never fails on odd input', () => {
    expect(toApiError(undefined).message).toBe('Unknown error')
    expect(toApiError('').message).toBe('Unknown error')
    expect(toApiError(42).message).toBe('42')
  })
})

describe('codeForStatus', () => {
  it('maps the contract statuses', () => {
    expect([400, 404, 409, 500, 503].map(codeForStatus)).toEqual([
      'invalid',
      'not_found',
      'in_use',
      'internal',
      'unavailable',
    ])
  })
})
