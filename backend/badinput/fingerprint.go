package badinput

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"tandem/backend/service"
)

// Fingerprint hashes what the store behind svc holds, as the service shows
// it: the roadmap list (ids, names, counts, update times), each roadmap's
// export as a Tandem file, and the roadmap the app opens at startup with
// its undo and redo state. Two equal fingerprints mean nothing a user can
// see has changed (Badger's files may differ: they change on every open).
// The store must hold a roadmap (StartupRoadmap would create the sample).
func Fingerprint(svc *service.Service) (string, error) {
	h := sha256.New()
	list, err := svc.ListRoadmaps()
	if err != nil {
		return "", err
	}
	if len(list) == 0 {
		return "", fmt.Errorf("fingerprint of an empty store")
	}
	for _, in := range list {
		fmt.Fprintf(h, "%+v\n", in)
		file, err := svc.ExportRoadmap(in.ID, "tandem")
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%d\n%s\n", len(file), file)
	}
	snap, err := svc.StartupRoadmap()
	if err != nil {
		return "", err
	}
	fmt.Fprintf(h, "startup %s undo %v redo %v\n", snap.Info.ID, snap.CanUndo, snap.CanRedo)
	return hex.EncodeToString(h.Sum(nil)), nil
}
