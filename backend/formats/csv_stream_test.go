package formats

import (
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"reflect"
	"strings"
	"testing"

	"tandem/backend/model"
)

// opener opens data as ScanCSV opens a file.
func opener(data []byte) func() (io.ReadCloser, error) {
	return func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil }
}

// collected is a CSVSink that keeps what it gets, checking the indexes.
type collected struct {
	efforts []model.Effort
	deps    []model.Dependency
	failAt  int // fail on this effort (1-based); 0: never
}

var errSink = errors.New("sink failed")

func (s *collected) Effort(i int, e *model.Effort) error {
	if i != len(s.efforts) {
		return fmt.Errorf("effort index %d, want %d", i, len(s.efforts))
	}
	if s.failAt == i+1 {
		return errSink
	}
	s.efforts = append(s.efforts, *e)
	return nil
}

func (s *collected) Dependency(k int, d *model.Dependency) error {
	if k != len(s.deps) {
		return fmt.Errorf("dependency index %d, want %d", k, len(s.deps))
	}
	s.deps = append(s.deps, *d)
	return nil
}

// streamedCSV is a CSV file of n efforts with every kind of cell, and
// dependencies to earlier and later rows.
func streamedCSV(n int) string {
	var b strings.Builder
	b.WriteString("id,lane,title,start,end,durationDays,status,owner,dependsOn,changes,relies,moves,notes\n")
	statuses := []string{"", "active", "Done", "killed", "paused"}
	for i := range n {
		start, end, dur := "", "", fmt.Sprint(1+i%9)
		switch i % 4 {
		case 1:
			start = fmt.Sprintf("2027-%02d-%02d", 1+i%12, 1+i%28)
		case 2:
			start, end, dur = "2027-03-01", "2027-03-05", ""
		}
		idOf := func(i int) string {
			if i < 2 {
				return fmt.Sprintf("ns:x%d", i) // an id holding ':'
			}
			return fmt.Sprintf("e%d", i)
		}
		deps := ""
		if i > 0 {
			deps = idOf(i - 1)
		}
		if i > 3 && i%3 == 0 {
			deps += fmt.Sprintf(";%s:SS+2;%s", idOf(i-3), idOf(i%2))
		}
		if i >= 90 {
			deps = ""
		}
		if i >= 2 && i < 10 && i+90 < n {
			deps += fmt.Sprintf(";%s:FF-1", idOf(i+90)) // a later row
		}
		id := idOf(i)
		fmt.Fprintf(&b, "%s,lane %d,Effort %d,%s,%s,%s,%s,owner %d,%s,s%d;s%d,s%d,m%d+;m%d-,\"note, %d\"\n",
			id, i%3, i, start, end, dur, statuses[i%len(statuses)], i%5, deps, i%7, 7+i%5, 20+i%4, i%6, 6+i%3, i)
	}
	return b.String()
}

// TestScanCSVIsReadCSV: what ScanCSV sends and returns, chunk by chunk,
// is the roadmap ReadCSV reads.
func TestScanCSVIsReadCSV(t *testing.T) {
	was := csvChunk
	t.Cleanup(func() { csvChunk = was })
	inputs := map[string][]byte{"growth.csv": readTestdata(t, "csv/growth.csv"), "streamed.csv": []byte(streamedCSV(100))}
	for name, data := range inputs {
		for _, chunk := range []int{1, 7, 1000} {
			t.Run(fmt.Sprintf("%s by %d", name, chunk), func(t *testing.T) {
				csvChunk = chunk
				want, err := ReadCSV(data, name)
				if err != nil {
					t.Fatal(err)
				}
				var got collected
				scan, ok, err := ScanCSV(opener(data), name, &got)
				if err != nil || !ok {
					t.Fatalf("ScanCSV = %v, %v", ok, err)
				}
				if !scan.Schedule.Fits("2027-01-01") {
					t.Error("the schedule does not fit")
				}
				wantEqual(t, "counts", [2]int{scan.Efforts, scan.Dependencies}, [2]int{len(want.Efforts), len(want.Dependencies)})
				if !reflect.DeepEqual(got.efforts, want.Efforts) {
					t.Errorf("efforts\n got %+v\nwant %+v", got.efforts, want.Efforts)
				}
				if !reflect.DeepEqual(got.deps, want.Dependencies) {
					t.Errorf("dependencies\n got %+v\nwant %+v", got.deps, want.Dependencies)
				}
				rest := *want
				rest.Efforts, rest.Dependencies = []model.Effort{}, []model.Dependency{}
				if !reflect.DeepEqual(*scan.Roadmap, rest) {
					t.Errorf("roadmap\n got %+v\nwant %+v", *scan.Roadmap, rest)
				}
				b := &scan.Schedule
				if len(b.Flags) != len(want.Efforts) || len(b.From) != len(want.Dependencies) {
					t.Fatalf("bound of %d efforts and %d dependencies", len(b.Flags), len(b.From))
				}
				for k, d := range want.Dependencies {
					if want.Efforts[b.From[k]].ID != d.From || want.Efforts[b.To[k]].ID != d.To || int(b.Lag[k]) != d.LagDays {
						t.Fatalf("dependencies[%d] %+v: bound %d -> %d lag %d", k, d, b.From[k], b.To[k], b.Lag[k])
					}
				}
			})
		}
	}
}

// TestScanCSVRefusesWhatReadCSVRefuses: ScanCSV is not sure of a file
// ReadCSV refuses (but for a cycle, which the schedule's bound finds),
// including what only model.Validate finds in a roadmap read from CSV.
func TestScanCSVRefusesWhatReadCSVRefuses(t *testing.T) {
	cases := map[string]string{}
	for _, c := range csvErrorCases {
		cases[c.name] = c.data
	}
	cases["duration past the limit"] = csvHeader + "a,x,,,,36601\n"
	cases["lag past the limit"] = csvHeader + "a,x,,,,1\nb,x,,,,1,,,a:FS+36601\n"
	cases["negative lag past the limit"] = csvHeader + "a,x,,,,1\nb,x,,,,1,,,a:SS-36601\n"
	cases["long title"] = csvHeader + "a,x," + strings.Repeat("t", 1001) + ",,,1\n"
	cases["NUL in an owner"] = csvHeader + "a,x,,,,1,,o\x00o\n"
	cases["NUL in a lane"] = csvHeader + "a,x\x00y,,,,1\n"
	cases["long name"] = csvHeader + "a,x,,,,1\n"
	cases["UTF-16"] = "\xff\xfei\x00d\x00"
	var lanes strings.Builder
	lanes.WriteString(csvHeader)
	for i := range model.MaxLanes + 1 {
		fmt.Fprintf(&lanes, "e%d,l%d,,,,1\n", i, i)
	}
	cases["too many lanes"] = lanes.String()
	was := csvChunk
	t.Cleanup(func() { csvChunk = was })
	csvChunk = 2
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			fileName := "t.csv"
			if name == "long name" {
				fileName = strings.Repeat("n", 201) + ".csv"
			}
			if _, err := Read([]byte(data), fileName); err == nil {
				t.Fatal("Read accepts the file: the case tests nothing")
			}
			var got collected
			scan, ok, err := ScanCSV(opener([]byte(data)), fileName, &got)
			if err != nil {
				t.Fatal(err)
			}
			if ok && (name != "cycle" || scan.Schedule.Fits("2027-01-01")) {
				t.Fatalf("ScanCSV is sure of a file Read refuses: %+v", scan)
			}
		})
	}
}

// TestScanCSVSinkFails: the sink's failure is ScanCSV's, which then stops.
func TestScanCSVSinkFails(t *testing.T) {
	was := csvChunk
	t.Cleanup(func() { csvChunk = was })
	csvChunk = 3
	got := collected{failAt: 5}
	_, ok, err := ScanCSV(opener([]byte(streamedCSV(50))), "t.csv", &got)
	if ok || !errors.Is(err, errSink) {
		t.Fatalf("ScanCSV = %v, %v; want the sink's failure", ok, err)
	}
	if len(got.efforts) != 4 || len(got.deps) != 0 {
		t.Fatalf("the sink got %d efforts and %d dependencies after failing", len(got.efforts), len(got.deps))
	}
}

// TestScanCSVTooManyRows: a file with more rows than a roadmap may hold is
// left to ReadCSV at once, before any effort goes to the sink.
func TestScanCSVTooManyRows(t *testing.T) {
	was, wasChunk := maxCSVEfforts, csvChunk
	t.Cleanup(func() { maxCSVEfforts, csvChunk = was, wasChunk })
	maxCSVEfforts, csvChunk = 3, 1
	for rows, want := range map[int]bool{3: true, 4: false} {
		var got collected
		_, ok, err := ScanCSV(opener([]byte(streamedCSV(rows))), "t.csv", &got)
		if err != nil || ok != want {
			t.Fatalf("%d rows: ScanCSV = %v, %v; want %v", rows, ok, err, want)
		}
		if !ok && len(got.efforts) != 0 {
			t.Fatalf("%d rows: the sink got %d efforts", rows, len(got.efforts))
		}
	}
}

// TestCSVTextRecords: the streamed check of a file's text and count of its
// records is checkText's and csvRecords', read in pieces of any size (a
// character cut between two reads).
func TestCSVTextRecords(t *testing.T) {
	inputs := map[string]string{
		"csv":                  "id,lane\na,\"x\ny\"\nb,é€𝄞\n",
		"byte order mark":      "\xef\xbb\xbfid,lane\n",
		"only spaces":          "\xef\xbb\xbf \n\t ",
		"empty":                "",
		"UTF-16":               "\xff\xfei\x00d\x00",
		"UTF-16, big-endian":   "\xfe\xff\x00i\x00d",
		"a NUL byte":           "id,lane\na,x\x00\n",
		"Latin-1":              "id,lane\na,caf\xe9\n",
		"a cut character":      "id,lane\na,\xe2\x82",
		"a stray continuation": "id,lane\na,\x82x\n",
		"four-byte characters": strings.Repeat("𝄞", 40000),
		"an overlong encoding": "id,\xc0\xafx\n",
		"a surrogate":          "id,\xed\xa0\x80\n",
	}
	for name, data := range inputs {
		for _, piece := range []int{1, 2, 3, 1 << 20} {
			t.Run(fmt.Sprintf("%s by %d", name, piece), func(t *testing.T) {
				open := func() (io.ReadCloser, error) {
					return io.NopCloser(&pieces{data: []byte(data), n: piece}), nil
				}
				records, sum, text := csvTextRecords(open)
				want := checkText([]byte(data), "t.csv", false) == nil
				if text != want {
					t.Fatalf("text %v, checkText passes: %v", text, want)
				}
				if text && records != csvRecords([]byte(data)) {
					t.Fatalf("%d records, csvRecords %d", records, csvRecords([]byte(data)))
				}
				if text && sum != crc32.ChecksumIEEE([]byte(data)) {
					t.Fatal("another checksum")
				}
			})
		}
	}
}

// pieces reads data n bytes at a time.
type pieces struct {
	data []byte
	n    int
}

func (p *pieces) Read(b []byte) (int, error) {
	if len(p.data) == 0 {
		return 0, io.EOF
	}
	k := copy(b[:min(len(b), p.n)], p.data)
	p.data = p.data[k:]
	return k, nil
}

// TestScanCSVFileChanged: a file that changes between two readings is not
// imported so (its rows and dependencies would come from two files).
func TestScanCSVFileChanged(t *testing.T) {
	before := []byte(csvHeader + "a,x,,,,1\nb,x,,,,1,,,a\n")
	for _, tc := range []struct {
		name    string
		after   string
		changed int // the reading that sees after: 2 the rows, 3 the dependsOn cells
	}{
		{"another id", csvHeader + "a,x,,,,1\nc,x,,,,1,,,a\n", 3},
		{"another title", csvHeader + "a,x,T,,,1\nb,x,,,,1,,,a\n", 3},
		{"a longer duration", csvHeader + "a,x,,,,9\nb,x,,,,1,,,a\n", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opened := 0
			open := func() (io.ReadCloser, error) {
				if opened++; opened >= tc.changed {
					return io.NopCloser(strings.NewReader(tc.after)), nil
				}
				return io.NopCloser(bytes.NewReader(before)), nil
			}
			var got collected
			if _, ok, err := ScanCSV(open, "t.csv", &got); ok || err != nil {
				t.Fatalf("ScanCSV = %v, %v; want not sure", ok, err)
			}
			if opened < tc.changed {
				t.Fatalf("opened %d times", opened)
			}
		})
	}
}
