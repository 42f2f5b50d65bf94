package cli

import (
	"bytes"
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
// over the model's size limit before reading it whole. It reads into one
// buffer of the size the file has (as os.ReadFile does; a file that grows
// meanwhile still reads, up to one byte past the limit, which the readers
// refuse): io.ReadAll would grow its buffer two dozen times for a large
// file, copying it each time and making the collector run as often, with
// two copies live at the last step (1M efforts: 360 MB and 450 MB).
func readInput(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := int64(0)
	if st, err := f.Stat(); err == nil {
		if st.Size() > model.MaxFileBytes {
			return nil, fmt.Errorf("%s: file is %d bytes; the limit is %d", path, st.Size(), model.MaxFileBytes)
		}
		size = st.Size()
	}
	return readAllSized(io.LimitReader(f, model.MaxFileBytes+1), size)
}

// readAllSized is io.ReadAll into a buffer made for size bytes (and the
// read that finds the end), grown only if r holds more.
func readAllSized(r io.Reader, size int64) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(int(size) + bytes.MinRead)
	_, err := buf.ReadFrom(r)
	return buf.Bytes(), err
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
	if path, err = fileArg(fs, args); err != nil {
		return "", nil, err
	}
	data, err = readInput(path)
	return path, data, err
}

// fileArg parses a command's arguments, which must name one FILE, and
// returns that name.
func fileArg(fs *flag.FlagSet, args []string) (string, error) {
	pos, err := parseFlags(fs, args)
	if err != nil {
		return "", err
	}
	if err := wantArgs(pos, 1, "FILE"); err != nil {
		return "", err
	}
	return pos[0], nil
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
