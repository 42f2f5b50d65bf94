import { describe, expect, it } from 'vitest'
import { dependencyMeaning } from './dependency-types'

describe('dependencyMeaning', () => {
  it.each([
    [undefined, 0, '“B” starts no earlier than “A” finishes.'],
    ['FS', 2, '“B” starts no earlier than “A” finishes plus 2 days.'],
    ['SS', -1, '“B” starts no earlier than “A” starts minus 1 day.'],
    ['FF', 1, '“B” finishes no earlier than “A” finishes plus 1 day.'],
    ['SF', 0, '“B” finishes no earlier than “A” starts.'],
  ])('%s with lag %i', (type, lag, want) => {
    expect(dependencyMeaning(type, 'A', 'B', lag)).toBe(want)
  })
})
