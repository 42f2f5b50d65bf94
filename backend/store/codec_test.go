package store

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"tandem/backend/model"
)

// TestCodecCoversModelFields fails when a model type gains or loses a
// field: the stored encoding (codec_entities.go) must then be updated, with a
// schema migration for stores already written.
func TestCodecCoversModelFields(t *testing.T) {
	tests := []struct {
		v      any
		fields string
	}{
		{model.Roadmap{}, "Format Version Name Start AsOf Calendar Lanes Surfaces Metrics Efforts Dependencies Links Decisions Rituals Events Snapshots Extra"},
		{model.Calendar{}, "Workdays Holidays Extra"},
		{model.Lane{}, "ID Name Color Extra"},
		{model.Surface{}, "ID Name Kind Extra"},
		{model.Metric{}, "ID Name Unit Extra"},
		{model.Effort{}, "ID Lane Title Start End DurationDays Status Owner Notes Touches Moves Extra"},
		{model.Touch{}, "Surface Mode"},
		{model.Move{}, "Metric Direction"},
		{model.Dependency{}, "From To Type LagDays Extra"},
		{model.Link{}, "A B Kind Note Extra"},
		{model.Decision{}, "ID Date Kind Efforts Title Rationale By Supersedes Conflict Window Removed Revisit Reason Trigger Extra"},
		{model.ConflictWindow{}, "Severity From To Days Extra"},
		{model.Ritual{}, "ID Name Cadence Weekday Lanes Extra"},
		{model.Event{}, "Effort Date Status BlockedBy Extra"},
		{model.Snapshot{}, "ID Name Date Hash Roadmap Extra"},
	}
	for _, tt := range tests {
		typ := reflect.TypeOf(tt.v)
		var got []string
		for i := range typ.NumField() {
			got = append(got, typ.Field(i).Name)
		}
		if strings.Join(got, " ") != tt.fields {
			t.Errorf("model.%s fields are %v; the store encodes %q: update codec_entities.go and the schema",
				typ.Name(), got, tt.fields)
		}
	}
}

// TestCorruptValuesFailCleanly decodes every truncation of every stored
// value of the sample: each must be an error, never a panic or a silent success.
func TestCorruptValuesFailCleanly(t *testing.T) {
	l := newLoader(&header{})
	err := eachEntity(sample(), func(v any) error {
		k, _, enc, _ := entityOf(v)
		e := encoder{}
		e.uvarint(3)
		enc(&e)
		if err := l.add([]byte(k), e.b); err != nil {
			t.Fatalf("%s: intact value: %v", k, err)
		}
		for n := range len(e.b) {
			if err := l.add([]byte(k), e.b[:n]); err == nil {
				t.Errorf("%s: value cut to %d of %d bytes decoded without error", k, n, len(e.b))
			}
		}
		if err := l.add([]byte(k), append(slices.Clip(e.b), 0)); err == nil {
			t.Errorf("%s: trailing byte accepted", k)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	st := step{label: "x", images: []image{{kind: KindLane, key: "a", before: nil, after: []byte{1, 2}}}}
	b := st.encode()
	for n := range len(b) {
		if _, err := decodeStep(b[:n]); err == nil {
			t.Errorf("step cut to %d bytes decoded", n)
		}
	}
	if got, err := decodeStep(b); err != nil || !reflect.DeepEqual(got, st) {
		t.Fatalf("step round trip = %+v, %v", got, err)
	}
}
