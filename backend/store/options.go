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
//
// Compaction starts at 8 level-0 tables (Badger's default is 5; it was 2),
// writes stall at 16. Edits fill a 16 MB memtable rarely, so a desktop
// store seldom holds more than one; a large import (Create) writes one
// per 16 MB, and merging them while it writes cost memory and time: at
// 200,000 efforts a CSV import peaked at 317 MiB with 2, 290 MiB with 8
// (medians of 3), in 14% less wall time. Loading that roadmap from the
// uncompacted tables is no slower (2.1 s either way), nor is an edit.
func badgerOptions(dir string) badger.Options {
	return badger.DefaultOptions(dir).
		WithLogger(quietLogger{}).
		WithSyncWrites(true).
		WithDetectConflicts(false).
		WithMetricsEnabled(false).
		WithMemTableSize(16 << 20).
		WithNumMemtables(2).
		WithNumLevelZeroTables(8).
		WithNumLevelZeroTablesStall(16).
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
