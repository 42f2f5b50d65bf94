package cli

import (
	"tandem/backend/service"
	"tandem/backend/store"
)

// withService opens the store of g, runs fn with a service over it and
// closes the store, returning fn's error or else the close error.
func withService(g Global, fn func(svc *service.Service) error) error {
	st, err := store.Open(g.DataDir())
	if err != nil {
		return err
	}
	err = fn(service.New(st))
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	return err
}
