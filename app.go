package main

import (
	"context"
	"encoding/json"

	"tandem/backend/analysis"
	"tandem/backend/formats"
	"tandem/backend/model"
	"tandem/backend/service"
)

// App is what the desktop window's UI can call. Each method is one call into
// the service with the same name and signature (a test holds them equal);
// errors cross as the JSON of a service.Error, since Wails rejects the UI's
// promise with the error's text.
type App struct {
	ctx context.Context
	svc *service.Service
}

// NewApp returns the App over svc.
func NewApp(svc *service.Service) *App { return &App{svc: svc} }

// startup keeps the Wails context for runtime calls (dialogs, menus).
func (a *App) startup(ctx context.Context) { a.ctx = ctx }

// boundaryError is an error whose text is the JSON of a service.Error.
type boundaryError struct{ e *service.Error }

func (b boundaryError) Error() string {
	out, _ := json.Marshal(b.e)
	return string(out)
}

// wrap passes v through and turns err into a boundaryError.
func wrap[T any](v T, err error) (T, error) {
	if err != nil {
		return v, boundaryError{service.AsError(err)}
	}
	return v, nil
}

// wrapErr turns err into a boundaryError.
func wrapErr(err error) error {
	_, err = wrap(struct{}{}, err)
	return err
}

func (a *App) ListRoadmaps() ([]service.RoadmapInfo, error) { return wrap(a.svc.ListRoadmaps()) }
func (a *App) StartupRoadmap() (*service.Snapshot, error)   { return wrap(a.svc.StartupRoadmap()) }
func (a *App) OpenRoadmap(id string) (*service.Snapshot, error) {
	return wrap(a.svc.OpenRoadmap(id))
}
func (a *App) CreateRoadmap(name string) (*service.Snapshot, error) {
	return wrap(a.svc.CreateRoadmap(name))
}
func (a *App) RenameRoadmap(id, name string) (*service.Snapshot, error) {
	return wrap(a.svc.RenameRoadmap(id, name))
}
func (a *App) DeleteRoadmap(id string) error { return wrapErr(a.svc.DeleteRoadmap(id)) }

func (a *App) AddLane(roadmapID string, v model.Lane) (*service.Snapshot, error) {
	return wrap(a.svc.AddLane(roadmapID, v))
}
func (a *App) UpdateLane(roadmapID string, v model.Lane) (*service.Snapshot, error) {
	return wrap(a.svc.UpdateLane(roadmapID, v))
}
func (a *App) MoveLane(roadmapID, laneID string, index int) (*service.Snapshot, error) {
	return wrap(a.svc.MoveLane(roadmapID, laneID, index))
}
func (a *App) DeleteLane(roadmapID, laneID, moveEffortsTo string) (*service.Snapshot, error) {
	return wrap(a.svc.DeleteLane(roadmapID, laneID, moveEffortsTo))
}
func (a *App) AddEffort(roadmapID string, v model.Effort) (*service.Snapshot, error) {
	return wrap(a.svc.AddEffort(roadmapID, v))
}
func (a *App) UpdateEffort(roadmapID string, v model.Effort) (*service.Snapshot, error) {
	return wrap(a.svc.UpdateEffort(roadmapID, v))
}
func (a *App) UpdateEfforts(roadmapID string, list []model.Effort) (*service.Snapshot, error) {
	return wrap(a.svc.UpdateEfforts(roadmapID, list))
}
func (a *App) SetEffortStatus(roadmapID, effortID, status, blockedBy string) (*service.Snapshot, error) {
	return wrap(a.svc.SetEffortStatus(roadmapID, effortID, status, blockedBy))
}
func (a *App) DeleteEfforts(roadmapID string, effortIDs []string) (*service.Snapshot, error) {
	return wrap(a.svc.DeleteEfforts(roadmapID, effortIDs))
}
func (a *App) DeleteEffort(roadmapID, effortID string) (*service.Snapshot, error) {
	return wrap(a.svc.DeleteEffort(roadmapID, effortID))
}
func (a *App) AddSurface(roadmapID string, v model.Surface) (*service.Snapshot, error) {
	return wrap(a.svc.AddSurface(roadmapID, v))
}
func (a *App) UpdateSurface(roadmapID string, v model.Surface) (*service.Snapshot, error) {
	return wrap(a.svc.UpdateSurface(roadmapID, v))
}
func (a *App) DeleteSurface(roadmapID, surfaceID string) (*service.Snapshot, error) {
	return wrap(a.svc.DeleteSurface(roadmapID, surfaceID))
}
func (a *App) AddMetric(roadmapID string, v model.Metric) (*service.Snapshot, error) {
	return wrap(a.svc.AddMetric(roadmapID, v))
}
func (a *App) UpdateMetric(roadmapID string, v model.Metric) (*service.Snapshot, error) {
	return wrap(a.svc.UpdateMetric(roadmapID, v))
}
func (a *App) DeleteMetric(roadmapID, metricID string) (*service.Snapshot, error) {
	return wrap(a.svc.DeleteMetric(roadmapID, metricID))
}
func (a *App) AddDependency(roadmapID string, d model.Dependency) (*service.Snapshot, error) {
	return wrap(a.svc.AddDependency(roadmapID, d))
}
func (a *App) UpdateDependency(roadmapID string, d model.Dependency) (*service.Snapshot, error) {
	return wrap(a.svc.UpdateDependency(roadmapID, d))
}
func (a *App) DeleteDependency(roadmapID, from, to string) (*service.Snapshot, error) {
	return wrap(a.svc.DeleteDependency(roadmapID, from, to))
}
func (a *App) AddLink(roadmapID string, l model.Link) (*service.Snapshot, error) {
	return wrap(a.svc.AddLink(roadmapID, l))
}
func (a *App) Integrate(roadmapID string, req service.IntegrateRequest) (*service.Snapshot, error) {
	return wrap(a.svc.Integrate(roadmapID, req))
}
func (a *App) CoordinationReport(roadmapID string) (*analysis.Measures, error) {
	return wrap(a.svc.CoordinationReport(roadmapID))
}
func (a *App) DeleteLink(roadmapID, x, y string) (*service.Snapshot, error) {
	return wrap(a.svc.DeleteLink(roadmapID, x, y))
}
func (a *App) TakeSnapshot(roadmapID, name string) (*service.Snapshot, error) {
	return wrap(a.svc.TakeSnapshot(roadmapID, name))
}
func (a *App) DeleteSnapshot(roadmapID, snapshotID string) (*service.Snapshot, error) {
	return wrap(a.svc.DeleteSnapshot(roadmapID, snapshotID))
}
func (a *App) AddRitual(roadmapID string, r model.Ritual) (*service.Snapshot, error) {
	return wrap(a.svc.AddRitual(roadmapID, r))
}
func (a *App) UpdateRitual(roadmapID string, r model.Ritual) (*service.Snapshot, error) {
	return wrap(a.svc.UpdateRitual(roadmapID, r))
}
func (a *App) DeleteRitual(roadmapID, ritualID string) (*service.Snapshot, error) {
	return wrap(a.svc.DeleteRitual(roadmapID, ritualID))
}
func (a *App) Agenda(roadmapID, ritualID, sinceSnapshotID, asOf string) (*service.AgendaReport, error) {
	return wrap(a.svc.Agenda(roadmapID, ritualID, sinceSnapshotID, asOf))
}
func (a *App) Undo(roadmapID string) (*service.Snapshot, error) { return wrap(a.svc.Undo(roadmapID)) }
func (a *App) Redo(roadmapID string) (*service.Snapshot, error) { return wrap(a.svc.Redo(roadmapID)) }
func (a *App) ImportRoadmap(name, fileName, content string) (*service.Snapshot, error) {
	return wrap(a.svc.ImportRoadmap(name, fileName, content))
}
func (a *App) ExportRoadmap(roadmapID, format string) (string, error) {
	return wrap(a.svc.ExportRoadmap(roadmapID, format))
}
func (a *App) ExportRoadmapFile(roadmapID, format string, opts formats.ExportOptions) (*service.ExportedFile, error) {
	return wrap(a.svc.ExportRoadmapFile(roadmapID, format, opts))
}
func (a *App) SnapshotView(roadmapID, snapshotID string) (*service.FrozenView, error) {
	return wrap(a.svc.SnapshotView(roadmapID, snapshotID))
}
func (a *App) ExportFormatList() ([]service.ExportFormat, error) {
	return wrap(a.svc.ExportFormatList())
}

func (a *App) ConflictBoard(roadmapID string) (*service.Board, error) {
	return wrap(a.svc.ConflictBoard(roadmapID))
}
func (a *App) PreviewDecision(roadmapID string, req service.DecisionRequest) (*service.DecisionPreview, error) {
	return wrap(a.svc.PreviewDecision(roadmapID, req))
}
func (a *App) Decide(roadmapID string, req service.DecisionRequest) (*service.Snapshot, error) {
	return wrap(a.svc.Decide(roadmapID, req))
}
func (a *App) AddDecision(roadmapID string, d model.Decision) (*service.Snapshot, error) {
	return wrap(a.svc.AddDecision(roadmapID, d))
}
