import { describe, expect, it } from 'vitest'
import { isTyping, KeyEcho, keyCommand, menuCommand, modalOpen } from './keys'
import { ZOOM_STEP } from '../timeline/interact/zoom'
import menuActions from './menu-actions.json'
import { VIEWS } from '../views/registry'

describe('keyCommand', () => {
  it('maps undo and redo with Ctrl or Cmd', () => {
    expect(keyCommand({ key: 'z', ctrlKey: true })).toEqual({ kind: 'undo' })
    expect(keyCommand({ key: 'z', metaKey: true })).toEqual({ kind: 'undo' })
    expect(keyCommand({ key: 'Z', metaKey: true, shiftKey: true })).toEqual({ kind: 'redo' })
    expect(keyCommand({ key: 'y', ctrlKey: true })).toEqual({ kind: 'redo' })
  })

  it('maps the roadmap file commands with Ctrl or Cmd', () => {
    expect(keyCommand({ key: 'n', ctrlKey: true })).toEqual({ kind: 'newRoadmap' })
    expect(keyCommand({ key: 'O', metaKey: true })).toEqual({ kind: 'import' })
    expect(keyCommand({ key: 'e', ctrlKey: true })).toEqual({ kind: 'export' })
    expect(keyCommand({ key: 'f', metaKey: true })).toEqual({ kind: 'find' })
    expect(keyCommand({ key: 'F', ctrlKey: true })).toEqual({ kind: 'find' })
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
    expect(keyCommand({ key: '+' })).toEqual({ kind: 'zoom', factor: ZOOM_STEP })
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

describe('modalOpen', () => {
  it('is true while a dialog is open', () => {
    const dialog = document.createElement('dialog')
    document.body.append(dialog)
    expect(modalOpen()).toBe(false)
    dialog.showModal()
    expect(modalOpen()).toBe(true)
    dialog.close()
    expect(modalOpen()).toBe(false)
    dialog.remove()
  })
})

describe('KeyEcho', () => {
  it('recognises the same command from the other source just after it', () => {
    const echo = new KeyEcho()
    expect(echo.echoes('undo', 'menu', 0)).toBe(false)
    echo.pressed('undo', 'key', 1000)
    expect(echo.echoes('undo', 'menu', 1100)).toBe(true)
    expect(echo.echoes('redo', 'menu', 1100)).toBe(false)
    expect(echo.echoes('undo', 'menu', 1200)).toBe(false)
    echo.pressed('redo', 'menu', 2000)
    expect(echo.echoes('redo', 'key', 2010)).toBe(true)
  })

  it('never swallows quick presses from one source', () => {
    const echo = new KeyEcho()
    for (let t = 0; t < 150; t += 30) {
      expect(echo.echoes('nudge', 'key', t)).toBe(false)
      echo.pressed('nudge', 'key', t)
    }
    expect(echo.echoes('undo', 'menu', 0)).toBe(false)
  })
})

describe('menuCommand', () => {
  it('maps every action the native menu sends (menu-actions.json, checked against desktop_menu.go)', () => {
    expect(menuActions.length).toBeGreaterThan(10)
    for (const action of menuActions) {
      const cmd = menuCommand(action)
      expect(cmd, action).not.toBeNull()
      if (cmd?.kind === 'view') expect(VIEWS.map((v) => v.id), action).toContain(cmd.id)
    }
  })

  it('runs the same commands as the keys', () => {
    expect(menuCommand('undo')).toEqual(keyCommand({ key: 'z', ctrlKey: true }))
    expect(menuCommand('zoom-in')).toEqual(keyCommand({ key: '+' }))
    expect(menuCommand('zoom-out')).toEqual(keyCommand({ key: '-' }))
    expect(menuCommand('export')).toEqual(keyCommand({ key: 'e', ctrlKey: true }))
    expect(menuCommand('new-effort')).toEqual(keyCommand({ key: 'n' }))
  })

  it('names the view of a view-<id> action, and nothing for unknown actions', () => {
    expect(menuCommand('view-conflicts')).toEqual({ kind: 'view', id: 'conflicts' })
    expect(menuCommand('view-')).toBeNull()
    expect(menuCommand('quit')).toBeNull()
    expect(menuCommand('nonsense')).toBeNull()
  })
})
