import { describe, expect, it } from 'vitest'
import { hitTest } from './hit'

function dom(html: string): HTMLElement {
  const root = document.createElement('div')
  root.innerHTML = html
  return root
}

describe('hitTest', () => {
  const root = dom(`
    <div role="rowheader"><span data-lane-grip="paid"><i id="grip"></i></span><b id="name">Paid</b><button id="btn">x</button></div>
    <svg data-pan="axis"><text id="tick">May</text></svg>
    <svg><g data-id="a"><rect id="fill"/><rect id="end" data-handle="end"/><g data-handle="connect"><circle id="dot"/></g></g></svg>
    <div id="empty"></div>`)
  const at = (id: string) => hitTest(root.querySelector('#' + id))

  it('finds bars and their handles', () => {
    expect(at('fill')).toEqual({ kind: 'item', id: 'a', handle: null })
    expect(at('end')).toEqual({ kind: 'item', id: 'a', handle: 'end' })
    expect(at('dot')).toEqual({ kind: 'item', id: 'a', handle: 'connect' })
  })

  it('finds lane grips, the axis, chrome and empty space', () => {
    expect(at('grip')).toEqual({ kind: 'grip', laneId: 'paid' })
    expect(at('tick')).toEqual({ kind: 'axis' })
    expect(at('name')).toEqual({ kind: 'chrome' })
    expect(at('btn')).toEqual({ kind: 'chrome' })
    expect(at('empty')).toEqual({ kind: 'empty' })
    expect(hitTest(null)).toEqual({ kind: 'empty' })
  })
})
