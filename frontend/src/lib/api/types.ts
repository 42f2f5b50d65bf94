/**
 * The typed backend surface. It is derived from the Wails-generated bindings
 * (frontend/wailsjs, generated from the Go `App`), never written by hand, so
 * that the Wails and HTTP transports cannot drift from the Go methods.
 */
import type { agenda, analysis, formats, layout, model, service } from '../../../wailsjs/go/models'

/** Api is every method of the Go App, as the generated bindings declare it. */
export type Api = typeof import('../../../wailsjs/go/main/App')

/** Method is the name of one backend method. */
export type Method = keyof Api & string

/**
 * Plain strips the methods (`convertValues`) the generated model classes
 * carry: values that arrive as JSON are plain objects with the same fields.
 */
export type Plain<T> = T extends readonly (infer E)[]
  ? Plain<E>[]
  : T extends object
    ? { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: Plain<T[K]> }
    : T

type PlainFn<F> = F extends (...args: infer A) => Promise<infer R>
  ? (...args: { [I in keyof A]: Plain<A[I]> }) => Promise<Plain<R>>
  : never

/**
 * Backend is Api over plain data: the same methods, arguments and results as
 * the bindings, minus the model classes' methods. Both transports send and
 * receive JSON, so plain objects are what actually travels; this is the type
 * the UI codes against.
 */
export type Backend = { [K in keyof Api]: PlainFn<Api[K]> }

export type Roadmap = Plain<model.Roadmap>
export type Lane = Plain<model.Lane>
export type Effort = Plain<model.Effort>
export type Dependency = Plain<model.Dependency>
export type RoadmapInfo = Plain<service.RoadmapInfo>
export type Snapshot = Plain<service.Snapshot>
export type Surface = Plain<model.Surface>
export type Metric = Plain<model.Metric>
export type Analysis = Plain<analysis.Result>
export type Scheduled = Plain<analysis.Scheduled>
export type Conflict = Plain<analysis.Conflict>
export type Opportunity = Plain<analysis.Opportunity>
export type Touch = Plain<model.Touch>
export type Move = Plain<model.Move>
export type Ritual = Plain<model.Ritual>
/** SnapshotInfo is a named, frozen snapshot of the roadmap as the UI gets it (snapshot.snapshots). */
export type SnapshotInfo = Plain<service.SnapshotInfo>
export type AgendaReport = Plain<service.AgendaReport>
export type Agenda = Plain<agenda.Agenda>
export type AgendaConflict = Plain<agenda.ConflictItem>
export type EffortRef = Plain<agenda.EffortRef>
/** PackedLayout is the backend's lane packing (snapshot.layout): rows per lane, row per drawn effort. */
export type PackedLayout = Plain<layout.Layout>
/** ExportOptions narrows an export: lanes, a time window, the PDF paper. */
export type ExportOptions = Plain<formats.ExportOptions>
/** ExportFormat is one export format the backend writes (ExportFormatList). */
export type ExportFormat = Plain<service.ExportFormat>
export type Decision = Plain<model.Decision>
export type DecisionRequest = Plain<service.DecisionRequest>
export type DecisionPreview = Plain<service.DecisionPreview>
export type Board = Plain<service.Board>
export type BoardRow = Plain<service.BoardRow>
