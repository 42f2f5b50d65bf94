package cli

import (
	"fmt"

	"tandem/backend/store"
)

func restoreCommand() *Command {
	return &Command{
		Name: "restore", Usage: "restore FILE",
		Summary: "replace the store with a backup file (the current store is kept aside)",
		Run: func(env Env, g Global, args []string) error {
			pos, err := parseFlags(newFlags("restore", &g), args)
			if err != nil {
				return err
			}
			if err := wantArgs(pos, 1, "FILE"); err != nil {
				return err
			}
			r, err := store.Restore(g.DataDir(), pos[0])
			if err != nil {
				return err
			}
			fmt.Fprintf(env.Stdout, "restored %s from %s (backed up %s) into %s\n", roadmapCount(r.Backup.Roadmaps), pos[0],
				r.Backup.Created.Local().Format("2006-01-02 15:04"), g.DataDir())
			if r.Previous != "" {
				fmt.Fprintf(env.Stdout, "the store it replaced is kept at %s\n", r.Previous)
			}
			return nil
		},
	}
}
