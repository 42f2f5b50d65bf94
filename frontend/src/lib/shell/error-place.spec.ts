import { describe, expect, it } from 'vitest'
import { at, type ErrorTarget } from '../state/error-target'
import { bannerError } from './error-place'

const err = (target: ErrorTarget) => ({ target, message: 'no', code: 'invalid' as const })
const none = { primary: null, size: 0, lane: null, laneSelected: false }

describe('bannerError', () => {
  it('leaves bar, dependency and drawing errors to the timeline', () => {
    expect(bannerError(err(at.effort('a')), none)).toBeNull()
    expect(bannerError(err(at.dependency('a', 'b')), none)).toBeNull()
    expect(bannerError(err(at.timeline), none)).toBeNull()
    expect(bannerError(null, none)).toBeNull()
  })

  it('leaves field errors to the inspector when it shows that effort or lane', () => {
    expect(bannerError(err(at.effort('a', 'title')), { ...none, primary: 'a', size: 1 })).toBeNull()
    expect(bannerError(err(at.effort('a', 'title')), { ...none, primary: 'b', size: 1 })).not.toBeNull()
    expect(bannerError(err(at.effort('a', 'title')), { ...none, primary: 'a', size: 2 })).not.toBeNull()
    expect(bannerError(err(at.lane('p')), { ...none, lane: 'p', laneSelected: true })).toBeNull()
    expect(bannerError(err(at.lane('p', 'name')), { ...none, lane: 'p', laneSelected: true })).toBeNull()
    expect(bannerError(err(at.lane('p')), none)).not.toBeNull()
  })

  it('matches ids whole, colons included', () => {
    // "effort:a:b:title" once read as effort "a", field "b"
    expect(bannerError(err(at.effort('a:b', 'title')), { ...none, primary: 'a:b', size: 1 })).toBeNull()
    expect(bannerError(err(at.effort('a:b', 'title')), { ...none, primary: 'a', size: 1 })).not.toBeNull()
    expect(bannerError(err(at.lane('p:q')), { ...none, lane: 'p:q', laneSelected: true })).toBeNull()
  })

  it('shows history, lane-list and dialog errors in the banner', () => {
    expect(bannerError(err(at.history), none)?.message).toBe('no')
    expect(bannerError(err(at.lanes), none)).not.toBeNull()
    expect(bannerError(err(at.ritual()), none)).not.toBeNull()
    expect(bannerError(err(at.snapshot), none)).not.toBeNull()
  })
})
