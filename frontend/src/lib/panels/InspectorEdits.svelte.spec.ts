import { render } from '@testing-library/svelte'
import { flushSync } from 'svelte'
import { describe, expect, it, vi } from 'vitest'
import type { Roadmap } from '../api'
import { EditActions } from '../state/actions'
import { EditorState, type EditApi } from '../state/editor.svelte'
import { SelectionState } from '../state/selection.svelte'
import { openGrowth } from '../testing/open-roadmap'
import { parseDay } from '../timeline/geometry/dates'
import { buildLayout } from '../timeline/layout/layout'
import Inspector from './Inspector.svelte'

describe('Inspector: an edit that moved the selected effort', () => {
  it('walks none of the roadmap’s surfaces, metrics or dependencies again', async () => {
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
    const options = () => document.querySelectorAll('datalist option').length
    const before = options()
    expect(before).toBeGreaterThan(0)
    // the edit's roadmap: a new object, the moved effort a new object, the other lists as they were
    const moved = { ...first, efforts: first.efforts.map((e) => (e.id === 'assistant' ? { ...e, start: '2026-09-02' } : e)) }
    const movedLayout = layoutOf(moved)
    const walks = [vi.spyOn(first.surfaces, 'map'), vi.spyOn(first.metrics, 'map'), vi.spyOn(first.dependencies, 'filter')]
    roadmap = moved
    layout = movedLayout
    flushSync()
    for (const w of walks) expect(w).not.toHaveBeenCalled()
    expect(options()).toBe(before)
    // a new surface is a new list: walked, and offered
    roadmap = { ...moved, surfaces: [...moved.surfaces, { id: 'homepage', name: 'Homepage' }] }
    flushSync()
    expect(options()).toBe(before + 1)
  })
})
