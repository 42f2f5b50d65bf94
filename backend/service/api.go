package service

import (
	"tandem/backend/analysis"
	"tandem/backend/formats"
	"tandem/backend/model"
)

// API is everything the UI can call: the desktop binds exactly these
// methods (App in app.go implements API, one guarded line each) and serve
// mode answers POST /api/<Method> for exactly these (backend/server
// reflects over this interface, not over Service), so a method exported
// on Service for another reason never becomes callable. Every method
// answers its result or an *Error (code, message, problems, cycle).
//
// docs/contracts.md lists this interface; a test keeps the two equal.
type API interface {
	// Roadmaps
	ListRoadmaps() ([]RoadmapInfo, error)
	StartupRoadmap() (*Snapshot, error) // the last opened; the sample on first run
	OpenRoadmap(id string) (*Snapshot, error)
	CreateRoadmap(name string) (*Snapshot, error)
	RenameRoadmap(id, name string) (*Snapshot, error)
	DeleteRoadmap(id string) error
	ImportRoadmap(name, fileName, content string) (*Snapshot, error) // content: the file's text; fileName tells the format
	ExportRoadmap(id, format string) (string, error)                 // text formats, the whole roadmap
	ExportFormatList() ([]ExportFormat, error)                       // every registered writer, in order
	ExportRoadmapFile(roadmapID, format string, opts formats.ExportOptions) (*ExportedFile, error)

	// Edits: each is one undo step and answers the new snapshot (a delta of it on the wire)
	AddLane(roadmapID string, lane model.Lane) (*Snapshot, error)
	UpdateLane(roadmapID string, lane model.Lane) (*Snapshot, error)
	MoveLane(roadmapID, laneID string, index int) (*Snapshot, error)
	DeleteLane(roadmapID, laneID, moveEffortsTo string) (*Snapshot, error) // "" deletes its efforts
	AddEffort(roadmapID string, e model.Effort) (*Snapshot, error)
	UpdateEffort(roadmapID string, e model.Effort) (*Snapshot, error)
	UpdateEfforts(roadmapID string, list []model.Effort) (*Snapshot, error)
	SetEffortStatus(roadmapID, effortID, status, blockedBy string) (*Snapshot, error) // records an event
	DeleteEffort(roadmapID, effortID string) (*Snapshot, error)                       // with its dependencies, links, events
	DeleteEfforts(roadmapID string, effortIDs []string) (*Snapshot, error)
	AddSurface(roadmapID string, v model.Surface) (*Snapshot, error)
	UpdateSurface(roadmapID string, v model.Surface) (*Snapshot, error)
	DeleteSurface(roadmapID, surfaceID string) (*Snapshot, error) // and its touches
	AddMetric(roadmapID string, v model.Metric) (*Snapshot, error)
	UpdateMetric(roadmapID string, v model.Metric) (*Snapshot, error)
	DeleteMetric(roadmapID, metricID string) (*Snapshot, error) // and its moves
	AddDependency(roadmapID string, d model.Dependency) (*Snapshot, error)
	UpdateDependency(roadmapID string, d model.Dependency) (*Snapshot, error)
	DeleteDependency(roadmapID, from, to string) (*Snapshot, error)
	AddLink(roadmapID string, l model.Link) (*Snapshot, error)
	DeleteLink(roadmapID, a, b string) (*Snapshot, error)
	Undo(id string) (*Snapshot, error)
	Redo(id string) (*Snapshot, error)

	// Coordination
	ConflictBoard(roadmapID string) (*Board, error)                                  // every conflict with its board status
	PreviewDecision(roadmapID string, req DecisionRequest) (*DecisionPreview, error) // the analysis on a copy; changes nothing
	Decide(roadmapID string, req DecisionRequest) (*Snapshot, error)                 // action + record, one undo step
	AddDecision(roadmapID string, d model.Decision) (*Snapshot, error)               // a record by hand, no action
	Integrate(roadmapID string, req IntegrateRequest) (*Snapshot, error)             // link + optional dependency + decision
	CoordinationReport(roadmapID string) (*analysis.Measures, error)                 // debt, trust ledger, metric uses

	// Snapshots, rituals and the agenda
	TakeSnapshot(roadmapID, name string) (*Snapshot, error) // freezes the whole roadmap; "" name: "Snapshot DATE"
	DeleteSnapshot(roadmapID, snapshotID string) (*Snapshot, error)
	SnapshotView(roadmapID, snapshotID string) (*FrozenView, error) // a snapshot's roadmap, analysis and layout
	AddRitual(roadmapID string, r model.Ritual) (*Snapshot, error)
	UpdateRitual(roadmapID string, r model.Ritual) (*Snapshot, error)
	DeleteRitual(roadmapID, ritualID string) (*Snapshot, error)
	Agenda(roadmapID, ritualID, sinceSnapshotID, asOf string) (*AgendaReport, error) // "" = whole roadmap / latest snapshot / asOf; changes nothing
}

var _ API = (*Service)(nil)
