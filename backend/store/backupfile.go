package store

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"time"
)

// A backup file holds a whole store: a 64-byte header, then the body
// (backupbody.go: every live key and value: settings, roadmaps, their undo
// logs, the schema version). Header, big-endian:
//
//	0  8 bytes  magic "TNDMBKUP"
//	8  uint16   backup format version (backupVersion)
//	10 uint16   store schema of the body
//	12 uint32   number of roadmaps
//	16 int64    creation time, unix nanoseconds
//	24 uint64   body length in bytes
//	32 32 bytes SHA-256 of the body
//
// A restore checks length and checksum before it writes anything, so a
// truncated or garbled file is refused whole.
const (
	backupMagic      = "TNDMBKUP"
	backupVersion    = 1
	backupHeaderSize = 64
)

// BackupInfo describes a backup file.
type BackupInfo struct {
	Path     string
	Schema   int
	Roadmaps int
	Created  time.Time // UTC
	Bytes    int64     // the whole file
}

// writeBackupFile writes a backup file at path atomically: body writes the
// stream; the file appears, synced and complete, only when all went well.
func writeBackupFile(path string, info BackupInfo, body func(w io.Writer) error) (BackupInfo, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".backup-*.tmp")
	if err != nil {
		return info, err
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	fail := func(err error) (BackupInfo, error) { tmp.Close(); return info, err }
	if _, err := tmp.Write(make([]byte, backupHeaderSize)); err != nil {
		return fail(err)
	}
	sum := sha256.New()
	bw := bufio.NewWriterSize(io.MultiWriter(tmp, sum), 256<<10)
	cw := &countingWriter{w: bw}
	if err := body(cw); err != nil {
		return fail(err)
	}
	if err := bw.Flush(); err != nil {
		return fail(err)
	}
	h := make([]byte, backupHeaderSize)
	copy(h, backupMagic)
	binary.BigEndian.PutUint16(h[8:], backupVersion)
	binary.BigEndian.PutUint16(h[10:], uint16(info.Schema))
	binary.BigEndian.PutUint32(h[12:], uint32(info.Roadmaps))
	binary.BigEndian.PutUint64(h[16:], uint64(info.Created.UnixNano()))
	binary.BigEndian.PutUint64(h[24:], uint64(cw.n))
	copy(h[32:], sum.Sum(nil))
	if _, err := tmp.WriteAt(h, 0); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		return info, err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return info, err
	}
	syncDir(filepath.Dir(path))
	info.Path, info.Bytes = path, backupHeaderSize+cw.n
	return info, nil
}

// BackupFileError says why the file at Path is no backup Tandem can restore.
type BackupFileError struct{ Path, Why string }

func (e *BackupFileError) Error() string {
	return fmt.Sprintf("%s is not a usable Tandem backup: %s; nothing was changed", e.Path, e.Why)
}

// ReadBackupInfo checks the backup file at path whole (header, length and
// checksum) and returns what it holds; a *BackupFileError when it is not a
// backup, is truncated or garbled, or was made by a newer Tandem.
func ReadBackupInfo(path string) (BackupInfo, error) {
	f, err := os.Open(path)
	if err != nil {
		return BackupInfo{}, err
	}
	defer f.Close()
	info, sum, bodyLen, err := readBackupHeader(f, path)
	if err != nil {
		return info, err
	}
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return info, err
	}
	return info, checkBody(path, n, bodyLen, h, sum)
}

func readBackupHeader(f *os.File, path string) (info BackupInfo, sum []byte, bodyLen int64, err error) {
	bad := func(why string) (BackupInfo, []byte, int64, error) {
		return info, nil, 0, &BackupFileError{Path: path, Why: why}
	}
	h := make([]byte, backupHeaderSize)
	if n, err := io.ReadFull(f, h); err != nil {
		if n >= len(backupMagic) && string(h[:len(backupMagic)]) == backupMagic {
			return bad("the file is truncated")
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return bad("it does not start like one")
		}
		return info, nil, 0, err
	}
	if string(h[:8]) != backupMagic {
		return bad("it does not start like one")
	}
	if v := binary.BigEndian.Uint16(h[8:]); v > backupVersion {
		return bad(fmt.Sprintf("it was made by a newer Tandem (backup format %d; this Tandem reads up to %d)", v, backupVersion))
	}
	st, err := f.Stat()
	if err != nil {
		return info, nil, 0, err
	}
	info = BackupInfo{
		Path:     path,
		Schema:   int(binary.BigEndian.Uint16(h[10:])),
		Roadmaps: int(binary.BigEndian.Uint32(h[12:])),
		Created:  time.Unix(0, int64(binary.BigEndian.Uint64(h[16:]))).UTC(),
		Bytes:    st.Size(),
	}
	return info, h[32:], int64(binary.BigEndian.Uint64(h[24:])), nil
}

// checkBody compares a body's length n and hash with the header's.
func checkBody(path string, n, want int64, h hash.Hash, sum []byte) error {
	switch {
	case n < want:
		return &BackupFileError{Path: path, Why: fmt.Sprintf("the file is truncated (%d of %d bytes)", backupHeaderSize+n, backupHeaderSize+want)}
	case n > want:
		return &BackupFileError{Path: path, Why: fmt.Sprintf("the file has %d bytes more than it should", n-want)}
	case string(h.Sum(nil)) != string(sum):
		return &BackupFileError{Path: path, Why: "its contents are garbled (the checksum does not match)"}
	}
	return nil
}

// openBackupBody checks the backup file at path and returns its info and a
// reader of its body, positioned after the header; the caller closes it.
func openBackupBody(path string) (BackupInfo, io.ReadCloser, error) {
	info, err := ReadBackupInfo(path)
	if err != nil {
		return info, nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return info, nil, err
	}
	if _, err := f.Seek(backupHeaderSize, io.SeekStart); err != nil {
		f.Close()
		return info, nil, err
	}
	return info, f, nil
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// syncDir syncs directory dir so that a rename in it is durable; best effort.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
