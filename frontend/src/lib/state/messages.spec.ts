import { describe, expect, it } from 'vitest'
import { ApiError } from '../api'
import { friendlyMessage } from './messages'

const titles: Record<string, string> = { a: 'Billing', b: 'Launch' }
const title = (id: string) => titles[id]

describe('friendlyMessage', () => {
  it('says a dependency cycle with titles, in its order', () => {
    const err = new ApiError('invalid', 'dependencies: dependency cycle: a -> b -> a', { cycle: ['a', 'b'] })
    expect(friendlyMessage(err, title)).toBe(
      'That would make a loop: Billing → Launch → Billing. A dependency cannot lead back to where it starts.',
    )
  })

  it('keeps other messages, and cycles through unknown ids, as they are', () => {
    expect(friendlyMessage(new ApiError('invalid', 'lanes[0].id: duplicate'), title)).toBe('lanes[0].id: duplicate')
    const unknown = new ApiError('invalid', 'dependency cycle: a -> x -> a', { cycle: ['a', 'x'] })
    expect(friendlyMessage(unknown, title)).toBe('dependency cycle: a -> x -> a')
  })

  it('never reads the cycle out of the message', () => {
    expect(friendlyMessage(new ApiError('invalid', 'dependency cycle: a -> b -> a'), title)).toBe('dependency cycle: a -> b -> a')
  })
})
