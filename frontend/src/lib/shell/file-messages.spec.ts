import { describe, expect, it } from 'vitest'
import { effort } from '../testing/fixtures'
import { exported, imported, roadmapSize } from './file-messages'

const lanes = [{ id: 'a', name: 'A' }]

describe('file messages', () => {
  it('says what a roadmap holds, milestones apart', () => {
    expect(roadmapSize({ lanes, efforts: [effort('x', 'a', { durationDays: 3 })] })).toBe('1 lane and 1 effort')
    expect(roadmapSize({ lanes: [...lanes, ...lanes], efforts: [effort('x', 'a'), effort('m', 'a', { durationDays: 0 })] })).toBe(
      '2 lanes, 1 effort and 1 milestone',
    )
  })

  it('says where an import came from and where an export went', () => {
    expect(imported('partner-launch', 'partner-launch.csv', { lanes, efforts: [] })).toBe(
      'Imported “partner-launch” from partner-launch.csv: 1 lane and 0 efforts.',
    )
    expect(exported({ roadmap: 'Growth', file: { name: 'growth.tandem', path: '/home/dana/growth.tandem' } })).toBe(
      'Exported “Growth” to /home/dana/growth.tandem',
    )
    expect(exported({ roadmap: 'Growth', file: { name: 'growth.tandem', path: '' } })).toBe(
      'Exported “Growth”: growth.tandem is in your downloads.',
    )
  })
})
