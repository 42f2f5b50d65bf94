package formats

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html/template"
	"strings"

	"tandem/backend/model"
)

// A standalone web page: one file, nothing loaded from anywhere, an
// interactive read-only view of the roadmap (zoom, hover and focus
// details) and the analysis lists. The data is embedded as JSON and drawn
// by the scripts of htmlpage (joined into one); see htmlData for what it
// holds.
func init() {
	register(Writer{Format: "html", Ext: ".html", MIME: "text/html; charset=utf-8", Scoped: true, Write: writeHTML})
}

var (
	//go:embed htmlpage/page.html
	htmlPageTemplate string
	//go:embed htmlpage/*.js
	htmlPageFiles embed.FS
	// htmlPageJS is the page's one script: its files joined in the order
	// each builds on the one before.
	htmlPageJS = joinFiles(htmlPageFiles, "htmlpage/", "dom.js", "roadmap.js", "axis.js", "lists.js", "page.js")
	//go:embed htmlpage/page.css
	htmlPageCSS string

	htmlPage = template.Must(template.New("page").Parse(htmlPageTemplate))
	// htmlCSP lets the page run its one inline script and style (by their
	// hashes) and load nothing else: no network, no frames, no forms.
	htmlCSP = "default-src 'none'; script-src '" + cspHash(htmlPageJS) + "'; style-src '" + cspHash(htmlPageCSS) +
		"'; img-src data:; base-uri 'none'; form-action 'none'"
)

// joinFiles returns the named files of fs under dir, joined by blank
// lines; a missing file is a programming error.
func joinFiles(fs embed.FS, dir string, names ...string) string {
	var b strings.Builder
	for i, name := range names {
		data, err := fs.ReadFile(dir + name)
		if err != nil {
			panic("formats: " + err.Error())
		}
		if i > 0 {
			b.WriteString("\n")
		}
		b.Write(data)
	}
	return b.String()
}

// cspHash is the Content-Security-Policy source of an inline element's text.
func cspHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// writeHTML renders the page. User text reaches it in two places only:
// escaped by html/template (title, heading) and inside the JSON, where
// encoding/json writes <, > and & as \u escapes so that no text can close
// the script element; the script puts text into the page with textContent.
// ExportOptions narrow what it shows (lanes, window). O(efforts + lists).
func writeHTML(in *ExportInput) ([]byte, error) {
	d, err := newHTMLData(in)
	if err != nil {
		return nil, err
	}
	var js bytes.Buffer
	enc := json.NewEncoder(&js) // escapes <, >, &, U+2028 and U+2029
	if err := enc.Encode(d); err != nil {
		return nil, fmt.Errorf("html export: %w", err)
	}
	var out bytes.Buffer
	err = htmlPage.Execute(&out, struct {
		CSP, Name            string
		Start, Finish, Today model.Date
		CSS                  template.CSS
		JS, Data             template.JS
	}{htmlCSP, d.Name, d.Start, d.Finish, in.Today, template.CSS(htmlPageCSS), template.JS(htmlPageJS),
		template.JS(strings.TrimSuffix(js.String(), "\n"))})
	if err != nil {
		return nil, fmt.Errorf("html export: %w", err)
	}
	return out.Bytes(), nil
}
