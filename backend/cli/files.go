package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"tandem/backend/atomicfile"
	"tandem/backend/model"
)

// readInput reads a roadmap file named on the command line, refusing one
// over the model's size limit before reading it whole.
func readInput(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > model.MaxFileBytes {
		return nil, fmt.Errorf("%s: file is %d bytes; the limit is %d", path, st.Size(), model.MaxFileBytes)
	}
	return io.ReadAll(io.LimitReader(f, model.MaxFileBytes+1))
}

// writeOutput writes data to path atomically, or to stdout when path is "".
func writeOutput(path string, data []byte, stdout io.Writer) error {
	if path == "" {
		_, err := stdout.Write(data)
		return err
	}
	return atomicfile.Write(path, data)
}

// readFileArg parses a command's arguments, which must name one FILE, and
// reads that file.
func readFileArg(fs *flag.FlagSet, args []string) (path string, data []byte, err error) {
	pos, err := parseFlags(fs, args)
	if err != nil {
		return "", nil, err
	}
	if err := wantArgs(pos, 1, "FILE"); err != nil {
		return "", nil, err
	}
	data, err = readInput(pos[0])
	return pos[0], data, err
}

// inFile names path in err's message, once: readers that already begin
// their message with the file's base name (format detection, text checks)
// get the path in its place.
func inFile(path string, err error) error {
	msg := strings.TrimPrefix(err.Error(), filepath.Base(path)+": ")
	return fileError{msg: path + ": " + msg, err: err}
}

// fileError is an error whose message names its file.
type fileError struct {
	msg string
	err error
}

func (e fileError) Error() string { return e.msg }
func (e fileError) Unwrap() error { return e.err }
