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
/** Delta is what an edit changed since the snapshot of revision `base` (an edit reply's `delta`; see delta.ts). */
export type Delta = Plain<service.Delta>
export type Patch = Plain<service.Patch>
export type ListPatch = Plain<service.ListPatch>
export type MapPatch = Plain<service.MapPatch>
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
export type RoadmapEvent = Plain<model.Event>
export type IntegrateRequest = Plain<service.IntegrateRequest>
/** Measures is the coordination report (CoordinationReport): debt, trust ledger, metric uses. */
export type Measures = Plain<analysis.Measures>
export type Debt = Plain<analysis.Debt>
export type LaneDebt = Plain<analysis.LaneDebt>
export type WeekDebt = Plain<analysis.WeekDebt>
export type TrustPair = Plain<analysis.TrustPair>
export type MetricUse = Plain<analysis.MetricUse>
export type Mover = Plain<analysis.Mover>
