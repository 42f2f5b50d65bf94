// Package store keeps Tandem's roadmaps in a Badger database under one
// directory (the app's --data DIR).
//
// Every entity of a roadmap (lane, effort, dependency, ...) lives under its
// own key, so an edit rewrites only what changed. Every write is committed
// with SyncWrites: a call that returned nil is on disk. Each roadmap has a
// change log that makes edits undoable and redoable, across restarts.
//
// Key layout (all keys are plain bytes; <rid> is a roadmap id, see Create):
//
//	schema                  decimal schema version of this layout (see schema.go)
//	changes                 decimal count of committed changes, checked at open (record.go)
//	m/<name>                an app setting (Meta, SetMeta)
//	h/<rid>                 roadmap header: the "visible" key. A roadmap exists iff it has one.
//	                        Name, times, lane/effort counts, next position, undo cursor.
//	p/<rid>                 pending marker: an import or delete of <rid> is in progress.
//	                        Open purges every r/<rid>/ of a pending roadmap.
//	r/<rid>/e/<kind>/<key>  one entity: uvarint position, then its compact encoding (codec.go)
//	r/<rid>/u/<seq>         one undo step (8-byte big-endian seq): label and before/after images
//
// Positions: each entity gets the roadmap's next position when it is first
// created and keeps it when updated, so Load returns every list in creation
// order (lanes in display order). Undoing a delete restores the old position.
//
// Beside Badger's files the directory holds tandem.lock (lock.go),
// tandem-contents.json, the record of what the store holds that Open checks
// before anything writes (record.go, integrity.go), backups/ with the rolling
// backups (backup.go), and, while Open checks the store, .inspect/.
//
// Full disk (space.go): a write that the disk has no room for fails with
// *DiskFullError (ErrDiskFull) and writes nothing, instead of letting
// Badger's memory-mapped writes kill the process with SIGBUS; a store
// opened on a full disk is read-only until a call finds room.
//
// Concurrency: a Store is safe for concurrent use. Reads run in parallel;
// writes are serialised by one mutex. Only one process can open a directory
// (ErrInUse).
package store
