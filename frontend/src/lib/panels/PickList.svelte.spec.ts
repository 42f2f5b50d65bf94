import { render } from '@testing-library/svelte'
import { flushSync } from 'svelte'
import { describe, expect, it, vi } from 'vitest'
import PickList from './PickList.svelte'

describe('PickList', () => {
  it('offers the options not picked, walking them again only when the picked ones or the options change', () => {
    const options = [
      { id: 'a', name: 'Alpha' },
      { id: 'b', name: 'Beta' },
      { id: 'c', name: 'Gamma' },
    ]
    // a prop read through a getter, as a parent passes it: a new value is a new value of that prop alone
    let entries = $state.raw([{ id: 'a', name: 'Alpha', mode: 'changes' }])
    const { container } = render(PickList, {
      label: 'Surfaces touched',
      noun: 'surface',
      get entries() {
        return entries
      },
      options,
      modes: [{ value: 'changes', label: 'changes' }],
      onadd: async () => {},
      onmode: () => {},
      onremove: () => {},
    })
    const offered = () => [...container.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'))
    expect(offered()).toEqual(['Beta', 'Gamma'])
    const walk = vi.spyOn(options, 'filter')
    // the same entries as new objects (an edit of the effort that kept them)
    entries = [{ id: 'a', name: 'Alpha', mode: 'changes' }]
    flushSync()
    expect(walk).not.toHaveBeenCalled()
    entries = [{ id: 'b', name: 'Beta', mode: 'changes' }]
    flushSync()
    expect(walk).toHaveBeenCalledOnce()
    expect(offered()).toEqual(['Alpha', 'Gamma'])
  })
})
