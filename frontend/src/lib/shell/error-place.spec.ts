import { describe, expect, it } from 'vitest'
import { bannerError } from './error-place'

const err = (target: string) => ({ target, message: 'no', code: 'invalid' as const })
const none = { primary: null, size: 0, lane: null, laneSelected: false }

describe('bannerError', () => {
  it('leaves bar, dependency and drawing errors to the timeline', () => {
    expect(bannerError(err('effort:a'), none)).toBeNull()
    expect(bannerError(err('dependency:a:b'), none)).toBeNull()
    expect(bannerError(err('timeline'), none)).toBeNull()
    expect(bannerError(null, none)).toBeNull()
  })

  it('leaves field errors to the inspector when it shows that effort or lane', () => {
    expect(bannerError(err('effort:a:title'), { ...none, primary: 'a', size: 1 })).toBeNull()
    expect(bannerError(err('effort:a:title'), { ...none, primary: 'b', size: 1 })).not.toBeNull()
    expect(bannerError(err('lane:p'), { ...none, lane: 'p', laneSelected: true })).toBeNull()
    expect(bannerError(err('lane:p'), none)).not.toBeNull()
  })

  it('shows history and lane-list errors in the banner', () => {
    expect(bannerError(err('history'), none)?.message).toBe('no')
    expect(bannerError(err('lanes'), none)).not.toBeNull()
  })
})
