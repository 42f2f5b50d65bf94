import { fireEvent, render } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import { DOCK_CONTEXT, DockState } from '../../state/dock.svelte'
import { growth, growthAnalysis } from '../../testing/fixtures'
import { effortMarks } from '../layout/marks'
import BarMarks from './BarMarks.svelte'

describe('BarMarks: the opportunity spark', () => {
  it('highlights the effort and its partner while pointed at, and lets go after', async () => {
    const dock = new DockState()
    const marks = effortMarks(growth(), growthAnalysis()).get('assistant')!
    const { container } = render(BarMarks, {
      props: { id: 'assistant', marks, left: 1, right: 99, top: 1 },
      context: new Map([[DOCK_CONTEXT, dock]]),
    })
    const spark = container.querySelector('.opportunity-mark')!
    expect(spark.getAttribute('data-partners')).toBe('onboarding')
    await fireEvent.pointerEnter(spark)
    expect(dock.focus).toEqual(['assistant', 'onboarding'])
    await fireEvent.pointerLeave(spark)
    expect(dock.focus).toEqual([])
  })
})
