package formats

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"path/filepath"
	"strings"

	"tandem/backend/model"
)

// Format names a roadmap file format Read understands.
type Format string

// The formats Read understands.
const (
	FormatTandem       Format = "tandem"       // the native file, SPEC §2
	FormatCSV          Format = "csv"          // one effort per row, SPEC §4
	FormatMSPDI        Format = "mspdi"        // MS Project XML
	FormatGanttProject Format = "ganttproject" // GanttProject .gan
)

// Read reads a roadmap file of any format Tandem imports and returns it
// validated: a native file (.tandem, .json) through model.Load, a CSV
// file, an MS Project XML file (.xml) or a GanttProject file (.gan). The
// format is Detect's. Imports are all or nothing: on any error Read
// returns no roadmap. Input over model.MaxFileBytes is an error wrapping
// model.ErrTooLarge. Before any reader, checkText refuses an empty file,
// UTF-16, binary data and (but in XML) bytes that are not UTF-8. Every
// format may start with a UTF-8 byte order mark.
func Read(data []byte, fileName string) (*model.Roadmap, error) {
	r, _, err := ReadIndexed(data, fileName)
	return r, err
}

// ReadIndexed is Read that also returns the roadmap's model.Index when the
// reader made one as it read (a native file, model.LoadIndexed), or nil
// (the other formats: a caller that wants one makes it with
// model.NewIndex).
func ReadIndexed(data []byte, fileName string) (*model.Roadmap, *model.Index, error) {
	if err := checkSize(data); err != nil {
		return nil, nil, err
	}
	f, err := Detect(data, fileName)
	if err != nil {
		if textErr := checkText(data, fileName, false); textErr != nil {
			return nil, nil, textErr
		}
		return nil, nil, err
	}
	if f == FormatTandem {
		r, x, err := parseNative(data, fileName)
		if err != nil {
			return nil, nil, err
		}
		if err := r.CheckIndexed(x); err != nil {
			return nil, nil, err
		}
		return r, x, nil
	}
	if err := checkText(data, fileName, f == FormatMSPDI || f == FormatGanttProject); err != nil {
		return nil, nil, err
	}
	var r *model.Roadmap
	switch f {
	case FormatCSV:
		r, err = ReadCSV(data, fileName)
	case FormatMSPDI:
		r, err = ReadMSPDI(data, fileName)
	case FormatGanttProject:
		r, err = ReadGanttProject(data, fileName)
	}
	return r, nil, err
}

// ImportExtensions are the file extensions Tandem imports, in the order the
// file dialogs list them: the native format, CSV, MS Project XML and
// GanttProject (Detect). The desktop's open dialog and the UI's file input
// take them from here (the UI through api/formats.gen.ts, written by a
// test).
var ImportExtensions = []string{".tandem", ".json", ".csv", ".xml", ".gan"}

// Detect tells the format of a file by its extension: .tandem and .json
// are native, .csv is CSV, .xml and .gan are XML, told apart by the root
// element (MS Project's <Project>, GanttProject's <project>; .xml defaults
// to MS Project, .gan to GanttProject). Without a known extension it looks
// at the content: '{' is native, '<' is XML as above, and a first line
// naming an id column is CSV. It reads at most the first element of data.
func Detect(data []byte, fileName string) (Format, error) {
	switch strings.ToLower(filepath.Ext(fileName)) {
	case ".tandem", ".json":
		return FormatTandem, nil
	case ".csv":
		return FormatCSV, nil
	case ".xml":
		if xmlRoot(data) == "project" {
			return FormatGanttProject, nil
		}
		return FormatMSPDI, nil
	case ".gan":
		if xmlRoot(data) == "Project" {
			return FormatMSPDI, nil
		}
		return FormatGanttProject, nil
	}
	head := bytes.TrimLeft(bytes.TrimPrefix(data, utf8BOM), " \t\r\n")
	switch {
	case len(head) == 0:
		return "", fmt.Errorf("%s: the file is empty", displayName(fileName))
	case head[0] == '{':
		return FormatTandem, nil
	case head[0] == '<':
		switch xmlRoot(data) {
		case "Project":
			return FormatMSPDI, nil
		case "project":
			return FormatGanttProject, nil
		}
		return "", fmt.Errorf("%s: an XML file that is neither MS Project XML (<Project>) nor GanttProject (<project>)", displayName(fileName))
	}
	line, _, _ := bytes.Cut(head, []byte("\n"))
	for _, name := range strings.Split(string(line), ",") {
		if csvKey(strings.Trim(strings.TrimSpace(name), `"`)) == "id" {
			return FormatCSV, nil
		}
	}
	return "", fmt.Errorf("%s: cannot tell the format (want a .tandem, .json, .csv, .xml or .gan file)", displayName(fileName))
}

// xmlRoot returns the local name of the root element, or "".
func xmlRoot(data []byte) string {
	d := xml.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, utf8BOM)))
	d.CharsetReader = charsetReader
	for {
		tok, err := d.Token()
		if err != nil {
			return ""
		}
		if el, ok := tok.(xml.StartElement); ok {
			return el.Name.Local
		}
	}
}

func displayName(fileName string) string {
	if fileName == "" {
		return "input"
	}
	return filepath.Base(fileName)
}
