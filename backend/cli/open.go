package cli

import (
	"tandem/backend/service"
	"tandem/backend/store"
)

// withService opens the store of g, takes today's rolling backup in the
// background (store.StartDailyBackup), runs fn with a service over the
// store and closes it, returning fn's error or else the close error.
func withService(g Global, fn func(svc *service.Service) error) error {
	return withStore(g, func(st *store.Store) error {
		st.StartDailyBackup()
		return fn(service.New(st))
	})
}

// withStore opens the store of g, runs fn with it and closes it, returning
// fn's error or else the close error.
func withStore(g Global, fn func(st *store.Store) error) error {
	st, err := store.Open(g.DataDir())
	if err != nil {
		return err
	}
	err = fn(st)
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	return err
}
