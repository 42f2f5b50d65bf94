package store

import (
	"os"
	"path/filepath"
)

// lockName is the file whose exclusive OS lock marks a directory as held by
// one Tandem process. Badger holds its own lock as well; ours comes first so
// that "in use" is told apart from other open errors without parsing
// messages. The lock dies with the process, so a crash leaves none behind.
const lockName = "tandem.lock"

// dirLock is a held lock; release unlocks it.
type dirLock struct{ f *os.File }

// lockDir takes the lock of dir without waiting. It returns *InUseError
// when another process (or another Store in this one) holds it.
func lockDir(dir string) (*dirLock, error) {
	f, err := os.OpenFile(filepath.Join(dir, lockName), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	busy, err := tryLock(f)
	if err != nil || busy {
		f.Close()
		if busy {
			return nil, &InUseError{Dir: dir}
		}
		return nil, err
	}
	return &dirLock{f: f}, nil
}

func (l *dirLock) release() error {
	if l == nil || l.f == nil {
		return nil
	}
	err := l.f.Close() // closing the file drops the lock
	l.f = nil
	return err
}
