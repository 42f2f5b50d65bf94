package model

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// head is a valid start of a roadmap object, for inputs that test one thing.
const head = `{"format": "tandem/roadmap", "version": 1, "name": "x"`

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", ``, `line 1, column 1: unexpected end of input`},
		{"spaces only", "  \n ", `line 2, column 2: unexpected end of input`},
		{"not an object", `[]`, `line 1, column 1: want a roadmap object, got an array`},
		{"null", `null`, `line 1, column 1: want a roadmap object, got null`},
		{"string", `"x"`, `line 1, column 1: want a roadmap object, got a string`},
		{"garbage", `hello`, `line 1, column 1: invalid character 'h', want a value`},
		{"unterminated", `{"format": "tandem/roadmap"`, `line 1, column 28: unexpected end of input`},
		{"trailing comma in object", head + `,}`, `line 1, column 56: invalid character '}', want a string for an object key`},
		{"trailing comma in array", head + `, "lanes": [{"id": "a", "name": "A"},]}`, `line 1, column 92: lanes[1]: invalid character ']', want a value`},
		{"missing colon", `{"format" "x"}`, `line 1, column 11: invalid character '"', want ':' after an object key`},
		{"missing comma", "{\n  \"format\": \"x\"\n  \"version\": 1}", `line 3, column 3: invalid character '"', want ',' or '}' after an object member`},
		{"missing comma in array", head + `, "lanes": [{"id": "a"} {"id": "b"}]}`, `line 1, column 79: lanes: invalid character '{', want ',' or ']' after an array element`},
		{"single quotes", `{'format': 1}`, `line 1, column 2: invalid character '\'', want a string for an object key`},
		{"comment", "{\n// no comments\n}", `line 2, column 1: invalid character '/', want a string for an object key`},
		{"after value", head + `} x`, `line 1, column 57: invalid character 'x' after the top-level value`},
		{"second object", head + `}{}`, `line 1, column 56: invalid character '{' after the top-level value`},
		{"bad literal", head + `, "x": nul}`, `line 1, column 65: x: invalid character '}' in literal null`},
		{"bad number", head + `, "x": 01}`, `line 1, column 63: invalid character '1', want ',' or '}' after an object member`},
		{"bad fraction", head + `, "x": 1.}`, `line 1, column 64: x: invalid character '}' in a number`},
		{"bad exponent", head + `, "x": 1e}`, `line 1, column 64: x: invalid character '}' in a number`},
		{"minus alone", head + `, "x": -}`, `line 1, column 63: x: invalid character '}' in a number`},
		{"control char", head + ", \"x\": \"a\tb\"}", `line 1, column 64: x: invalid control character byte 0x09 in a string`},
		{"bad escape", head + `, "x": "a\qb"}`, `line 1, column 65: x: invalid escape character 'q' in a string`},
		{"bad unicode escape", head + `, "x": "\u12G4"}`, `line 1, column 67: x: invalid character 'G' in a \u escape`},
		{"invalid utf-8", head + ", \"x\": \"a\xffb\"}", `line 1, column 64: x: invalid UTF-8 in a string`},
		{"unterminated string", head + `, "x": "abc`, `line 1, column 66: x: unexpected end of input in a string`},
		{"column counts runes", "{\"name\": \"éé\", \"version\": \"1\"}", `line 1, column 27: version: want an integer, got a string`},
		{"version string", head + `, "version": "1"}`, `line 1, column 68: version: want an integer, got a string`},
		{"version fraction", `{"version": 1.5}`, `line 1, column 13: version: want an integer, got 1.5`},
		{"version exponent", `{"version": 1e0}`, `line 1, column 13: version: want an integer, got 1e0`},
		{"version huge", `{"version": 99999999999}`, `line 1, column 13: version: integer 99999999999 out of range`},
		{"name number", `{"name": 3}`, `line 1, column 10: name: want a string, got a number`},
		{"lanes object", `{"lanes": {}}`, `line 1, column 11: lanes: want an array, got an object`},
		{"lane string", `{"lanes": ["paid"]}`, `line 1, column 12: lanes[0]: want a lane object, got a string`},
		{"calendar array", `{"calendar": []}`, `line 1, column 14: calendar: want a calendar object, got an array`},
		{"workdays string", `{"calendar": {"workdays": "mon"}}`, `line 1, column 27: calendar.workdays: want an array of strings, got a string`},
		{"workday number", `{"calendar": {"workdays": ["mon", 2]}}`, `line 1, column 35: calendar.workdays[1]: want a string, got a number`},
		{"duration string", "{\"efforts\": [\n {\"id\": \"a\"},\n {\"id\": \"b\", \"durationDays\": \"20\"}]}", `line 3, column 30: efforts[1].durationDays: want an integer, got a string`},
		{"touch mode number", `{"efforts": [{"touches": [{"mode": 1}]}]}`, `line 1, column 36: efforts[0].touches[0].mode: want a string, got a number`},
		{"touch unknown key bad", `{"efforts": [{"touches": [{"x": [}]}]}`, `line 1, column 34: efforts[0].touches[0].x: invalid character '}', want a value`},
		{"move string", `{"efforts": [{"moves": ["up"]}]}`, `line 1, column 25: efforts[0].moves[0]: want a move object, got a string`},
		{"lag bool", `{"dependencies": [{"lagDays": true}]}`, `line 1, column 31: dependencies[0].lagDays: want an integer, got a boolean`},
		{"decision efforts string", `{"decisions": [{"efforts": "a"}]}`, `line 1, column 28: decisions[0].efforts: want an array of strings, got a string`},
		{"event status number", `{"events": [{"status": 3}]}`, `line 1, column 24: events[0].status: want a string, got a number`},
		{"bad value in unknown key", `{"zz": {"a": tru}}`, `line 1, column 17: zz: invalid character '}' in literal true`},
		{"type error after bad syntax", `{"name": [1,,2]}`, `line 1, column 13: name: invalid character ',', want a value`},
		{"escaped key path", `{"efforts": [{"\u0069d": 5}]}`, `line 1, column 26: efforts[0].id: want a string, got a number`},
		{"too deep", strings.Repeat("[", MaxDepth+1), `line 1, column 65: nested more than 64 deep`},
		{"too deep in an unknown value", `{"x": ` + strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth) + `}`, `line 1, column 70: x: nested more than 64 deep`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse([]byte(tt.in))
			if err == nil {
				t.Fatalf("Parse succeeded: %+v", r)
			}
			var de *DecodeError
			if !errors.As(err, &de) {
				t.Fatalf("error %T %v is not a *DecodeError", err, err)
			}
			if err.Error() != tt.want {
				t.Errorf("error\n got %s\nwant %s", err, tt.want)
			}
		})
	}
}

func TestParseAccepts(t *testing.T) {
	tests := []struct {
		name, in string
		want     Roadmap
	}{
		{"minimal", `{}`, Roadmap{}},
		{"deepest unknown value", `{"x": ` + strings.Repeat("[", MaxDepth-1) + strings.Repeat("]", MaxDepth-1) + `}`,
			Roadmap{Extra: Extra{"x": []byte(strings.Repeat("[", MaxDepth-1) + strings.Repeat("]", MaxDepth-1))}}},
		{"byte order mark", "\xEF\xBB\xBF" + head + `}`, Roadmap{Format: Format, Version: 1, Name: "x"}},
		{"white space", " \t\r\n" + head + "} \n", Roadmap{Format: Format, Version: 1, Name: "x"}},
		{"null values", `{"name": null, "version": null, "lanes": null, "calendar": null,
			"efforts": [{"id": "a", "durationDays": null, "touches": null, "start": null}]}`,
			Roadmap{Efforts: []Effort{{ID: "a"}}}},
		{"null element", `{"lanes": [null, {"id": "a"}]}`, Roadmap{Lanes: []Lane{{}, {ID: "a"}}}},
		{"empty lists are nil", `{"lanes": [], "efforts": [{"id": "a", "touches": [], "moves": []}],
			"decisions": [{"efforts": []}], "calendar": {"workdays": []}}`,
			Roadmap{Efforts: []Effort{{ID: "a"}}, Decisions: []Decision{{}}, Calendar: &Calendar{}}},
		{"duplicate key: last wins", `{"name": "a", "name": "b", "zz": 1, "zz": [2]}`,
			Roadmap{Name: "b", Extra: Extra{"zz": []byte(`[2]`)}}},
		{"keys are case-sensitive", `{"Name": "a", "ID": 1}`,
			Roadmap{Extra: Extra{"Name": []byte(`"a"`), "ID": []byte(`1`)}}},
		{"unknown values are compacted", "{\"zz\": { \"a\" : [ 1 , \"b c\" ] }}",
			Roadmap{Extra: Extra{"zz": []byte(`{"a":[1,"b c"]}`)}}},
		{"escapes", `{"name": "\"\\\/\b\f\n\r\t\u00e9\ud83d\ude80\ud800x\udc00"}`,
			Roadmap{Name: "\"\\/\b\f\n\r\té🚀\uFFFDx\uFFFD"}},
		{"negative and zero integers", `{"version": -0, "dependencies": [{"lagDays": -3}, {"lagDays": 0}]}`,
			Roadmap{Dependencies: []Dependency{{LagDays: -3}, {}}}},
		{"largest integer", `{"version": 2147483647, "dependencies": [{"lagDays": -2147483647}]}`,
			Roadmap{Version: 2147483647, Dependencies: []Dependency{{LagDays: -2147483647}}}},
		{"touch and move unknown keys dropped", `{"efforts": [{"touches": [{"surface": "s", "w": {"x": 1}, "mode": "changes"}], "moves": [{"metric": "m", "z": [], "direction": "up"}]}]}`,
			Roadmap{Efforts: []Effort{{Touches: []Touch{{"s", "changes"}}, Moves: []Move{{"m", "up"}}}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(*got, tt.want) {
				t.Errorf("got  %#v\nwant %#v", *got, tt.want)
			}
		})
	}
}

func TestParseDoesNotKeepInput(t *testing.T) {
	data := []byte(`{"name": "abc", "zz": "keep", "efforts": [{"id": "e", "lane": "l", "x": 1}]}`)
	r, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	for i := range data {
		data[i] = ' '
	}
	if r.Name != "abc" || string(r.Extra["zz"]) != `"keep"` || r.Efforts[0].Lane != "l" || string(r.Efforts[0].Extra["x"]) != "1" {
		t.Errorf("roadmap changed with its input: %+v", r)
	}
}

func TestSizeLimit(t *testing.T) {
	data := []byte(head + `}`)
	if _, _, err := parse(data, len(data)); err != nil {
		t.Errorf("at the limit: %v", err)
	}
	_, _, err := parse(data, len(data)-1)
	if !errors.Is(err, ErrTooLarge) || err.Error() != "roadmap file too large: 55 bytes, over the limit of 54" {
		t.Errorf("over the limit: %v", err)
	}
	if _, err := read(bytes.NewReader(data), len(data)); err != nil {
		t.Errorf("read at the limit: %v", err)
	}
	_, err = read(bytes.NewReader(data), 10)
	if !errors.Is(err, ErrTooLarge) || err.Error() != "roadmap file too large: more than 10 bytes" {
		t.Errorf("read over the limit: %v", err)
	}
	if _, err := Read(bytes.NewReader(data)); err != nil {
		t.Errorf("Read: %v", err)
	}
}
