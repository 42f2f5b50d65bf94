package server

import (
	"io/fs"
	"net/http"
	"unicode/utf8"
)

// static serves the embedded UI: GET and HEAD only, files only (no
// directory listings: a directory other than the root is not found), and
// nothing outside assets (http.FileServerFS cleans the path and an fs.FS
// refuses names with ".." or a leading "/"). A path that is not valid
// UTF-8 is a bad request.
func static(assets fs.FS) http.Handler {
	files := http.FileServerFS(filesOnly{assets})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "the UI's files can only be read (GET)", http.StatusMethodNotAllowed)
			return
		}
		if !utf8.ValidString(r.URL.Path) {
			http.Error(w, "the path is not valid UTF-8", http.StatusBadRequest)
			return
		}
		files.ServeHTTP(w, r)
	})
}

// filesOnly is an fs.FS whose only openable directory is its root (for
// index.html): any other directory does not exist, so no listing shows.
type filesOnly struct{ fs.FS }

func (f filesOnly) Open(name string) (fs.File, error) {
	file, err := f.FS.Open(name)
	if err != nil || name == "." {
		return file, err
	}
	if st, err := file.Stat(); err != nil || st.IsDir() {
		file.Close()
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return file, nil
}
