/**
 * ExportChoice is the export dialog's state: the format (one the backend
 * writes, ExportFormatList), the lanes and time window (ScopeChoice), and
 * the PDF paper; `options` is what ExportRoadmapFile gets.
 */
import type { ExportFormat, ExportOptions } from '../api'
import { ScopeChoice } from './scope.svelte'

export type Paper = 'a4' | 'letter'

/**
 * formatLabel is a format's name in the dialog: its label, with its
 * extension when the label neither names it nor already says what it is in
 * brackets ("Roadmap file (.tandem)", "PDF", "Briefing (Markdown)").
 */
export function formatLabel(f: ExportFormat): string {
  const named = f.label.includes('(') || f.label.toUpperCase().includes(f.ext.slice(1).toUpperCase())
  return named ? f.label : `${f.label} (${f.ext})`
}

export class ExportChoice {
  format = $state('')
  paper = $state<Paper>('a4')
  readonly scope: ScopeChoice
  readonly formats: readonly ExportFormat[]

  /** formats: what the backend writes (the first is chosen); lanes: every lane id in order; now: presets' day. */
  constructor(formats: readonly ExportFormat[], lanes: readonly string[], now: Date) {
    this.formats = formats
    this.format = formats[0]?.format ?? ''
    this.scope = new ScopeChoice(lanes, now)
  }

  /**
   * scoped says whether the chosen format shows only the chosen lanes and
   * window (the backend says which do: the drawn and read ones; the others
   * always hold every effort).
   */
  get scoped(): boolean {
    return this.formats.some((f) => f.format === this.format && f.scoped)
  }

  get showsPaper(): boolean {
    return this.format === 'pdf'
  }

  /** problem says why nothing can be exported yet ('' when it can). */
  get problem(): string {
    if (!this.formats.some((f) => f.format === this.format)) return 'Choose a format.'
    return this.scoped ? this.scope.problem : ''
  }

  /** options are the ExportOptions of the choice: lanes only when some are left out, the window when not whole, paper for PDF. */
  get options(): ExportOptions {
    const out: ExportOptions = {}
    if (!this.scoped) return out
    const { lanes, allLanes, window } = this.scope
    if (lanes.length < allLanes.length) out.lanes = [...lanes]
    if (window) Object.assign(out, window)
    if (this.showsPaper) out.paper = this.paper
    return out
  }
}
