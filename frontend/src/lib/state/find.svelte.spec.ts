import { describe, expect, it } from 'vitest'
import { effortMatches, FindState } from './find.svelte'
import { growth } from '../testing/fixtures'

describe('effortMatches', () => {
  const r = growth()
  r.efforts[0] = { ...r.efforts[0], owner: 'Dana Ruiz' }
  const byId = (id: string) => r.efforts.find((e) => e.id === id)!
  const ids = (query: string, lanes: string[] = []) =>
    r.efforts.filter((e) => effortMatches(e, r, { query, lanes: new Set(lanes) })).map((e) => e.id)

  it('matches the title, the owner and the surfaces touched, in any case', () => {
    const e = byId('spring-ads')
    expect(effortMatches(e, r, { query: 'SPRING', lanes: new Set() })).toBe(true)
    expect(ids('ruiz')).toEqual(['spring-ads'])
    expect(ids('PRICING PAGE')).toEqual(['spring-ads', 'pricing-redesign'])
    expect(ids('pricing-page')).toEqual(['spring-ads', 'pricing-redesign'])
    expect(ids('no such thing anywhere')).toEqual([])
  })

  it('keeps only the chosen lanes, and an empty query matches all of them', () => {
    const lane = r.lanes[0].id
    expect(ids('', [lane])).toEqual(r.efforts.filter((e) => e.lane === lane).map((e) => e.id))
    expect(ids('  ', [])).toEqual(r.efforts.map((e) => e.id))
  })
})

describe('FindState', () => {
  it('is active only when open with a query or lanes, and closing ends it', () => {
    const f = new FindState()
    const r = growth()
    f.setQuery('spring')
    expect(f.active).toBe(false)
    expect(f.matchSet(r)).toBeNull()
    f.show()
    expect(f.active).toBe(true)
    expect([...f.matchSet(r)!]).toEqual(['spring-ads'])
    expect(f.matchesId('spring-ads', r)).toBe(true)
    expect(f.matchesId('nope', r)).toBe(false)
    f.close()
    expect(f.active).toBe(false)
    expect(f.query).toBe('')
    expect(f.matchesId('nope', r)).toBe(true)
    f.show()
    f.toggleLane('paid')
    expect(f.active).toBe(true)
    f.toggleLane('paid')
    expect(f.active).toBe(false)
  })

  it('keeps the rows that name a matching effort, or every row when not active', () => {
    const r = growth()
    const rows = [{ efforts: ['spring-ads', 'retarget'] }, { efforts: ['pricing-redesign'] }, { efforts: ['nobody'] }]
    const f = new FindState()
    expect(f.keep(rows, r, (x) => x.efforts)).toBe(rows)
    f.show()
    f.setQuery('spring')
    expect(f.keep(rows, r, (x) => x.efforts)).toEqual([rows[0]])
    f.setQuery('pricing page')
    expect(f.keep(rows, r, (x) => x.efforts)).toEqual([rows[0], rows[1]])
    f.close()
    expect(f.keep(rows, r, (x) => x.efforts)).toHaveLength(3)
  })

  it('walks the matches both ways, wrapping around', () => {
    const f = new FindState()
    const order = ['a', 'b', 'c']
    expect(f.step(order, 1)).toBe('a')
    expect(f.step(order, 1)).toBe('b')
    expect(f.step(order, -1)).toBe('a')
    expect(f.step(order, -1)).toBe('c')
    expect(f.step(order, 1)).toBe('a')
    f.setQuery('x')
    expect(f.step(order, -1)).toBe('c')
    expect(f.step([], 1)).toBeNull()
    expect(f.current).toBe(-1)
  })
})
