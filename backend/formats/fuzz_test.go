package formats

import (
	"encoding/xml"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"tandem/backend/analysis"
	"tandem/backend/model"
	"tandem/backend/model/modeltest"
)

// The importers' fuzz targets. Each seed corpus (testdata/fuzz/FuzzXxx)
// holds real files (the MS Project fixtures, GanttProject's and Tandem's
// own CSV) and hostile ones (entities, deep nesting, huge durations and
// dates, UTF-16, ragged rows); f.Add adds small hand-made cases. For any
// input a reader returns a roadmap or an error, never panics, and what it
// returns is checked by checkImport.

func FuzzReadCSV(f *testing.F) {
	f.Add([]byte("id,lane,title,durationDays\na,l,A,3\n"))
	f.Add([]byte("id,lane,title,start,end,durationDays,status,owner,dependsOn,changes,relies,moves\n" +
		"a,l,A,2026-07-01,,36600,planned,,,,,\nb,l,B,,,1,,,a:SF-36600,,,m+\n"))
	f.Add([]byte("id,lane,title,durationDays\n\"a\",l,\"'=cmd\",1\nb,l,B\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ReadCSV(data, "fuzz.csv")
		checkImport(t, r, err)
	})
}

func FuzzReadMSPDI(f *testing.F) {
	f.Add(project("", "", task("1", 1, 8, ""), task("2", 1, 16, link("1", 1, 4800, 7))))
	f.Add(project("<MinutesPerDay>1</MinutesPerDay>", "", task("1", 1, 0, "<Duration>PT999999999H0M0S</Duration>")))
	f.Add(project("", "", task("1", 1, 8, "<Manual>1</Manual><StartText/><FinishText/><DurationText/>")))
	f.Add([]byte(billionLaughs("Project")))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ReadMSPDI(data, "fuzz.xml")
		checkImport(t, r, err)
	})
}

func FuzzReadGanttProject(f *testing.F) {
	f.Add([]byte(`<project name="p"><tasks><task id="1" name="a" start="2026-07-01" duration="3">` +
		`<depend id="2" type="2" difference="1" hardness="Strong"/></task>` +
		`<task id="2" name="b" start="" duration="2"/></tasks></project>`))
	f.Add([]byte(`<project><calendars><day-types><default-week sun="1" sat="1"/></day-types>` +
		`<date year="" month="2" date="29" type="HOLIDAY"/></calendars><tasks><task id="1" start="9999-12-31" duration="99999"/></tasks></project>`))
	f.Add([]byte(billionLaughs("project")))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ReadGanttProject(data, "fuzz.gan")
		checkImport(t, r, err)
	})
}

// FuzzReadMSPDIValues puts the fuzzer's values in the elements the MS
// Project reader parses (durations, dates, lags, link and constraint
// types, outline levels, calendars) of a well-formed file, which random
// bytes rarely reach: three tasks, the last two linked and nested by the
// values, and a calendar exception.
func FuzzReadMSPDIValues(f *testing.F) {
	f.Add("PT8H0M0S", "7", "2026-07-01T08:00:00", "0", "4800", "7", "1", "4", "2026-07-08T08:00:00", "480", "2", "50")
	f.Add("PT999999H0M0S", "53", "9999-12-31T23:59:59", "1", "-999999999", "19", "3", "6", "0001-01-01T00:00:00", "1", "9", "100")
	f.Add("P1Y2M3DT4H5M6.7S", "8", "2026-02-29T08:00:00", "1", "1e308", "44", "0", "3", "2026-07-08", "1440", "0", "-1")
	f.Fuzz(func(t *testing.T, dur, durFormat, start, manual, lag, lagFormat, linkType, constraint, constraintDate, perDay, level, pct string) {
		e := xmlText
		data := project("<MinutesPerDay>"+e(perDay)+"</MinutesPerDay>",
			standardCalendar[:len(standardCalendar)-len("</Calendar>")]+`<Exceptions><Exception><TimePeriod><FromDate>`+e(start)+
				`</FromDate><ToDate>`+e(constraintDate)+`</ToDate></TimePeriod><Occurrences>`+e(pct)+`</Occurrences><Type>`+e(linkType)+
				`</Type><DayWorking>0</DayWorking></Exception></Exceptions></Calendar>`,
			task("1", 1, 8, "<Start>2026-07-01T08:00:00</Start>"),
			task("2", 1, -1, "<Duration>"+e(dur)+"</Duration><DurationFormat>"+e(durFormat)+"</DurationFormat><Start>"+e(start)+
				"</Start><Manual>"+e(manual)+"</Manual><ConstraintType>"+e(constraint)+"</ConstraintType><ConstraintDate>"+e(constraintDate)+
				"</ConstraintDate><PercentComplete>"+e(pct)+"</PercentComplete><ActualStart>"+e(constraintDate)+"</ActualStart>"),
			strings.Replace(task("3", 1, 16, "<PredecessorLink><PredecessorUID>2</PredecessorUID><Type>"+e(linkType)+"</Type><LinkLag>"+e(lag)+
				"</LinkLag><LagFormat>"+e(lagFormat)+"</LagFormat></PredecessorLink>"+link("1", 1, 0, 7)), "<OutlineLevel>1<", "<OutlineLevel>"+e(level)+"<", 1),
		)
		r, err := ReadMSPDI(data, "values.xml")
		checkImport(t, r, err)
	})
}

// FuzzReadGanttProjectValues does the same for the attributes the
// GanttProject reader parses.
func FuzzReadGanttProjectValues(f *testing.F) {
	f.Add("2026-07-01", "3", "50", "2", "1", "Strong", "2026-12-25", "", "1", "false")
	f.Add("9999-12-31", "36600", "100", "4", "-36600", "Rubber", "2026-02-29", "2026", "0", "true")
	f.Fuzz(func(t *testing.T, start, duration, complete, depType, difference, hardness, holiday, year, thirdConstraint, meeting string) {
		a := xmlText
		data := `<project name="values"><calendars><day-types><default-week sun="1" sat="1"/></day-types>` +
			`<date year="` + a(year) + `" month="` + a(holiday[min(5, len(holiday)):]) + `" date="` + a(difference) + `" type="HOLIDAY"/></calendars><tasks>` +
			`<task id="1" name="a" start="` + a(start) + `" duration="` + a(duration) + `" complete="` + a(complete) + `" meeting="` + a(meeting) +
			`" thirdDate="` + a(holiday) + `" thirdDate-constraint="` + a(thirdConstraint) + `">` +
			`<depend id="2" type="` + a(depType) + `" difference="` + a(difference) + `" hardness="` + a(hardness) + `"/>` +
			`<task id="3" name="c" start="2026-07-01" duration="1"/></task>` +
			`<task id="2" name="b" start="2026-07-01" duration="2"/></tasks></project>`
		r, err := ReadGanttProject([]byte(data), "values.gan")
		checkImport(t, r, err)
	})
}

// xmlText escapes s for XML text or an attribute value.
func xmlText(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// FuzzRead is the entry every file goes through (Detect by name and
// content, the text checks, then a reader), with any file name.
func FuzzRead(f *testing.F) {
	for _, p := range []string{"csv/growth.csv", "gan/launch.gan", "mspdi/relations.xml"} {
		data, err := readTestdataFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, p)
	}
	f.Add([]byte("id,lane,dependsOn,durationDays\na,x,b:SS+1,1\nb,x,,2"), "x.csv")
	f.Add([]byte(`<project><tasks><task id="1" start="2026-01-01" duration="2"><task id="2" start="2026-01-01" duration="1"/></task></tasks></project>`), "x.gan")
	f.Add([]byte(`{"format":"tandem/roadmap","version":1,"name":"x","efforts":[]}`), "")
	f.Add([]byte("\xff\xfei\x00d\x00,\x00"), "u.csv")
	f.Add([]byte("\xef\xbb\xbf<Project/>"), "p")
	f.Fuzz(func(t *testing.T, data []byte, file string) {
		r, err := Read(data, file)
		checkImport(t, r, err)
	})
}

// checkImport: an error says something; a roadmap is valid, analyses
// without error, and survives a write and read of the native file.
func checkImport(t *testing.T, r *model.Roadmap, err error) {
	t.Helper()
	if err != nil {
		if r != nil {
			t.Fatalf("a roadmap and an error: %v", err)
		}
		if strings.TrimSpace(err.Error()) == "" {
			t.Fatal("an error without a message")
		}
		return
	}
	if r == nil {
		t.Fatal("no roadmap and no error")
	}
	if err := r.Validate(); err != nil {
		t.Fatalf("the import is not valid: %v", err)
	}
	if _, err := analysis.Analyze(r, analysis.Options{Today: fuzzToday}); err != nil {
		checkRefusedSchedule(t, r, err)
	}
	out, err := r.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	back, err := model.Load(out)
	if err != nil {
		t.Fatalf("the import, written as a Tandem file, does not read back: %v", err)
	}
	if len(back.Efforts) != len(r.Efforts) || len(back.Dependencies) != len(r.Dependencies) {
		t.Fatalf("the Tandem file of the import lost efforts or dependencies")
	}
}

var fuzzToday = time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)

// checkRefusedSchedule accepts a valid roadmap the analysis refuses only as
// the import refuses it: readers check each value, not the schedule their
// values add up to (a start in 9999 and a long duration, a chain of lags),
// so the import runs analysis.CheckSchedule after the reader (service
// ImportFile, ImportRoadmap's analysis; badinput's *-schedule-past-9999).
// The refusal must be CheckSchedule's too, with the same message, and a
// *model.ValidationError naming an effort.
func checkRefusedSchedule(t *testing.T, r *model.Roadmap, analyzeErr error) {
	t.Helper()
	err := analysis.CheckSchedule(r, analysis.Options{Today: fuzzToday})
	var v *model.ValidationError
	if err == nil || err.Error() != analyzeErr.Error() || !errors.As(err, &v) || len(v.Problems) == 0 || !strings.HasPrefix(v.Problems[0].Path, "efforts[") {
		t.Fatalf("the import does not analyse (%v), and the import's schedule check says %v", analyzeErr, err)
	}
}

// FuzzExport writes the roadmap that modeltest.Program builds from the
// fuzzer's bytes in every registered format (formats.Writer registry),
// whole and narrowed to a lane and a window taken from the bytes. No
// writer panics; on the whole roadmap none fails; and what the tandem, csv
// and mspdi writers write reads back, with every effort (mspdi: every live
// one; a killed effort has no place in MS Project's schedule).
func FuzzExport(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte("\x02\x80\x00\x02\x03<b>&\"\x05\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b"))
	f.Add([]byte(strings.Repeat("\xff", 64)))
	f.Add([]byte(strings.Repeat("\x01=cmd|' /C calc'!A0,\"\r\n\x00\u202e", 12)))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := modeltest.Program(data)
		if r.Validate() != nil {
			return
		}
		res, err := analysis.Analyze(r, analysis.Options{Today: fuzzToday})
		if err != nil {
			t.Fatalf("Analyze of a valid roadmap: %v", err)
		}
		in := &ExportInput{Roadmap: r, Analysis: res, Layout: PackSchedule(r, res, false), Today: "2027-01-01"}
		if r.AsOf != "" {
			in.Today = r.AsOf
		}
		narrow := *in
		narrow.Options = fuzzOptions(r, res, data)
		for _, format := range ExportFormats() {
			w, _ := WriterFor(format)
			out, err := w.Write(in)
			if err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			if len(out) == 0 {
				t.Fatalf("%s: nothing written", format)
			}
			checkReadBack(t, format, w.Ext, r, res, out)
			_, _ = w.Write(&narrow) // may refuse a window, never panic
		}
	})
}

// fuzzOptions narrows an export to the first lane and a window from the
// input's last bytes around the schedule's start, on letter paper.
func fuzzOptions(r *model.Roadmap, res *analysis.Result, data []byte) ExportOptions {
	b := func(i int) int {
		if i < len(data) {
			return int(data[len(data)-1-i])
		}
		return 0
	}
	start, err := model.ParseDate(res.Start)
	if err != nil {
		return ExportOptions{}
	}
	from := start + b(0) - 32
	return ExportOptions{Lanes: []string{r.Lanes[0].ID}, From: model.DateFromDays(from),
		To: model.DateFromDays(from + b(1)*b(2)), Paper: "letter"}
}

// checkReadBack reads an export of r back where its format is one Tandem
// reads (tandem, csv, mspdi) and compares the effort ids; the mspdi export
// must also analyse as r does (sameSchedule), as TestExportMSPDIRoundTrip
// checks on real and generated roadmaps.
func checkReadBack(t *testing.T, format, ext string, r *model.Roadmap, res *analysis.Result, out []byte) {
	t.Helper()
	var want []string
	for _, e := range r.Efforts {
		if format != "mspdi" || e.Status != model.StatusKilled {
			want = append(want, e.ID)
		}
	}
	var got []string
	switch format {
	case "tandem", "csv":
		if format == "csv" && len(r.Efforts) == 0 {
			return // a header without rows is refused: nothing to import
		}
		back, err := Read(out, "export"+ext)
		if err != nil {
			t.Fatalf("%s export does not read back: %v\n%s", format, err, out)
		}
		if format == "tandem" && !reflect.DeepEqual(back, r) {
			t.Fatalf("the tandem export reads back different")
		}
		for _, e := range back.Efforts {
			got = append(got, e.ID)
		}
	case "mspdi":
		back, err := Read(out, "export"+ext)
		if err != nil {
			t.Fatalf("%s export does not read back: %v\n%s", format, err, out)
		}
		// The importer's ids are UIDs; the Tandem id is in Text1.
		ids := tandemIDs(t, out)
		for _, e := range back.Efforts {
			got = append(got, ids[e.ID])
		}
		backRes, err := analysis.Analyze(back, analysis.Options{Today: fuzzToday})
		if err != nil {
			t.Fatalf("the mspdi export read back does not analyse: %v", err)
		}
		sameSchedule(t, res, backRes, ids)
	default:
		return
	}
	slices.Sort(want)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Fatalf("%s export read back with efforts %v, want %v", format, got, want)
	}
}

// billionLaughs is an XML file with nested custom entities (a thousand
// million "lol"s if expanded) under root.
func billionLaughs(root string) string {
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\"?>\n<!DOCTYPE " + root + " [\n <!ENTITY lol0 \"lol\">\n")
	for i := 1; i <= 9; i++ {
		b.WriteString(" <!ENTITY lol" + strconv.Itoa(i) + " \"" + strings.Repeat("&lol"+strconv.Itoa(i-1)+";", 10) + "\">\n")
	}
	b.WriteString("]>\n<" + root + " name=\"&lol9;\"><Name>&lol9;</Name><tasks/></" + root + ">\n")
	return b.String()
}

// TestXMLRefusesEntitiesAndDeepNesting: both XML readers refuse, quickly
// and with an error naming the place, a billion-laughs file (custom
// entities are never expanded), an external entity (never fetched: no
// file is read), and elements nested deeper than model.MaxDepth (a .gan
// file of a million nested tasks used to overflow the stack and kill the
// process: the reader recurses into subtasks).
func TestXMLRefusesEntitiesAndDeepNesting(t *testing.T) {
	readers := map[string]func([]byte, string) (*model.Roadmap, error){"Project": ReadMSPDI, "project": ReadGanttProject}
	for root, read := range readers {
		// GanttProject's reader walks nested tasks itself (the depth
		// check answers); MS Project's decodes a task whole, skipping
		// what it does not read without recursion (the file ends first).
		deep := "<project><tasks>" + strings.Repeat(`<task id="1" name="a" start="2026-07-01" duration="1">`, 1_000_000)
		deepWant := "nested more than 64 deep"
		if root == "Project" {
			deep, deepWant = "<Project><Tasks><Task>"+strings.Repeat("<Task>", 200_000), "malformed XML"
		}
		cases := []struct{ name, data, want string }{
			{"billion laughs", billionLaughs(root), "invalid character entity &lol9;"},
			{"external entity", "<!DOCTYPE " + root + " [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<" + root + " name=\"&x;\"><Name>&x;</Name></" + root + ">",
				"invalid character entity &x;"},
			{"a million nested elements", deep, deepWant},
		}
		for _, tc := range cases {
			t.Run(root+" "+tc.name, func(t *testing.T) {
				start := time.Now()
				r, err := read([]byte(tc.data), "x")
				if r != nil || err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "line ") {
					t.Fatalf("got %v, want an error with the line saying %q", err, tc.want)
				}
				if d := time.Since(start); d > 5*time.Second {
					t.Errorf("took %v", d)
				}
			})
		}
	}
}
