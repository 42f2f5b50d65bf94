package main

import (
	"context"
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/wailsapp/wails/v2/pkg/runtime"

	"tandem/backend/formats"
	"tandem/backend/model"
	"tandem/backend/service"
)

// Files gives the desktop UI the native file dialogs that a browser gets
// from <input type=file> and downloads. Only the desktop window binds it;
// in serve mode the UI uses the browser's own.
type Files struct {
	ctx context.Context
}

// OpenedFile is a file the user chose: its base name and its text.
type OpenedFile struct {
	Name    string `json:"name"`
	Content string `json:"content"`
}

// roadmapFilter lists the files Tandem imports (formats.ImportExtensions).
var roadmapFilter = func() []runtime.FileFilter {
	globs := make([]string, len(formats.ImportExtensions))
	for i, ext := range formats.ImportExtensions {
		globs[i] = "*" + ext
	}
	return []runtime.FileFilter{{
		DisplayName: "Roadmaps (" + strings.Join(globs, ", ") + ")",
		Pattern:     strings.Join(globs, ";"),
	}}
}()

// OpenRoadmapFile asks the user for a roadmap file and returns its name and
// text; nil when the user cancels. A file over the size limit is refused.
func (f *Files) OpenRoadmapFile() (*OpenedFile, error) {
	path, err := runtime.OpenFileDialog(f.ctx, runtime.OpenDialogOptions{Title: "Import a roadmap", Filters: roadmapFilter})
	if err != nil || path == "" {
		return nil, wrapErr(err)
	}
	data, err := readLimited(path, model.MaxFileBytes)
	if err != nil {
		return nil, wrapErr(&service.Error{Code: service.CodeInvalid, Message: err.Error()})
	}
	return &OpenedFile{Name: filepath.Base(path), Content: string(data)}, nil
}

// SaveExportedFile asks the user where to save an export (suggesting its
// file name, filtered to its extension) and writes its bytes atomically,
// decoding base64 data first; a calendar saved over an earlier one raises
// the SEQUENCE of what moved (service.WriteExport). It returns the path written, "" when
// cancelled.
func (f *Files) SaveExportedFile(file service.ExportedFile) (string, error) {
	data := []byte(file.Data)
	if file.Base64 {
		var err error
		if data, err = base64.StdEncoding.DecodeString(file.Data); err != nil {
			return "", wrapErr(&service.Error{Code: service.CodeInvalid, Message: "the export's data is not base64: " + err.Error()})
		}
	}
	opts := runtime.SaveDialogOptions{Title: "Export", DefaultFilename: file.FileName}
	if ext := filepath.Ext(file.FileName); ext != "" {
		opts.Filters = []runtime.FileFilter{{DisplayName: strings.ToUpper(ext[1:]) + " (*" + ext + ")", Pattern: "*" + ext}}
	}
	path, err := runtime.SaveFileDialog(f.ctx, opts)
	if err != nil || path == "" {
		return "", wrapErr(err)
	}
	if err := service.WriteExport(path, file.MIME, data); err != nil {
		return "", wrapErr(&service.Error{Code: service.CodeInvalid, Message: err.Error()})
	}
	return path, nil
}

// readLimited reads the file at path, refusing one over limit bytes.
func readLimited(path string, limit int64) ([]byte, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	data, err := io.ReadAll(io.LimitReader(file, limit+1))
	if err == nil && int64(len(data)) > limit {
		err = fmt.Errorf("%s is over the %d MB limit", path, limit>>20)
	}
	return data, err
}
