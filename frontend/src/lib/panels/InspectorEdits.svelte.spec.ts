import { render } from '@testing-library/svelte'
import { flushSync } from 'svelte'
import { describe, expect, it, vi } from 'vitest'
import type { Roadmap } from '../api'
import { EditActions } from '../state/actions'
import { EditorState, type EditApi } from '../state/editor.svelte'
import { afterNextFrame } from '../state/next-frame.svelte'
import { SelectionState } from '../state/selection.svelte'
import { openGrowth } from '../testing/open-roadmap'
import { parseDay } from '../timeline/geometry/dates'
import { buildLayout } from '../timeline/layout/layout'
import Inspector from './Inspector.svelte'

/** frameDrawn resolves once the inspector has followed an edit (a frame after it: NextFrame). */
const frameDrawn = () =>
  new Promise<void>((done) =>
    afterNextFrame(() => {
      flushSync()
      done()
    }),
  )

/** mountInspector shows the growth roadmap's "assistant" in the inspector; `show` gives it another roadmap (and layout). */
async function mountInspector() {
  const roadmaps = await openGrowth()
  const first = roadmaps.roadmap!
  const editor = new EditorState(roadmaps, {} as EditApi)
  const selection = new SelectionState()
  selection.select('assistant', 'ai')
  const layoutOf = (x: Roadmap) => buildLayout(x, roadmaps.snapshot?.analysis, parseDay('2026-08-10')!, roadmaps.snapshot?.layout)
  // the roadmap prop read through a getter, as the editor passes it
  let roadmap = $state.raw(first)
  let layout = $state.raw(layoutOf(first))
  const actions = new EditActions({ roadmap: () => roadmap, calendar: () => undefined, layout: () => layout, editor, selection, defaultDay: () => layout.now })
  render(Inspector, {
    get roadmap() {
      return roadmap
    },
    get layout() {
      return layout
    },
    selection,
    editor,
    actions,
  })
  const show = (next: Roadmap, nextLayout = layout) => {
    roadmap = next
    layout = nextLayout
    flushSync()
  }
  return { first, selection, layoutOf, show }
}

describe('Inspector: an edit that moved the selected effort', () => {
  it('walks none of the roadmap’s surfaces, metrics or dependencies again', async () => {
    const { first, layoutOf, show } = await mountInspector()
    const options = () => document.querySelectorAll('datalist option').length
    const before = options()
    expect(before).toBeGreaterThan(0)
    // the edit's roadmap: a new object, the moved effort a new object, the other lists as they were
    const moved = { ...first, efforts: first.efforts.map((e) => (e.id === 'assistant' ? { ...e, start: '2026-09-02' } : e)) }
    const movedLayout = layoutOf(moved)
    const walks = [vi.spyOn(first.surfaces, 'map'), vi.spyOn(first.metrics, 'map'), vi.spyOn(first.dependencies, 'filter')]
    show(moved, movedLayout)
    await frameDrawn()
    for (const w of walks) expect(w).not.toHaveBeenCalled()
    expect(options()).toBe(before)
    // a new surface is a new list: walked, and offered
    show({ ...moved, surfaces: [...moved.surfaces, { id: 'homepage', name: 'Homepage' }] })
    await frameDrawn()
    expect(options()).toBe(before + 1)
  })

  it('shows the moved effort’s dates a frame after the edit, and a newly selected effort at once', async () => {
    const { first, selection, layoutOf, show } = await mountInspector()
    const start = () => (document.getElementById('insp-start') as HTMLInputElement).value
    const was = start()
    const moved = { ...first, efforts: first.efforts.map((e) => (e.id === 'assistant' ? { ...e, start: '2026-09-02' } : e)) }
    show(moved, layoutOf(moved))
    // the timeline draws the move in this frame; the inspector still shows the effort as it was
    expect(start()).toBe(was)
    await frameDrawn()
    expect(start()).toBe('2026-09-02')
    // another effort selected: shown at once
    const other = first.efforts.find((e) => e.id !== 'assistant' && e.start)!
    selection.select(other.id, other.lane)
    flushSync()
    expect(start()).toBe(other.start)
  })
})
