package main

import (
	"context"

	"tandem/backend/analysis"
	"tandem/backend/formats"
	"tandem/backend/model"
	"tandem/backend/service"
)

// App is what the desktop window's UI can call. Each method is one call into
// the service with the same name and signature (a test holds them equal);
// errors cross as a service.Error object (errorFormatter).
type App struct {
	ctx context.Context
	svc *service.Service
}

var _ service.API = (*App)(nil)

// NewApp returns the App over svc.
func NewApp(svc *service.Service) *App { return &App{svc: svc} }

// startup keeps the Wails context for runtime calls (dialogs, menus).
func (a *App) startup(ctx context.Context) { a.ctx = ctx }

// wrap passes v through and turns err into a *service.Error, which Wails
// hands to errorFormatter.
func wrap[T any](v T, err error) (T, error) {
	if err != nil {
		return v, service.AsError(err)
	}
	return v, nil
}

// guard turns a panic in a bound method into an internal error for the UI
// (deferred first thing in every method): Wails would log it and leave the
// UI's promise unsettled, and every later edit would wait behind it.
func guard(err *error) {
	if p := recover(); p != nil {
		*err = service.Recovered(p)
	}
}

// wrapErr turns err into a *service.Error.
func wrapErr(err error) error {
	_, err = wrap(struct{}{}, err)
	return err
}

// errorFormatter is what Wails rejects the UI's promise with when a bound
// method fails: the service.Error as an object (code, message, problems,
// cycle), the same JSON that serve mode answers with.
func errorFormatter(err error) any { return service.AsError(err) }

func (a *App) ListRoadmaps() (_ []service.RoadmapInfo, err error) {
	defer guard(&err)
	return wrap(a.svc.ListRoadmaps())
}
func (a *App) StartupRoadmap() (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.StartupRoadmap())
}
func (a *App) OpenRoadmap(id string) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.OpenRoadmap(id))
}
func (a *App) CreateRoadmap(name string) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.CreateRoadmap(name))
}
func (a *App) RenameRoadmap(id, name string) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.RenameRoadmap(id, name))
}
func (a *App) DeleteRoadmap(id string) (err error) {
	defer guard(&err)
	return wrapErr(a.svc.DeleteRoadmap(id))
}

func (a *App) AddLane(roadmapID string, v model.Lane) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.AddLane(roadmapID, v))
}
func (a *App) UpdateLane(roadmapID string, v model.Lane) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.UpdateLane(roadmapID, v))
}
func (a *App) MoveLane(roadmapID, laneID string, index int) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.MoveLane(roadmapID, laneID, index))
}
func (a *App) DeleteLane(roadmapID, laneID, moveEffortsTo string) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.DeleteLane(roadmapID, laneID, moveEffortsTo))
}
func (a *App) AddEffort(roadmapID string, v model.Effort) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.AddEffort(roadmapID, v))
}
func (a *App) UpdateEffort(roadmapID string, v model.Effort) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.UpdateEffort(roadmapID, v))
}
func (a *App) UpdateEfforts(roadmapID string, list []model.Effort) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.UpdateEfforts(roadmapID, list))
}
func (a *App) SetEffortStatus(roadmapID, effortID, status, blockedBy string) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.SetEffortStatus(roadmapID, effortID, status, blockedBy))
}
func (a *App) DeleteEfforts(roadmapID string, effortIDs []string) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.DeleteEfforts(roadmapID, effortIDs))
}
func (a *App) DeleteEffort(roadmapID, effortID string) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.DeleteEffort(roadmapID, effortID))
}
func (a *App) AddSurface(roadmapID string, v model.Surface) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.AddSurface(roadmapID, v))
}
func (a *App) UpdateSurface(roadmapID string, v model.Surface) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.UpdateSurface(roadmapID, v))
}
func (a *App) DeleteSurface(roadmapID, surfaceID string) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.DeleteSurface(roadmapID, surfaceID))
}
func (a *App) AddMetric(roadmapID string, v model.Metric) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.AddMetric(roadmapID, v))
}
func (a *App) UpdateMetric(roadmapID string, v model.Metric) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.UpdateMetric(roadmapID, v))
}
func (a *App) DeleteMetric(roadmapID, metricID string) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.DeleteMetric(roadmapID, metricID))
}
func (a *App) AddDependency(roadmapID string, d model.Dependency) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.AddDependency(roadmapID, d))
}
func (a *App) UpdateDependency(roadmapID string, d model.Dependency) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.UpdateDependency(roadmapID, d))
}
func (a *App) DeleteDependency(roadmapID, from, to string) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.DeleteDependency(roadmapID, from, to))
}
func (a *App) AddLink(roadmapID string, l model.Link) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.AddLink(roadmapID, l))
}
func (a *App) Integrate(roadmapID string, req service.IntegrateRequest) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.Integrate(roadmapID, req))
}
func (a *App) CoordinationReport(roadmapID string) (_ *analysis.Measures, err error) {
	defer guard(&err)
	return wrap(a.svc.CoordinationReport(roadmapID))
}
func (a *App) DeleteLink(roadmapID, x, y string) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.DeleteLink(roadmapID, x, y))
}
func (a *App) TakeSnapshot(roadmapID, name string) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.TakeSnapshot(roadmapID, name))
}
func (a *App) DeleteSnapshot(roadmapID, snapshotID string) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.DeleteSnapshot(roadmapID, snapshotID))
}
func (a *App) AddRitual(roadmapID string, r model.Ritual) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.AddRitual(roadmapID, r))
}
func (a *App) UpdateRitual(roadmapID string, r model.Ritual) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.UpdateRitual(roadmapID, r))
}
func (a *App) DeleteRitual(roadmapID, ritualID string) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.DeleteRitual(roadmapID, ritualID))
}
func (a *App) Agenda(roadmapID, ritualID, sinceSnapshotID, asOf string) (_ *service.AgendaReport, err error) {
	defer guard(&err)
	return wrap(a.svc.Agenda(roadmapID, ritualID, sinceSnapshotID, asOf))
}
func (a *App) Undo(roadmapID string) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.Undo(roadmapID))
}
func (a *App) Redo(roadmapID string) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.Redo(roadmapID))
}
func (a *App) ImportRoadmap(name, fileName, content string) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.ImportRoadmap(name, fileName, content))
}
func (a *App) ExportRoadmap(roadmapID, format string) (_ string, err error) {
	defer guard(&err)
	return wrap(a.svc.ExportRoadmap(roadmapID, format))
}
func (a *App) ExportRoadmapFile(roadmapID, format string, opts formats.ExportOptions) (_ *service.ExportedFile, err error) {
	defer guard(&err)
	return wrap(a.svc.ExportRoadmapFile(roadmapID, format, opts))
}
func (a *App) SnapshotView(roadmapID, snapshotID string) (_ *service.FrozenView, err error) {
	defer guard(&err)
	return wrap(a.svc.SnapshotView(roadmapID, snapshotID))
}
func (a *App) ExportFormatList() (_ []service.ExportFormat, err error) {
	defer guard(&err)
	return wrap(a.svc.ExportFormatList())
}

func (a *App) ConflictBoard(roadmapID string) (_ *service.Board, err error) {
	defer guard(&err)
	return wrap(a.svc.ConflictBoard(roadmapID))
}
func (a *App) PreviewDecision(roadmapID string, req service.DecisionRequest) (_ *service.DecisionPreview, err error) {
	defer guard(&err)
	return wrap(a.svc.PreviewDecision(roadmapID, req))
}
func (a *App) Decide(roadmapID string, req service.DecisionRequest) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.Decide(roadmapID, req))
}
func (a *App) AddDecision(roadmapID string, d model.Decision) (_ *service.Snapshot, err error) {
	defer guard(&err)
	return wrap(a.svc.AddDecision(roadmapID, d))
}
