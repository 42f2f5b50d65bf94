import { describe, expect, it, vi } from 'vitest'
import { ApiError } from './error'
import { httpCall, type Fetch } from './http'

function fakeFetch(status: number, body: string): Fetch & ReturnType<typeof vi.fn> {
  return vi.fn(async () => new Response(body, { status }))
}

describe('httpCall', () => {
  it('POSTs the JSON array of arguments to /api/<Method>', async () => {
    const fetchFn = fakeFetch(200, '{"info":{"id":"r1"}}')
    await expect(httpCall(fetchFn)('RenameRoadmap', ['r1', 'Q3'])).resolves.toEqual({
      info: { id: 'r1' },
    })
    const [url, init] = fetchFn.mock.calls[0] as [string, RequestInit]
    expect(url).toBe('/api/RenameRoadmap')
    expect(init.method).toBe('POST')
    expect(init.body).toBe('["r1","Q3"]')
  })

  it('sends [] for no arguments and returns undefined for an empty body', async () => {
    const fetchFn = fakeFetch(200, '')
    await expect(httpCall(fetchFn, '/x/')('DeleteRoadmap', [])).resolves.toBeUndefined()
    expect(fetchFn.mock.calls[0][0]).toBe('/x/DeleteRoadmap')
    expect((fetchFn.mock.calls[0][1] as RequestInit).body).toBe('[]')
  })

  it('normalises a JSON error body', async () => {
    const err = await httpCall(fakeFetch(404, '{"code":"not_found","message":"no roadmap r9"}'))(
      'OpenRoadmap',
      ['r9'],
    ).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApiError)
    expect(err).toMatchObject({ code: 'not_found', message: 'no roadmap r9' })
  })

  it('derives the code from the status when the body is not JSON', async () => {
    await expect(httpCall(fakeFetch(409, 'locked'))('DeleteLane', [])).rejects.toMatchObject({
      code: 'in_use',
      message: 'locked',
    })
  })

  it('reports a network failure as unavailable', async () => {
    const fetchFn: Fetch = () => Promise.reject(new TypeError('Failed to fetch'))
    await expect(httpCall(fetchFn)('ListRoadmaps', [])).rejects.toMatchObject({
      code: 'unavailable',
      message: 'Failed to fetch',
    })
  })

  it('rejects a 200 that is not JSON', async () => {
    await expect(httpCall(fakeFetch(200, '<html>'))('ListRoadmaps', [])).rejects.toMatchObject({
      code: 'internal',
    })
  })
})
