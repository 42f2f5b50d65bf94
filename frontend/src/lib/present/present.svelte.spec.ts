import { describe, expect, it } from 'vitest'
import { growth, growthAnalysis } from '../testing/fixtures'
import { parseDay } from '../timeline/geometry/dates'
import { PresentState } from './present.svelte'

function showing() {
  const p = new PresentState()
  p.open({ roadmap: growth(), analysis: growthAnalysis(), now: parseDay('2026-09-15')! })
  p.start()
  return p
}

describe('PresentState', () => {
  it('sets up with every lane and the whole roadmap, then shows the first slide', () => {
    const p = new PresentState()
    expect(p.phase).toBe('closed')
    p.open({ roadmap: growth(), analysis: growthAnalysis(), now: parseDay('2026-09-15')! })
    expect(p.phase).toBe('setup')
    expect(p.scope?.lanes).toEqual(['paid', 'content', 'product', 'ai'])
    expect(p.window).toBeNull()
    expect(p.start()).toBe(true)
    expect(p.phase).toBe('showing')
    expect(p.slide?.title).toBe('The integrated roadmap')
    expect(p.slides).toHaveLength(8)
  })

  it('builds the deck for the chosen lanes and window', () => {
    const p = new PresentState()
    p.open({ roadmap: growth(), analysis: growthAnalysis(), now: parseDay('2026-09-15')! })
    p.scope!.toggle('product', false)
    p.scope!.choosePreset('next-quarter')
    p.start()
    expect(p.window).toEqual({ from: '2026-10-01', to: '2026-12-31' })
    expect(p.lanes).toEqual(['paid', 'content', 'ai'])
    expect(p.slides.map((s) => s.key)).toEqual(['roadmap', 'not-doing', 'metrics', 'debt'])
  })

  it('will not start without a lane', () => {
    const p = new PresentState()
    p.open({ roadmap: growth(), analysis: growthAnalysis(), now: new Date() })
    for (const l of ['paid', 'content', 'product', 'ai']) p.scope!.toggle(l, false)
    expect(p.start()).toBe(false)
    expect(p.phase).toBe('setup')
  })

  it('walks the slides with arrows, Space, Page keys, Home and End, never past either end', () => {
    const p = showing()
    const last = p.slides.length - 1
    for (const [key, want] of [
      ['ArrowLeft', 0],
      ['ArrowRight', 1],
      [' ', 2],
      ['PageDown', 3],
      ['PageUp', 2],
      ['End', last],
      ['ArrowRight', last],
      ['Home', 0],
    ] as const) {
      expect(p.key(key)).toBe('moved')
      expect(p.index, key).toBe(want)
    }
    expect(p.key('x')).toBeNull()
  })

  it('jumps to a typed slide number with Enter', () => {
    const p = showing()
    p.key('4')
    expect(p.typed).toBe('4')
    p.key('Enter')
    expect(p.index).toBe(3)
    p.key('9')
    p.key('9')
    p.key('Enter')
    expect(p.index).toBe(p.slides.length - 1)
    p.key('Enter')
    expect(p.index).toBe(p.slides.length - 1)
  })

  it('leaves full screen on the first Escape and present mode on the next; F toggles full screen', () => {
    const p = showing()
    expect(p.key('f')).toBe('toggle-fullscreen')
    p.fullscreen = true
    expect(p.key('Escape')).toBe('exit-fullscreen')
    p.fullscreen = false
    expect(p.key('Escape')).toBe('close')
  })

  it('drops a half-typed number on Escape before anything else', () => {
    const p = showing()
    p.key('3')
    expect(p.key('Escape')).toBe('moved')
    expect(p.typed).toBe('')
    expect(p.key('Escape')).toBe('close')
  })

  it('adds what changed since the last snapshot as the last slide, staying on the slide shown', () => {
    const p = showing()
    p.key('End')
    p.key('ArrowLeft')
    const at = p.slide?.key
    p.addSince({
      since: { id: 's1', name: 'July review', date: '2026-07-01', hash: 'x' },
      changes: { added: [], removed: [], moved: [], slips: [], kills: [], newConflicts: [], changedConflicts: [], resolvedConflicts: [], decisions: [] },
    })
    expect(p.slides.at(-1)?.title).toBe('What changed since the last snapshot')
    expect(p.slide?.key).toBe(at)
  })

  it('closes', () => {
    const p = showing()
    p.close()
    expect(p.phase).toBe('closed')
    expect(p.slides).toEqual([])
  })
})
