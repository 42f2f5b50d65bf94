package model

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// mustParse parses data or fails the test.
func mustParse(t testing.TB, data []byte) *Roadmap {
	t.Helper()
	r, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// mustMarshal marshals r or fails the test.
func mustMarshal(t testing.TB, r *Roadmap) []byte {
	t.Helper()
	b, err := r.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestRoundTripFull reads a fixture with every field and unknown keys at
// several levels, writes it (against a golden file), and checks that
// read -> write -> read is the identity and write is a fixed point.
func TestRoundTripFull(t *testing.T) {
	first := mustParse(t, readFile(t, "full.tandem"))
	if err := first.Validate(); err != nil {
		t.Fatalf("the fixture is invalid: %v", err)
	}
	out := mustMarshal(t, first)
	goldenFile(t, "full.golden.tandem", out)

	second := mustParse(t, out)
	if !reflect.DeepEqual(first, second) {
		t.Errorf("read -> write -> read changed the roadmap:\n got %#v\nwant %#v", second, first)
	}
	if again := mustMarshal(t, second); !bytes.Equal(again, out) {
		t.Errorf("write is not a fixed point:\n%s", again)
	}
	checkLayout(t, out)

	// Spot checks that the fixture exercises what it claims to.
	for _, x := range []Extra{first.Extra, first.Calendar.Extra, first.Lanes[0].Extra, first.Surfaces[0].Extra,
		first.Metrics[0].Extra, first.Efforts[0].Extra, first.Dependencies[0].Extra, first.Links[0].Extra,
		first.Decisions[0].Extra, first.Rituals[0].Extra, first.Events[0].Extra} {
		if len(x) == 0 {
			t.Errorf("an entity of the fixture lost its unknown keys")
		}
	}
	if got := string(first.Extra["zz-top"]); got != `{"nested":[1,2.5e3,true,null,{"k":"v"}],"empty":{}}` {
		t.Errorf("zz-top = %s", got)
	}
}

// checkLayout checks that out is valid JSON laid out exactly as
// json.MarshalIndent(v, "", "  ") lays it out, with one trailing newline.
func checkLayout(t *testing.T, out []byte) {
	t.Helper()
	if !json.Valid(out) {
		t.Fatalf("output is not valid JSON")
	}
	var compact, indented bytes.Buffer
	if err := json.Compact(&compact, out); err != nil {
		t.Fatal(err)
	}
	if err := json.Indent(&indented, compact.Bytes(), "", "  "); err != nil {
		t.Fatal(err)
	}
	indented.WriteByte('\n')
	if !bytes.Equal(indented.Bytes(), out) {
		t.Errorf("layout differs from json.MarshalIndent's")
	}
}

// TestSpecExample parses the example of SPEC §2 as printed. It is not a
// valid roadmap: it names a lane and an effort it does not define.
func TestSpecExample(t *testing.T) {
	r := mustParse(t, readFile(t, "spec-example.tandem"))
	if len(r.Efforts) != 2 || *r.Efforts[1].DurationDays != 20 || r.Efforts[0].Touches[0] != (Touch{"pricing-page", ModeRelies}) ||
		r.Events[0].BlockedBy != "pricing-redesign" || r.Rituals[0].Weekday != "monday" {
		t.Errorf("example read wrongly: %+v", r)
	}
	err := r.Validate()
	want := `efforts[1] (id "pricing-redesign").lane: unknown lane "content"; ` +
		`links[0] (a "spring-ads" b "seo-hub").b: unknown effort "seo-hub"`
	if err == nil || err.Error() != want {
		t.Errorf("Validate() = %v\nwant %s", err, want)
	}
	if _, err := Load(readFile(t, "spec-example.tandem")); err == nil {
		t.Errorf("Load accepted an invalid roadmap")
	}
	if _, err := Load(readFile(t, "full.tandem")); err != nil {
		t.Errorf("Load: %v", err)
	}
}

func TestMarshalEmpty(t *testing.T) {
	got := string(mustMarshal(t, New("Empty")))
	want := `{
  "format": "tandem/roadmap",
  "version": 1,
  "name": "Empty",
  "lanes": [],
  "surfaces": [],
  "metrics": [],
  "efforts": [],
  "dependencies": [],
  "links": [],
  "decisions": [],
  "rituals": [],
  "events": []
}
`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestMarshalDeterministic writes the same roadmap many times: map order
// (unknown keys) must not show.
func TestMarshalDeterministic(t *testing.T) {
	r := mustParse(t, readFile(t, "full.tandem"))
	x := Extra{}
	for _, k := range strings.Fields("q w e r t y u i o p a s d f g h j k l z x c v b n m") {
		x[k] = json.RawMessage(`"` + k + `"`)
	}
	r.Efforts[1].Extra, r.Lanes[1].Extra = x, x
	first := mustMarshal(t, r)
	for range 20 {
		if again := mustMarshal(t, r); !bytes.Equal(again, first) {
			t.Fatal("two writes of one roadmap differ")
		}
		if again := mustMarshal(t, r.Clone()); !bytes.Equal(again, first) {
			t.Fatal("a clone writes different bytes")
		}
	}
}

func TestMarshalExtraRules(t *testing.T) {
	r := New("x")
	r.Lanes = []Lane{{ID: "a", Name: "A", Extra: Extra{
		"id":      json.RawMessage(`"shadow"`), // a known key: never written twice
		"empty":   nil,                         // written as null
		"sp ace":  json.RawMessage(" [1, 2] "),
		"quo\"te": json.RawMessage(`{}`),
	}}}
	got := string(mustMarshal(t, r))
	want := `  "lanes": [
    {
      "id": "a",
      "name": "A",
      "empty": null,
      "quo\"te": {},
      "sp ace": [
        1,
        2
      ]
    }
  ],`
	if !strings.Contains(got, want) {
		t.Errorf("got\n%s\nwant it to contain\n%s", got, want)
	}
	r.Lanes[0].Extra["bad"] = json.RawMessage(`{nope`)
	if _, err := r.Marshal(); err == nil || !strings.Contains(err.Error(), `unknown key "bad": invalid JSON value`) {
		t.Errorf("Marshal with an invalid Extra value: err = %v", err)
	}
	if err := r.Write(&bytes.Buffer{}); err == nil {
		t.Errorf("Write with an invalid Extra value succeeded")
	}
}

func TestStringEscapes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", `"plain"`},
		{`"quoted" \ back`, `"\"quoted\" \\ back"`},
		{"\n\r\t\b\f\x00\x1f", `"\n\r\t\b\f\u0000\u001f"`},
		{"<a & b>", `"<a & b>"`},
		{"café 🚀 \uFFFD", `"café 🚀 ` + "\uFFFD" + `"`},
		{"line\u2028para\u2029", `"line\u2028para\u2029"`},
		{"bad \xff utf8 \xe2\x82", `"bad \ufffd utf8 \ufffd\ufffd"`},
	}
	for _, tt := range tests {
		e := encoder{}
		e.str(tt.in)
		if string(e.buf) != tt.want {
			t.Errorf("str(%q) = %s, want %s", tt.in, e.buf, tt.want)
		}
		var back string
		if err := json.Unmarshal(e.buf, &back); err != nil {
			t.Errorf("str(%q) is not JSON: %v", tt.in, err)
		}
		if d := newDecoder(e.buf); true {
			got, err := d.str()
			if err != nil || got != back {
				t.Errorf("decoder reads %q as %q, %v; encoding/json as %q", e.buf, got, err, back)
			}
		}
	}
}

// TestEncodingJSON checks the Marshaler and Unmarshaler methods that
// encoding/json (Wails, HTTP) uses: same content as the file, compact.
func TestEncodingJSON(t *testing.T) {
	file := readFile(t, "full.tandem")
	r := mustParse(t, file)

	got, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := json.Compact(&want, mustMarshal(t, r)); err != nil {
		t.Fatal(err)
	}
	// encoding/json escapes <, > and & in Marshaler output; undo that.
	got = unescapeHTML(got)
	if !bytes.Equal(got, want.Bytes()) {
		t.Errorf("json.Marshal differs from Marshal:\n got %s\nwant %s", got, want.Bytes())
	}

	var viaStd Roadmap
	if err := json.Unmarshal(file, &viaStd); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&viaStd, r) {
		t.Errorf("json.Unmarshal differs from Parse")
	}

	// Values nested in other structs, and single entities, keep unknown keys.
	type snapshot struct {
		Roadmap *Roadmap `json:"roadmap"`
		Effort  Effort   `json:"effort"`
	}
	b, err := json.Marshal(snapshot{Roadmap: r, Effort: r.Efforts[0]})
	if err != nil {
		t.Fatal(err)
	}
	var back snapshot
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	// encoding/json HTML-escapes kept values ("&" becomes "\u0026"): the
	// same JSON, other bytes; compare what the file would hold.
	if !bytes.Equal(unescapeHTML(mustMarshal(t, back.Roadmap)), mustMarshal(t, r)) || !reflect.DeepEqual(back.Effort, r.Efforts[0]) {
		t.Errorf("round trip through encoding/json lost something")
	}

	// A null leaves the value; an error leaves it too and says where.
	e := r.Efforts[0]
	if err := json.Unmarshal([]byte(`null`), &e); err != nil || !reflect.DeepEqual(e, r.Efforts[0]) {
		t.Errorf("null changed the effort: %v", err)
	}
	err = json.Unmarshal([]byte(`{"id": "x", "durationDays": "3"}`), &e)
	if err == nil || !strings.Contains(err.Error(), "line 1, column 29: durationDays: want an integer, got a string") {
		t.Errorf("bad effort: err = %v", err)
	}
	if !reflect.DeepEqual(e, r.Efforts[0]) {
		t.Errorf("a failed decode changed the effort")
	}
	var tc Touch
	if err := json.Unmarshal([]byte(`{"surface": "s", "Mode": "changes"}`), &tc); err != nil || tc != (Touch{Surface: "s"}) {
		t.Errorf("touch keys must match exactly: %+v %v", tc, err)
	}
}

// unescapeHTML undoes encoding/json's escaping of <, > and &.
func unescapeHTML(b []byte) []byte {
	return []byte(strings.NewReplacer(`\u003c`, "<", `\u003e`, ">", `\u0026`, "&").Replace(string(b)))
}
