// Package badinput holds the classes of bad input that Tandem must answer
// clearly and without changing anything: files under testdata/, one a
// class, and what the one-line answer must name (the place and the
// problem), in testdata/cases.txt. The command line's tests and the
// service's import tests both run every case, so the two agree.
package badinput

import (
	"bufio"
	"bytes"
	"embed"
	"encoding/base64"
	"fmt"
	"strings"
)

//go:embed testdata
var files embed.FS

// Case is one bad input.
type Case struct {
	// File is the input's file name (the importer sees it), without .b64.
	File string
	// Data is the file's content.
	Data []byte
	// Place and Problem are parts of the one-line message: where (file,
	// line and column, row and column, or the entity's path and id) and
	// what is wrong.
	Place, Problem string
}

// Cases returns every case in the order of cases.txt. It panics on a
// malformed cases.txt or a missing file: the test data is broken.
func Cases() []Case {
	list, err := files.ReadFile("testdata/cases.txt")
	if err != nil {
		panic(err)
	}
	var out []Case
	sc := bufio.NewScanner(bytes.NewReader(list))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "|")
		if len(parts) != 3 {
			panic(fmt.Sprintf("cases.txt: want FILE | PLACE | PROBLEM, got %q", line))
		}
		c := Case{File: strings.TrimSpace(parts[0]), Place: strings.TrimSpace(parts[1]), Problem: strings.TrimSpace(parts[2])}
		if c.Data, err = files.ReadFile("testdata/" + c.File); err != nil {
			panic(err)
		}
		if name, ok := strings.CutSuffix(c.File, ".b64"); ok {
			c.File = name
			if c.Data, err = base64.StdEncoding.DecodeString(string(bytes.ReplaceAll(c.Data, []byte("\n"), nil))); err != nil {
				panic(fmt.Sprintf("%s: %v", c.File, err))
			}
		}
		out = append(out, c)
	}
	return out
}
