import { render } from '@testing-library/svelte'
import { describe, expect, it } from 'vitest'
import type { Arrow } from '../geometry/arrow-index'
import { pathOf, piecesOf, routePoints } from '../geometry/arrows'
import type { ItemBox } from '../geometry/positions'
import DependencyLayer from './DependencyLayer.svelte'

function box(id: string, x0: number, x1: number, mid: number): ItemBox {
  return { id, lane: 0, x0, x1, top: mid - 12, mid, milestone: false, critical: false }
}

function arrow(from: ItemBox, to: ItemBox, critical = false): Arrow {
  const points = routePoints('FS', from, to)
  return { key: `${from.id}>${to.id}`, from: from.id, to: to.id, points, d: pathOf(points), pieces: piecesOf(points), critical, type: 'FS' }
}

describe('DependencyLayer', () => {
  const near = arrow(box('a', 0, 100, 20), box('b', 200, 300, 52))
  const far = arrow(box('a', 0, 100, 20), box('c', 200, 300, 900), true)

  it('draws an arrow with no tall leg as one path with its head', () => {
    const { container } = render(DependencyLayer, { arrows: [near], width: 400, height: 1000 })
    const el = container.querySelector('[data-dep="a>b"]')!
    expect(el.tagName).toBe('path')
    expect(el).toHaveClass('arrow')
    expect(el.getAttribute('d')).toBe('M100 20H108V52H200')
    expect(el.getAttribute('marker-end')).toBe('url(#tandem-arrow)')
  })

  it('draws an arrow with a tall leg as one group of its pieces, the head on the last one only', () => {
    const { container } = render(DependencyLayer, { arrows: [near, far], width: 400, height: 1000, selected: 'a>c' })
    expect(container.querySelectorAll('.arrow')).toHaveLength(2)
    const el = container.querySelector('[data-dep="a>c"]')!
    expect(el.tagName).toBe('g')
    expect(el).toHaveClass('arrow')
    expect(el).toHaveClass('critical')
    expect(el).toHaveClass('selected')
    const pieces = [...el.querySelectorAll('path')]
    expect(pieces.map((p) => p.getAttribute('d'))).toEqual(['M100 20H108V28', 'M108 28V892', 'M108 892V900H200'])
    expect(pieces.map((p) => p.getAttribute('marker-end'))).toEqual([null, null, 'url(#tandem-arrow-selected)'])
  })
})
