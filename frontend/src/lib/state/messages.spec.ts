import { describe, expect, it } from 'vitest'
import { friendlyMessage } from './messages'

const titles: Record<string, string> = { a: 'Billing', b: 'Launch' }
const title = (id: string) => titles[id]

describe('friendlyMessage', () => {
  it('says a dependency cycle with titles', () => {
    expect(friendlyMessage('dependencies: dependency cycle: a -> b -> a', title)).toBe(
      'That would make a loop: Billing → Launch → Billing. A dependency cannot lead back to where it starts.',
    )
  })

  it('keeps other messages, and cycles through unknown ids, as they are', () => {
    expect(friendlyMessage('lanes[0].id: duplicate', title)).toBe('lanes[0].id: duplicate')
    expect(friendlyMessage('dependency cycle: a -> x -> a', title)).toBe('dependency cycle: a -> x -> a')
  })
})
