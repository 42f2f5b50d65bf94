package service

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"tandem/backend/formats"
	"tandem/backend/sample"
)

// sampleCSV is the sample roadmap as the CSV export writes it.
func sampleCSV(t *testing.T) []byte {
	t.Helper()
	b, err := ExportFile(sample.Bytes(), "sample.tandem", "csv", formats.ExportOptions{}, time.Date(2027, 6, 30, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// writeFile writes data to a new file named name and returns its path.
func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestImportCSVStreams: a CSV file goes to the store as it is read, and
// what is stored is what the whole reading stores: the same roadmap, with
// its lists in order.
func TestImportCSVStreams(t *testing.T) {
	data := sampleCSV(t)
	svc, _ := newTestService(t)
	info, ok := ImportCSVFile(svc, "", writeFile(t, "plan.csv", data))
	if !ok {
		t.Fatal("the sample's CSV was not streamed")
	}
	got, err := svc.store.Load(info.ID)
	if err != nil {
		t.Fatal(err)
	}
	r, err := readImport("", "plan.csv", data)
	if err != nil {
		t.Fatal(err)
	}
	whole, err := svc.store.Create(r.Name, r)
	if err != nil {
		t.Fatal(err)
	}
	want, err := svc.store.Load(whole.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("streamed\n%+v\nwhole\n%+v", got, want)
	}
	if info.Name != "plan" || info.Efforts != len(want.Efforts) || info.Lanes != len(want.Lanes) {
		t.Fatalf("info %+v", info)
	}
	// Named by the caller; nothing else is left in the store.
	before, _ := svc.store.List()
	if info, ok := ImportCSVFile(svc, "Named", writeFile(t, "plan.csv", data)); !ok || info.Name != "Named" {
		t.Fatalf("ImportCSVFile = %+v, %v", info, ok)
	}
	if after, _ := svc.store.List(); len(after) != len(before)+1 {
		t.Fatalf("%d roadmaps after one more import, want %d", len(after), len(before)+1)
	}
}

// TestImportCSVStreamFallsBack: a file that may have a problem leaves
// nothing in the store and is read whole, which words the problem as
// ImportFile always did (or imports the file, when it has none).
func TestImportCSVStreamFallsBack(t *testing.T) {
	const h = "id,lane,durationDays,start,dependsOn\n"
	tests := []struct {
		name, data, want string
	}{
		{"a bad row", h + "a,x,1\nb,,1\n", "row 3, column lane: missing"},
		{"a lag past the limit", h + "a,x,1\nb,x,1,,a:FS+36601\n", "lagDays: 36601 is over the limit"},
		{"a cycle", h + "a,x,1,,b\nb,x,1,,a\n", "row 2, column dependsOn: dependency cycle: a -> b -> a"},
		{"past 9999", h + "a,x,36600,9950-01-01\n", `efforts[0] (id "a"): scheduled to end on`},
		{"a .tandem file", string(sample.Bytes()), ""},
		{"no such file", "", "no such file"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			svc, _ := newTestService(t)
			fileName := "f.csv"
			if tc.want == "" {
				fileName = "f.tandem"
			}
			path := writeFile(t, fileName, []byte(tc.data))
			if tc.name == "no such file" {
				path += ".gone.csv"
			}
			if _, ok := ImportCSVFile(svc, "", path); ok {
				t.Fatal("streamed")
			}
			if list, err := svc.store.List(); err != nil || len(list) != 0 {
				t.Fatalf("the store holds %+v, %v", list, err)
			}
			if tc.name == "no such file" {
				return // the caller's own reading of it fails
			}
			_, err := ImportFile(svc, "", fileName, []byte(tc.data))
			switch {
			case tc.want == "" && err != nil:
				t.Fatal(err)
			case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
				t.Fatalf("ImportFile: %v, want %q", err, tc.want)
			}
		})
	}
}
