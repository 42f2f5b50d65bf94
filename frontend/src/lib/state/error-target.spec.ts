import { describe, expect, it } from 'vitest'
import { at, barOf, covers, describeTarget, sameTarget, wholeOf, type ErrorTarget } from './error-target'

describe('at', () => {
  it('makes one value per thing, an empty field or ritual id being none', () => {
    expect(at.effort('a', 'title')).toEqual({ kind: 'effort', id: 'a', field: 'title' })
    expect(at.effort('a', '')).toStrictEqual({ kind: 'effort', id: 'a' })
    expect(at.lane('p', undefined)).toStrictEqual({ kind: 'lane', id: 'p' })
    expect(at.ritual('')).toStrictEqual({ kind: 'ritual' })
    expect(at.dependency('a', 'b')).toEqual({ kind: 'dependency', from: 'a', to: 'b' })
    expect(at.integrate('a', 'b')).toEqual({ kind: 'integrate', a: 'a', b: 'b' })
    expect(at.decision('kill:x')).toEqual({ kind: 'decision', key: 'kill:x' })
  })
})

describe('sameTarget', () => {
  it('compares every part, and kinds first', () => {
    expect(sameTarget(at.effort('a'), at.effort('a'))).toBe(true)
    expect(sameTarget(at.effort('a'), { kind: 'effort', id: 'a', field: undefined })).toBe(true)
    expect(sameTarget(at.effort('a'), at.effort('a', 'title'))).toBe(false)
    expect(sameTarget(at.effort('a'), at.lane('a'))).toBe(false)
    expect(sameTarget(at.dependency('a', 'b'), at.dependency('b', 'a'))).toBe(false)
    expect(sameTarget(at.newDecision, at.decision('new'))).toBe(false)
    expect(sameTarget(at.history, at.history)).toBe(true)
  })

  it('keeps ids with colons apart from fields (the old "effort:a:b" was ambiguous)', () => {
    expect(sameTarget(at.effort('a:b'), at.effort('a', 'b'))).toBe(false)
    expect(sameTarget(at.dependency('a:b', 'c'), at.dependency('a', 'b:c'))).toBe(false)
  })
})

describe('covers', () => {
  it('clears a refusal about the same thing or a part of it, never a whole or a sibling', () => {
    expect(covers(at.effort('a'), at.effort('a'))).toBe(true)
    expect(covers(at.effort('a'), at.effort('a', 'title'))).toBe(true)
    expect(covers(at.effort('a', 'title'), at.effort('a', 'title'))).toBe(true)
    expect(covers(at.effort('a', 'title'), at.effort('a'))).toBe(false)
    expect(covers(at.effort('a', 'owner'), at.effort('a', 'title'))).toBe(false)
    expect(covers(at.effort('a'), at.effort('ab', 'title'))).toBe(false)
    expect(covers(at.lane('p'), at.lane('p', 'name'))).toBe(true)
    expect(covers(at.lanes, at.lane('p'))).toBe(false)
    expect(covers(at.ritual(), at.ritual('weekly'))).toBe(true)
    expect(covers(at.ritual('monthly'), at.ritual('weekly'))).toBe(false)
    expect(covers(at.newDecision, at.decision('x'))).toBe(false)
    expect(covers(at.effort('a'), at.dependency('a', 'b'))).toBe(false)
  })

  it('knows each part by its whole', () => {
    expect(wholeOf(at.effort('a', 'deps'))).toEqual(at.effort('a'))
    expect(wholeOf(at.lane('p', 'name'))).toEqual(at.lane('p'))
    expect(wholeOf(at.ritual('weekly'))).toEqual(at.ritual())
    const wholes: ErrorTarget[] = [at.effort('a'), at.lane('p'), at.ritual(), at.dependency('a', 'b'), at.history, at.decision('k')]
    for (const t of wholes) expect(wholeOf(t)).toBeNull()
  })
})

describe('barOf', () => {
  it('is the effort itself or the one a dependency leads to; a field, lane or history has no bar', () => {
    expect(barOf(at.effort('a:b'))).toBe('a:b')
    expect(barOf(at.dependency('a', 'b'))).toBe('b')
    expect(barOf(at.effort('a', 'title'))).toBeNull()
    expect(barOf(at.lane('p'))).toBeNull()
    expect(barOf(at.timeline)).toBeNull()
    expect(barOf(at.history)).toBeNull()
  })
})

describe('describeTarget', () => {
  it('says each target in words for the log', () => {
    expect(describeTarget(at.effort('spring-ads', 'title'))).toBe('effort spring-ads, title')
    expect(describeTarget(at.lane('paid'))).toBe('lane paid')
    expect(describeTarget(at.dependency('a', 'b'))).toBe('dependency a → b')
    expect(describeTarget(at.ritual())).toBe('rituals')
    expect(describeTarget(at.newDecision)).toBe('new decision')
    expect(describeTarget(at.integrate('a', 'b'))).toBe('integration of a and b')
    expect(describeTarget(at.history)).toBe('history')
  })
})
