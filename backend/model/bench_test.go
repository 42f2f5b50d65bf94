package model_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"tandem/backend/model"
	"tandem/backend/model/modeltest"
)

// benchEfforts is the size of the roadmap the benchmarks read and write.
const benchEfforts = 10_000

func benchFile(b *testing.B) (*model.Roadmap, []byte) {
	b.Helper()
	r := modeltest.Generate(benchEfforts, 42)
	data, err := r.Marshal()
	if err != nil {
		b.Fatal(err)
	}
	return r, data
}

func BenchmarkParse(b *testing.B) {
	_, data := benchFile(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := model.Parse(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarshal(b *testing.B) {
	r, data := benchFile(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Marshal(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkValidate(b *testing.B) {
	r, _ := benchFile(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := r.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkClone(b *testing.B) {
	r, _ := benchFile(b)
	b.ReportAllocs()
	for b.Loop() {
		r.Clone()
	}
}

// plain* mirror the model without its JSON methods: the baseline of what
// encoding/json does with reflection (and without keeping unknown keys).
type (
	plainRoadmap struct {
		Format       string            `json:"format"`
		Version      int               `json:"version"`
		Name         string            `json:"name"`
		Start        string            `json:"start,omitempty"`
		AsOf         string            `json:"asOf,omitempty"`
		Calendar     *plainCalendar    `json:"calendar,omitempty"`
		Lanes        []plainEntity     `json:"lanes"`
		Surfaces     []plainEntity     `json:"surfaces"`
		Metrics      []plainEntity     `json:"metrics"`
		Efforts      []plainEffort     `json:"efforts"`
		Dependencies []plainDependency `json:"dependencies"`
		Links        []plainLink       `json:"links"`
		Decisions    []plainDecision   `json:"decisions"`
		Rituals      []plainEntity     `json:"rituals"`
		Events       []plainEvent      `json:"events"`
	}
	plainCalendar struct {
		Workdays []string `json:"workdays"`
		Holidays []string `json:"holidays,omitempty"`
	}
	plainEntity struct {
		ID, Name, Color, Kind, Unit, Cadence, Weekday string
	}
	plainEffort struct {
		ID           string       `json:"id"`
		Lane         string       `json:"lane"`
		Title        string       `json:"title"`
		Start        string       `json:"start,omitempty"`
		End          string       `json:"end,omitempty"`
		DurationDays *int         `json:"durationDays,omitempty"`
		Status       string       `json:"status,omitempty"`
		Owner        string       `json:"owner,omitempty"`
		Notes        string       `json:"notes,omitempty"`
		Touches      []model.Move `json:"touches,omitempty"` // same shape as a touch for this purpose
		Moves        []model.Move `json:"moves,omitempty"`
	}
	plainDependency struct {
		From    string `json:"from"`
		To      string `json:"to"`
		Type    string `json:"type,omitempty"`
		LagDays int    `json:"lagDays"`
	}
	plainLink struct {
		A, B, Kind, Note string
	}
	plainDecision struct {
		ID, Date, Kind       string
		Efforts              []string
		Title, Rationale, By string
	}
	plainEvent struct {
		Effort, Date, Status, BlockedBy string
	}
)

// BenchmarkParseStdlib is encoding/json decoding the same file into plain
// structs: the baseline for BenchmarkParse.
func BenchmarkParseStdlib(b *testing.B) {
	_, data := benchFile(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var p plainRoadmap
		if err := json.Unmarshal(data, &p); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMarshalStdlib is json.MarshalIndent of the plain structs: the
// baseline for BenchmarkMarshal.
func BenchmarkMarshalStdlib(b *testing.B) {
	_, data := benchFile(b)
	var p plainRoadmap
	if err := json.Unmarshal(data, &p); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := json.MarshalIndent(&p, "", "  "); err != nil {
			b.Fatal(err)
		}
	}
}

// TestParseGenerated is the benchmark's input read back: the generator's
// roadmap survives a round trip.
func TestParseGenerated(t *testing.T) {
	r := modeltest.Generate(3000, 7)
	data, err := r.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	back, err := model.Load(data)
	if err != nil {
		t.Fatal(err)
	}
	again, err := back.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, again) {
		t.Errorf("write -> read -> write changed the bytes")
	}
}
