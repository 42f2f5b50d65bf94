/**
 * The keyboard shortcuts and menu entries, as data: keyCommand maps a key
 * event to what it does, menuCommand maps an action of the desktop's native
 * menu (desktop_menu.go) to the same commands, and SHORTCUTS lists them for
 * the shortcut sheet. Pure; the components decide when keys reach it (never
 * while typing in a field).
 */
import { ZOOM_STEP } from '../timeline/interact/zoom'

export type Command =
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'delete' }
  | { kind: 'nudge'; days: number }
  | { kind: 'lane'; delta: number }
  | { kind: 'new' }
  | { kind: 'rename' }
  | { kind: 'escape' }
  | { kind: 'help' }
  | { kind: 'selectAll' }
  | { kind: 'zoom'; factor: number }
  | { kind: 'fit' }
  | { kind: 'today' }
  | { kind: 'newRoadmap' }
  | { kind: 'import' }
  | { kind: 'export' }
  | { kind: 'find' }
  | { kind: 'present' }
  | { kind: 'view'; id: string }

/** FILE_COMMANDS are the commands on whole roadmaps (the workspace runs them, not the editor). */
export const FILE_COMMANDS = ['newRoadmap', 'import', 'export'] as const
export type FileCommand = (typeof FILE_COMMANDS)[number]

/** isFileCommand tells whether a command kind is one of FILE_COMMANDS. */
export function isFileCommand(kind: string | undefined): kind is FileCommand {
  return !!kind && (FILE_COMMANDS as readonly string[]).includes(kind)
}

/** The native menu's actions that are plain commands, by the name the menu sends. */
const MENU_COMMANDS: Record<string, Command> = {
  'new-roadmap': { kind: 'newRoadmap' },
  import: { kind: 'import' },
  export: { kind: 'export' },
  undo: { kind: 'undo' },
  redo: { kind: 'redo' },
  'new-effort': { kind: 'new' },
  delete: { kind: 'delete' },
  find: { kind: 'find' },
  fit: { kind: 'fit' },
  today: { kind: 'today' },
  'zoom-in': { kind: 'zoom', factor: ZOOM_STEP },
  'zoom-out': { kind: 'zoom', factor: 1 / ZOOM_STEP },
  present: { kind: 'present' },
  shortcuts: { kind: 'help' },
}

/**
 * menuCommand returns the command of a native menu action ("view-<id>"
 * toggles the coordination view <id>), or null for an action it does not
 * know. Every action desktop_menu.go sends is listed in menu-actions.json
 * (written by a Go test) and a spec holds that each one maps.
 */
export function menuCommand(action: string): Command | null {
  if (action.startsWith('view-') && action.length > 5) return { kind: 'view', id: action.slice(5) }
  return MENU_COMMANDS[action] ?? null
}

export interface KeyLike {
  key: string
  ctrlKey?: boolean
  metaKey?: boolean
  shiftKey?: boolean
  altKey?: boolean
}

/** keyCommand returns the command of a key press, or null when it has none. Ctrl and Cmd both count as the modifier. */
export function keyCommand(e: KeyLike): Command | null {
  const mod = !!(e.ctrlKey || e.metaKey)
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key
  if (mod) {
    if (key === 'z') return e.shiftKey ? { kind: 'redo' } : { kind: 'undo' }
    if (key === 'y') return { kind: 'redo' }
    if (key === 'a') return { kind: 'selectAll' }
    if (key === 'n') return { kind: 'newRoadmap' }
    if (key === 'o') return { kind: 'import' }
    if (key === 'e') return { kind: 'export' }
    if (key === 'f') return { kind: 'find' }
    return null
  }
  if (e.altKey) return null
  switch (key) {
    case 'Delete':
    case 'Backspace':
      return { kind: 'delete' }
    case 'ArrowLeft':
      return { kind: 'nudge', days: e.shiftKey ? -7 : -1 }
    case 'ArrowRight':
      return { kind: 'nudge', days: e.shiftKey ? 7 : 1 }
    case 'ArrowUp':
      return { kind: 'lane', delta: -1 }
    case 'ArrowDown':
      return { kind: 'lane', delta: 1 }
    case 'Enter':
    case 'F2':
      return { kind: 'rename' }
    case 'Escape':
      return { kind: 'escape' }
    case 'n':
      return { kind: 'new' }
    case '?':
      return { kind: 'help' }
    case '+':
    case '=':
      return { kind: 'zoom', factor: ZOOM_STEP }
    case '-':
    case '_':
      return { kind: 'zoom', factor: 1 / ZOOM_STEP }
    case 'f':
      return { kind: 'fit' }
    case 't':
      return { kind: 'today' }
    default:
      return null
  }
}

/** isTyping says whether a key event comes from a text field, where keys belong to the field. */
export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null
  if (!el || typeof el.closest !== 'function') return false
  return !!el.closest('input, textarea, select, [contenteditable="true"], [contenteditable=""]')
}

/** modalOpen says whether a modal dialog is open: keys and menu actions then belong to it. */
export function modalOpen(doc: Document | undefined = globalThis.document): boolean {
  return !!doc?.querySelector('dialog[open]')
}

/** KeySource is where a shortcut came from: the keyboard or the native menu. */
export type KeySource = 'key' | 'menu'

/**
 * KeyEcho recognises a shortcut that arrives twice: some platforms deliver
 * it both as a key and as its native menu item, in either order. Each source
 * calls `pressed` when it runs a command and skips it when it `echoes`. Only
 * the other source's copy within 150 ms is an echo: presses from one source,
 * however quick (a held arrow key, Ctrl+Z three times), all count.
 */
export class KeyEcho {
  #kind = ''
  #source: KeySource = 'key'
  #at = -Infinity

  pressed(kind: string, source: KeySource, now = performance.now()): void {
    this.#kind = kind
    this.#source = source
    this.#at = now
  }

  echoes(kind: string, source: KeySource, now = performance.now()): boolean {
    return kind === this.#kind && source !== this.#source && now - this.#at < 150
  }
}

/** SHORTCUTS is the shortcut sheet: groups of [keys, what they do]. "Mod" is Ctrl, or Cmd on a Mac. */
export const SHORTCUTS: { group: string; keys: [string, string][] }[] = [
  {
    group: 'Create and edit',
    keys: [
      ['N', 'New effort at the selection'],
      ['Drag in a lane', 'Draw a new effort'],
      ['Enter', 'Rename the selected effort'],
      ['Delete / Backspace', 'Delete the selected efforts or dependency'],
      ['← →', 'Move by a day'],
      ['Shift + ← →', 'Move by a week'],
      ['↑ ↓', 'Move to the lane above or below'],
      ['Drag a bar / its ends', 'Move (also to another lane) / resize'],
      ['Drag the dot at a bar’s end', 'Connect to another effort'],
    ],
  },
  {
    group: 'Select',
    keys: [
      ['Click', 'Select an effort, a lane’s name or an arrow'],
      ['Shift + click', 'Add to the selection'],
      ['Shift + drag', 'Select with a box'],
      ['Tab / Shift + Tab', 'Next / previous effort'],
      ['Mod + A', 'Select all'],
      ['Mod + F', 'Find efforts by title, owner or surface; filter lanes'],
      ['Enter / Shift + Enter', 'In the find bar: next / previous match'],
      ['Escape', 'Cancel a drag, then clear the selection'],
    ],
  },
  {
    group: 'Roadmaps, history and view',
    keys: [
      ['Mod + N', 'New roadmap'],
      ['Mod + O', 'Import a roadmap file'],
      ['Mod + E', 'Export the roadmap'],
      ['Mod + Z', 'Undo'],
      ['Mod + Shift + Z', 'Redo'],
      ['Mod + wheel / pinch', 'Zoom'],
      ['+ / −', 'Zoom in / out'],
      ['F', 'Fit the roadmap'],
      ['T', 'Go to today'],
      ['F5', 'Present full screen (Esc leaves full screen, then present mode)'],
      ['Wheel, or drag the time axis', 'Pan'],
      ['?', 'This sheet'],
    ],
  },
]
