package formats

import (
	"strings"
	"testing"
)

func TestExportMarkdownGolden(t *testing.T) {
	for _, c := range []struct {
		name, path string
		opts       ExportOptions
	}{
		{"sample.md", samplePath, ExportOptions{}},
		{"sample-content-product-march.md", samplePath, ExportOptions{Lanes: []string{"product", "content"}, From: "2027-03-01", To: "2027-03-31"}},
		{"sample-paid.md", samplePath, ExportOptions{Lanes: []string{"paid"}}},
		{"hostile.md", hostilePath, ExportOptions{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			textGolden(t, c.name, exportWith(t, "md", textExportInput(t, c.path, c.opts)))
		})
	}
}

// TestExportMarkdownBriefing checks the briefing's parts on the sample.
func TestExportMarkdownBriefing(t *testing.T) {
	got := string(exportWith(t, "md", textExportInput(t, samplePath, ExportOptions{})))
	for _, want := range []string{
		"# Growth H1 2027 (sample)\n",
		"Briefing as of 2027-02-15. Finish: **2027-06-17**, 117 working days from the start on 2027-01-04.",
		"| 2027-01-19 to 2027-03-15 | Billing for Pricing v2 | Product | ",
		"Slipping past their planned start: **Pricing v2 launch emails** (Content) +3 working days.",
		"5 open, 1 accepted.",
		"**Collision** on Signup flow (both change it): ",
		"**Broken sequence** (the plan breaks a dependency): **Pricing v2 live** (Product), then **Pricing v2 launch emails** (Content) (FS+2)",
		"Accepted by *Brand search keeps running through the homepage refresh* (2027-02-08, Mara Lind): Only copy changes",
		"1. **AI chat assistant on signup** (AI tools) + **One-step signup experiment** (Product): both move Signup conversion; one changes Signup flow before the other relies on it. Score 0.96.",
		"| Signups | Paid, Content | ",
		"| Dependencies | 12, 5 of them across lanes |",
		"| Blocked by another lane | 2 events, 9 working days (75% of blocked time) |",
		"- **LinkedIn ads pilot** (Paid): killed by *Stop the LinkedIn ads pilot* (2027-02-01, Mara Lind): Three weeks in",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the briefing lacks %q", want)
		}
	}
	for _, section := range []string{"## Critical path", "## Conflicts", "## Opportunities to integrate", "## Shared metrics", "## Coordination", "## Not doing"} {
		if strings.Count(got, "\n"+section+"\n") != 1 {
			t.Errorf("want one %q section", section)
		}
	}
}

// TestExportMarkdownScope: lanes and window narrow the efforts, and the
// header says what is shown.
func TestExportMarkdownScope(t *testing.T) {
	got := string(exportWith(t, "md", textExportInput(t, samplePath, ExportOptions{Lanes: []string{" paid"}, To: "2027-02-28"})))
	for _, want := range []string{
		"Shown: lane Paid; efforts scheduled on or before 2027-02-28 (3 of 23 scheduled efforts).",
		"No effort shown is on the critical path.",
		"For the whole roadmap.",
		"**LinkedIn ads pilot** (Paid): killed", // planned 2027-01-11..2027-02-26
	} {
		if !strings.Contains(got, want) {
			t.Errorf("lacks %q:\n%s", want, got)
		}
	}
	for _, absent := range []string{"Billing for Pricing v2", "Signup page copy rewrite"} {
		if strings.Contains(got, absent) {
			t.Errorf("shows %q, outside the lanes or window", absent)
		}
	}
}

func TestExportMarkdownOptionErrors(t *testing.T) {
	for _, c := range []struct {
		opts ExportOptions
		want string
	}{
		{ExportOptions{Lanes: []string{"sales"}}, `md: lanes: unknown lane "sales" (lanes: paid, content, product, ai-tools)`},
		{ExportOptions{From: "2027-13-01"}, `md: from: bad date "2027-13-01": month 13 does not exist`},
		{ExportOptions{From: "2027-03-01", To: "2027-02-01"}, `md: window: to 2027-02-01 is before from 2027-03-01`},
	} {
		w, _ := WriterFor("md")
		_, err := w.Write(textExportInput(t, samplePath, c.opts))
		if err == nil || err.Error() != c.want {
			t.Errorf("%+v: got %v, want %s", c.opts, err, c.want)
		}
	}
}

// TestExportMarkdownHostile: no markup from the roadmap's text survives.
func TestExportMarkdownHostile(t *testing.T) {
	got := string(exportWith(t, "md", textExportInput(t, hostilePath, ExportOptions{})))
	for _, bad := range []string{"<script", "<svg", "<img", "<b>", "<i>", "<!--", "]("} {
		if strings.Contains(strings.ToLower(got), bad) {
			t.Errorf("the briefing holds %q", bad)
		}
	}
	for _, want := range []string{
		"# Hostile &lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quotes\"\n",
		"**&lt;script&gt;alert('x')&lt;/script&gt;** (Paid \"&gt;&lt;svg onload=alert(1)&gt;)",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("lacks %q", want)
		}
	}
	checkTables(t, got)
}

// checkTables fails when a row of a Markdown table has another number of
// cells than its header: a '|' of user text was left bare.
func checkTables(t *testing.T, md string) {
	t.Helper()
	header := 0
	for _, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "|") {
			header = 0
			continue
		}
		bars := strings.Count(line, "|") - strings.Count(line, `\|`)
		if header == 0 {
			header = bars
		} else if bars != header {
			t.Errorf("a table row with %d bars under a header with %d: %q", bars, header, line)
		}
	}
}

func TestMarkdownText(t *testing.T) {
	for in, want := range map[string]string{
		"plain title":                           "plain title",
		"<b>x</b> & y":                          "&lt;b&gt;x&lt;/b&gt; &amp; y",
		"a|b `c` *d* _e_ [f](g) ~h~ $i$ #j \\k": `a\|b \` + "`c\\`" + ` \*d\* \_e\_ \[f\](g) \~h\~ \$i\$ \#j \\k`,
		"line\nbreak\ttab":                      "line break tab",
		"\u202Eevil":                            "\u202Eevil\u202C",
		"\u2067rtl\u202Bx":                      "\u2067rtl\u202Bx\u202C\u2069",
		"\u202Cstray\u2069":                     "stray",
		"\u2066a\u202Ab\u2069c":                 "\u2066a\u202Ab\u2069c",
	} {
		wantEqual(t, "mdText("+in+")", mdText(in), want)
	}
}
