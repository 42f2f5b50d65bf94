package cli

import (
	"errors"
	"fmt"

	"tandem/backend/service"
	"tandem/backend/store"
)

// withService opens the store of g, runs fn with a service over it and
// closes the store, returning fn's error or else the close error. A store
// another Tandem holds is said so with what to do, on one line.
func withService(g Global, fn func(svc *service.Service) error) error {
	st, err := store.Open(g.DataDir())
	if errors.Is(err, store.ErrInUse) {
		return fmt.Errorf("%w: close the Tandem window or `tandem serve` that has it open, or give another store with --data DIR", err)
	}
	if err != nil {
		return err
	}
	err = fn(service.New(st))
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	return err
}
