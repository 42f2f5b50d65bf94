package formats

import (
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"tandem/backend/model"
)

func TestExportHTMLGolden(t *testing.T) {
	for _, tc := range []struct{ golden, path string }{
		{"html-sample.html", samplePath},
		{"html-hostile.html", hostilePath},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			// the script and style are files of their own: the golden
			// holds the page around them and the data (TestExportHTMLInert
			// checks the hashes)
			out := string(exportWith(t, "html", textExportInput(t, tc.path, ExportOptions{})))
			out = strings.NewReplacer(htmlPageJS, "/* htmlpage/*.js, joined */", htmlPageCSS, "/* htmlpage/page.css */").Replace(out)
			out = cspHashes.ReplaceAllString(out, "sha256-(hash)")
			textGolden(t, tc.golden, []byte(out))
		})
	}
}

// cspHashes matches the hashes in the page's CSP (base64, '+' escaped).
var cspHashes = regexp.MustCompile(`sha256-(?:[A-Za-z0-9/=]|&#43;)+`)

// page is an exported page as a browser parses it.
type page struct {
	elements   map[string]int // by tag
	attrs      []string       // every attribute name
	scripts    []string       // the text of each <script>, in order
	styles     []string
	csp        string
	title, h1  string
	dataScript string // the JSON
}

func parsePage(t *testing.T, data []byte) *page {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	p := &page{elements: map[string]int{}}
	var walk func(n *html.Node)
	text := func(n *html.Node) string {
		var b strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
			}
		}
		return b.String()
	}
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			p.elements[n.Data]++
			attr := map[string]string{}
			for _, a := range n.Attr {
				p.attrs = append(p.attrs, a.Key)
				attr[a.Key] = a.Val
			}
			switch n.Data {
			case "script":
				if attr["type"] == "application/json" {
					p.dataScript = text(n)
				} else {
					p.scripts = append(p.scripts, text(n))
				}
			case "style":
				p.styles = append(p.styles, text(n))
			case "meta":
				if attr["http-equiv"] == "Content-Security-Policy" {
					p.csp = attr["content"]
				}
			case "title":
				p.title = text(n)
			case "h1":
				p.h1 = text(n)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return p
}

// TestExportHTMLInert exports the hostile roadmap and parses the page as a
// browser would: only the template's elements and attributes exist (no
// user text became markup), there is one script and one style, each
// allowed by its hash in a Content-Security-Policy that loads nothing,
// and the embedded JSON holds the user text exactly.
func TestExportHTMLInert(t *testing.T) {
	in := textExportInput(t, hostilePath, ExportOptions{})
	out := exportWith(t, "html", in)
	p := parsePage(t, out)

	allowed := []string{"html", "head", "meta", "link", "title", "style", "body", "header", "h1", "p", "div",
		"button", "span", "main", "section", "footer", "noscript", "script"}
	for tag := range p.elements {
		if !slices.Contains(allowed, tag) {
			t.Errorf("element <%s> in the page", tag)
		}
	}
	for _, a := range p.attrs {
		if strings.HasPrefix(a, "on") || a == "src" || a == "srcdoc" {
			t.Errorf("attribute %s in the page", a)
		}
	}
	if len(p.scripts) != 1 || p.scripts[0] != htmlPageJS || len(p.styles) != 1 || p.styles[0] != htmlPageCSS {
		t.Fatalf("%d scripts, %d styles, or not the embedded ones", len(p.scripts), len(p.styles))
	}
	wantCSP := []string{"default-src 'none'", "script-src '" + cspHash(p.scripts[0]) + "'",
		"style-src '" + cspHash(p.styles[0]) + "'", "img-src data:", "base-uri 'none'", "form-action 'none'"}
	if got := strings.Split(p.csp, "; "); !slices.Equal(got, wantCSP) {
		t.Errorf("CSP %q, want %q", got, wantCSP)
	}
	if p.title != in.Roadmap.Name || p.h1 != in.Roadmap.Name {
		t.Errorf("title %q, h1 %q: want the name as text", p.title, p.h1)
	}
	if strings.ContainsAny(p.dataScript, "<>&") || !strings.HasPrefix(p.dataScript, "{") {
		t.Errorf("the JSON carries raw <, > or &")
	}
	var d struct {
		Lanes   []htmlLane
		Efforts struct {
			Titles []string `json:"t"`
		}
	}
	if err := json.Unmarshal([]byte(p.dataScript), &d); err != nil {
		t.Fatal(err)
	}
	titles := d.Efforts.Titles
	var want []string
	for _, e := range in.Roadmap.Efforts {
		want = append(want, e.Title)
	}
	slices.Sort(titles)
	slices.Sort(want)
	if !slices.Equal(titles, want) || d.Lanes[0].Name != in.Roadmap.Lanes[0].Name {
		t.Errorf("titles %q, want %q", titles, want)
	}
	// nothing that could load anything outside the script's own strings
	outside := strings.Replace(string(out), p.dataScript, "", 1)
	outside = strings.Replace(outside, htmlPageJS, "", 1)
	if m := regexp.MustCompile(`(?i)(https?:|//[a-z]|url\()`).FindString(outside); m != "" {
		t.Errorf("the page refers to %q", m)
	}
	if strings.Contains(htmlPageJS, "innerHTML") || strings.Contains(htmlPageJS, "insertAdjacentHTML") ||
		strings.Contains(htmlPageJS, "document.write") || strings.Contains(htmlPageJS, "eval(") {
		t.Error("the page script writes markup")
	}
}

// TestExportHTMLOptions: the lanes and window narrow what the page shows;
// an unknown lane or a bad window is an error naming it.
func TestExportHTMLOptions(t *testing.T) {
	sample := textExportInput(t, samplePath, ExportOptions{}).Roadmap
	data := func(opts ExportOptions) *htmlData {
		t.Helper()
		d, err := newHTMLData(textExportInputOf(t, sample, opts))
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	all := data(ExportOptions{})
	if all.Window || len(all.Lanes) != len(sample.Lanes) || all.Origin != "2027-01-04" {
		t.Errorf("whole roadmap: window %v, %d lanes, origin %s", all.Window, len(all.Lanes), all.Origin)
	}
	two := data(ExportOptions{Lanes: []string{"product", "paid"}})
	if len(two.Lanes) != 2 || two.Lanes[0].Name != "Paid" || two.Lanes[1].Name != "Product" || !two.Window {
		t.Errorf("lanes %+v, want Paid then Product (the roadmap's order)", two.Lanes)
	}
	for _, e := range two.Efforts {
		if e.Lane > 1 {
			t.Errorf("effort %q of a lane not chosen", e.Title)
		}
	}
	// the lists keep a cross-lane item with its other effort named, not drawn
	if len(two.Others) == 0 {
		t.Error("no list names an effort of the lanes not shown")
	}
	for _, o := range two.Others {
		if o.Lane == "Paid" || o.Lane == "Product" || o.Title == "" {
			t.Errorf("other %+v: a shown lane, or no title", o)
		}
	}
	for _, m := range two.Shared {
		for _, l := range m.Lanes {
			if !slices.ContainsFunc(sample.Lanes, func(lane model.Lane) bool { return lane.Name == l }) {
				t.Errorf("shared metric %s: lane %q", m.Metric, l)
			}
		}
	}
	march := data(ExportOptions{From: "2027-03-01", To: "2027-03-31"})
	if march.Origin != "2027-03-01" || march.Days != 31 || len(march.Efforts) == 0 || len(march.Efforts) >= len(all.Efforts) {
		t.Errorf("March: origin %s, %d days, %d of %d efforts", march.Origin, march.Days, len(march.Efforts), len(all.Efforts))
	}
	for _, e := range march.Efforts {
		if e.Last < 0 || e.First > 30 {
			t.Errorf("%q (%d..%d) is outside the window", e.Title, e.First, e.Last)
		}
	}
	for _, tc := range []struct {
		opts ExportOptions
		want string
	}{
		{ExportOptions{Lanes: []string{"paid", "nope"}}, `unknown lane "nope"`},
		{ExportOptions{From: "2027-02-30"}, "from"},
		{ExportOptions{From: "2027-03-01", To: "2027-02-01"}, "window: to 2027-02-01 is before from 2027-03-01"},
	} {
		w, _ := WriterFor("html")
		_, err := w.Write(textExportInputOf(t, sample, tc.opts))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: error %v, want %q", tc.opts, err, tc.want)
		}
	}

}

// TestExportHTMLEmpty: a roadmap without lanes or efforts still gives a
// page whose data the script can read (lists, not nulls, where it maps).
func TestExportHTMLEmpty(t *testing.T) {
	r := model.New("Empty")
	out := string(exportWith(t, "html", textExportInputOf(t, r, ExportOptions{})))
	p := parsePage(t, []byte(out))
	for _, want := range []string{`"lanes":[]`, `"efforts":{"c":[],`, `"deps":[]`} {
		if !strings.Contains(p.dataScript, want) {
			t.Errorf("no %s in %s", want, p.dataScript)
		}
	}
}
