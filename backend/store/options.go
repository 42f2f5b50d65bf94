package store

import (
	"log"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"
)

// badgerOptions tunes Badger for a desktop app whose data is a few MB:
// small memtables and caches instead of Badger's server defaults (64 MB
// memtables x5, a 256 MB block cache, 1 GB value log files), measured in
// the report of this package's issue. Values stay in the LSM tree (an edit
// is a few hundred bytes); the value log holds only values over 1 MB.
//
// Every commit is synced (SyncWrites). Writes are serialised by Store, so
// Badger's conflict detection is off.
//
// MemTableSize bounds a single transaction to 15% of it (Badger's rule):
// 16 MB allows ~2.4 MB or ~24,000 entries per Apply. Create does not have
// that bound (it writes in batches).
func badgerOptions(dir string) badger.Options {
	return badger.DefaultOptions(dir).
		WithLogger(quietLogger{}).
		WithSyncWrites(true).
		WithDetectConflicts(false).
		WithMetricsEnabled(false).
		WithMemTableSize(16 << 20).
		WithNumMemtables(2).
		WithNumLevelZeroTables(2).
		WithNumLevelZeroTablesStall(8).
		WithNumCompactors(2).
		WithCompression(options.None).
		WithBlockCacheSize(0).
		WithIndexCacheSize(0).
		WithValueLogFileSize(16 << 20).
		WithValueThreshold(1 << 20)
}

// quietLogger drops Badger's info, debug and warning lines (it logs on every
// open, flush and compaction) and passes errors to the standard logger.
type quietLogger struct{}

func (quietLogger) Errorf(f string, a ...any) { log.Printf("tandem store: badger: "+f, a...) }
func (quietLogger) Warningf(string, ...any)   {}
func (quietLogger) Infof(string, ...any)      {}
func (quietLogger) Debugf(string, ...any)     {}
