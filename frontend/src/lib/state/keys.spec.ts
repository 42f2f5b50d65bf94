import { describe, expect, it } from 'vitest'
import { isTyping, keyCommand } from './keys'

describe('keyCommand', () => {
  it('maps undo and redo with Ctrl or Cmd', () => {
    expect(keyCommand({ key: 'z', ctrlKey: true })).toEqual({ kind: 'undo' })
    expect(keyCommand({ key: 'z', metaKey: true })).toEqual({ kind: 'undo' })
    expect(keyCommand({ key: 'Z', metaKey: true, shiftKey: true })).toEqual({ kind: 'redo' })
    expect(keyCommand({ key: 'y', ctrlKey: true })).toEqual({ kind: 'redo' })
  })

  it('nudges by a day, or a week with Shift, and changes lane with up and down', () => {
    expect(keyCommand({ key: 'ArrowLeft' })).toEqual({ kind: 'nudge', days: -1 })
    expect(keyCommand({ key: 'ArrowRight', shiftKey: true })).toEqual({ kind: 'nudge', days: 7 })
    expect(keyCommand({ key: 'ArrowDown' })).toEqual({ kind: 'lane', delta: 1 })
  })

  it('maps delete, new, rename, escape, help and the view keys', () => {
    expect(['Delete', 'Backspace', 'n', 'N', 'Enter', 'Escape', '?', 'f', 't'].map((key) => keyCommand({ key })?.kind)).toEqual([
      'delete',
      'delete',
      'new',
      'new',
      'rename',
      'escape',
      'help',
      'fit',
      'today',
    ])
    expect(keyCommand({ key: '+' })).toEqual({ kind: 'zoom', factor: 1.25 })
  })

  it('ignores other keys and Alt combinations', () => {
    expect(keyCommand({ key: 'q' })).toBeNull()
    expect(keyCommand({ key: 'ArrowLeft', altKey: true })).toBeNull()
    expect(keyCommand({ key: 'x', ctrlKey: true })).toBeNull()
  })
})

describe('isTyping', () => {
  it('is true inside fields only', () => {
    const input = document.createElement('input')
    const div = document.createElement('div')
    expect(isTyping(input)).toBe(true)
    expect(isTyping(div)).toBe(false)
    expect(isTyping(null)).toBe(false)
  })
})
