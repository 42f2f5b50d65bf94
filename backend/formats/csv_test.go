package formats

import (
	"strings"
	"testing"

	"tandem/backend/model"
)

func TestCSVGolden(t *testing.T) {
	r, err := ReadCSV(readTestdata(t, "csv/growth.csv"), "csv/growth.csv")
	if err != nil {
		t.Fatal(err)
	}
	goldenRoadmap(t, "csv-growth.tandem", r)
	analyzed(t, r)
}

func TestCSVMapping(t *testing.T) {
	r, err := ReadCSV(readTestdata(t, "csv/growth.csv"), "growth.csv")
	if err != nil {
		t.Fatal(err)
	}
	var lanes, surfaces, metrics []string
	for _, l := range r.Lanes {
		lanes = append(lanes, l.ID+"="+l.Name+" "+l.Color)
	}
	for _, s := range r.Surfaces {
		surfaces = append(surfaces, s.ID+"="+s.Name)
	}
	for _, m := range r.Metrics {
		metrics = append(metrics, m.ID+"="+m.Name)
	}
	wantEqual(t, "lanes", lanes, []string{"content=Content #1971c2", "paid=Paid #d9480f", "ai-tools=AI tools #2b8a3e", "product=Product #7048e8"})
	wantEqual(t, "surfaces", surfaces, []string{"pricing-page=Pricing page", "ad-audiences=Ad audiences", "homepage=Homepage", "signup-flow=Signup flow"})
	wantEqual(t, "metrics", metrics, []string{"signup-cr=Signup CR", "signups=Signups", "cac=Cac", "organic-traffic=Organic traffic"})
	wantEqual(t, "dependencies", deps(r), []string{"pricing-redesign->spring-ads FS+0", "pricing-redesign->seo-hub SS+2",
		"spring-ads->onboarding-ai FF-1", "seo-hub->onboarding-ai FS+0", "onboarding-ai->launch FS+0"})
	wantEqual(t, "name", r.Name, "growth")
	e := effort(t, r, "legacy-cleanup")
	wantEqual(t, "untitled effort", e.Title, "legacy-cleanup")
	wantEqual(t, "seo-hub title", effort(t, r, "seo-hub").Title, "SEO hub, part 1")
	wantEqual(t, "owner", effort(t, r, "onboarding-ai").Owner, "Kim, Ola")
	wantEqual(t, "moves", effort(t, r, "spring-ads").Moves, []model.Move{{Metric: "signups", Direction: "up"}, {Metric: "cac", Direction: "down"}})
}

func TestCSVHeader(t *testing.T) {
	// any order, names matched loosely, notes known, an unnamed column ignored
	data := "Depends On,Title,LANE,id,duration_days,,notes\n,First,Team A,a,2,x,see doc\na,Second,team-b,b,3,,\n"
	r, err := ReadCSV([]byte(data), "")
	if err != nil {
		t.Fatal(err)
	}
	wantEqual(t, "name", r.Name, "CSV import")
	wantEqual(t, "lanes", []string{r.Lanes[0].Name, r.Lanes[1].Name}, []string{"Team A", "Team b"})
	wantEqual(t, "notes", r.Efforts[0].Notes, "see doc")
	wantEqual(t, "dependencies", deps(r), []string{"a->b FS+0"})
	// a short row leaves out trailing cells; an id with ':' is an id
	r, err = ReadCSV([]byte("id,lane,durationDays,dependsOn\nns:a,x,1\nb,x,1,ns:a\nc,x,1,ns:a:SS-3\n"), "t.csv")
	if err != nil {
		t.Fatal(err)
	}
	wantEqual(t, "dependencies", deps(r), []string{"ns:a->b FS+0", "ns:a->c SS-3"})
}

// csvHeader names every column but notes.
const csvHeader = "id,lane,title,start,end,durationDays,status,owner,dependsOn,changes,relies,moves\n"

// csvErrorCases are CSV files ReadCSV refuses, with its message: every
// problem a CSV import reports.
var csvErrorCases = []struct {
	name string
	data string
	want string
}{
	{"empty file", "", "row 1: the file is empty: want a header row naming the columns (id,lane,title,start,end,durationDays,status,owner,dependsOn,changes,relies,moves,notes)"},
	{"unknown column", "id,lane,durationDays,priority\n", "row 1, column priority: unknown column (the columns are id, lane, title, start, end, durationDays, status, owner, dependsOn, changes, relies, moves, notes)"},
	{"duplicate column", "id,lane,Lane,durationDays\n", "row 1, column Lane: duplicate column (also column 2)"},
	{"no lane column", "id,durationDays\na,1\n", "row 1: no lane column: the header must name at least id and lane"},
	{"malformed CSV", "id,lane,durationDays\na,x,\"1\n", "row 2: malformed CSV at column 8: extraneous or missing \" in quoted-field"},
	{"bare quote", "id,lane,durationDays\na,x\"y,1\n", "row 2: malformed CSV at column 4: bare \" in non-quoted-field"},
	{"too many cells", "id,lane,durationDays\na,x,1,extra\n", "row 2: 4 cells, but the header names 3 columns"},
	{"missing id", csvHeader + ",x,,,,1\n", "row 2, column id: missing"},
	{"long id", csvHeader + strings.Repeat("é", 129) + ",x,,,,1\n", "row 2, column id: longer than 128 characters"},
	{"duplicate id", csvHeader + "a,x,,,,1\nb,x,,,,1\na,x,,,,1\n", "row 4, column id: duplicate id \"a\" (also row 2)"},
	{"missing lane", csvHeader + "a,,,,,1\n", "row 2, column lane: missing"},
	{"bad start", csvHeader + "a,x,,2026-13-01,,1\n", "row 2, column start: bad date \"2026-13-01\": month 13 does not exist"},
	{"bad end", csvHeader + "a,x,,2026-07-01,July,\n", "row 2, column end: bad date \"July\": want YYYY-MM-DD"},
	{"end before start", csvHeader + "a,x,,2026-07-10,2026-07-01,\n", "row 2, column end: 2026-07-01 is before start 2026-07-10"},
	{"end without start", csvHeader + "a,x,,,2026-07-01,\n", "row 2, column end: an end needs a start"},
	{"start alone", csvHeader + "a,x,,2026-07-01,,\n", "row 2, column start: a start needs an end or durationDays"},
	{"no dates", csvHeader + "a,x,,,,\n", "row 2, column durationDays: missing: give durationDays, or start with end or durationDays"},
	{"bad duration", csvHeader + "a,x,,,,two\n", "row 2, column durationDays: \"two\" is not a whole number of days"},
	{"negative duration", csvHeader + "a,x,,,,-2\n", "row 2, column durationDays: negative duration -2"},
	{"duration disagrees", csvHeader + "a,x,,2026-07-01,2026-07-03,5\n", "row 2, column durationDays: 5 disagrees with start..end (3 days)"},
	{"bad status", csvHeader + "a,x,,,,1,late\n", "row 2, column status: unknown status \"late\" (want planned, active, blocked, done, paused, killed)"},
	{"unknown dependency", csvHeader + "a,x,,,,1,,,b\n", "row 2, column dependsOn: unknown effort \"b\""},
	{"self dependency", csvHeader + "a,x,,,,1,,,a\n", "row 2, column dependsOn: \"a\" depends on itself"},
	{"dependency twice", csvHeader + "a,x,,,,1\nb,x,,,,1,,,a;a:SS\n", "row 3, column dependsOn: depends on \"a\" twice"},
	{"bad dependency type", csvHeader + "a,x,,,,1\nb,x,,,,1,,,a:XS+1\n", "row 3, column dependsOn: \"a:XS+1\": unknown dependency type \"XS\" (want FS, SS, FF or SF)"},
	{"bad lag", csvHeader + "a,x,,,,1\nb,x,,,,1,,,a:SS+x\n", "row 3, column dependsOn: \"a:SS+x\": lag \"+x\" is not a whole number of days"},
	{"lag without sign", csvHeader + "a,x,,,,1\nb,x,,,,1,,,a:SS2\n", "row 3, column dependsOn: \"a:SS2\": the lag must start with + or - (like a:SS+2)"},
	{"type too short", csvHeader + "a,x,,,,1\nb,x,,,,1,,,a:S\n", "row 3, column dependsOn: \"a:S\": want id, id:TYPE or id:TYPE+N (TYPE one of FS, SS, FF, SF)"},
	{"no id before the type", csvHeader + "a,x,,,,1\nb,x,,,,1,,,:SS\n", "row 3, column dependsOn: \":SS\": no effort id before ':'"},
	{"cycle", csvHeader + "a,x,,,,1,,,c\nb,x,,,,1,,,a\nc,x,,,,1,,,b\n", "row 2, column dependsOn: dependency cycle: a -> b -> c -> a"},
	{"surface in changes and relies", csvHeader + "a,x,,,,1,,,,page,page\n", "row 2, column relies: surface \"page\" is also in changes: an effort changes a surface or relies on it"},
	{"surface twice", csvHeader + "a,x,,,,1,,,,page;page\n", "row 2, column changes: surface \"page\" listed twice"},
	{"move without sign", csvHeader + "a,x,,,,1,,,,,,signups\n", "row 2, column moves: \"signups\": want metric+ (up) or metric- (down)"},
	{"move without metric", csvHeader + "a,x,,,,1,,,,,,+\n", "row 2, column moves: \"+\": no metric before the sign"},
	{"metric twice", csvHeader + "a,x,,,,1,,,,,,cac+;cac-\n", "row 2, column moves: metric \"cac\" listed twice"},
	{"several problems", csvHeader + "a,,,,,\nb,x,,,,1,,,zz\n", "row 2, column lane: missing; row 2, column durationDays: missing: give durationDays, or start with end or durationDays; row 3, column dependsOn: unknown effort \"zz\""},
	{"more than three", csvHeader + "a,,,,,\nb,,,,,\nc,,,,,\n", "row 2, column lane: missing; row 2, column durationDays: missing: give durationDays, or start with end or durationDays; row 3, column lane: missing (and 3 more problems)"},
}

// TestCSVErrors lists every problem a CSV import reports, with its message.
func TestCSVErrors(t *testing.T) {
	for _, tc := range csvErrorCases {
		t.Run(tc.name, func(t *testing.T) {
			r, err := ReadCSV([]byte(tc.data), "t.csv")
			if err == nil || r != nil {
				t.Fatalf("got a roadmap, want error %q", tc.want)
			}
			if err.Error() != tc.want {
				t.Errorf("error\n got %s\nwant %s", err, tc.want)
			}
		})
	}
}

// TestCSVRecords: the size hint counts records, not the line breaks inside
// quoted cells.
func TestCSVRecords(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"id,lane", 1},
		{"id,lane\n", 2},
		{"id,lane\na,b\nc,d", 3},
		{"id,lane,notes\na,b,\"one\ntwo\nthree\"\nc,d,\"say \"\"hi\"\"\n\"\n", 4},
	} {
		if got := csvRecords([]byte(c.in)); got != c.want {
			t.Errorf("csvRecords(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}
