package cli

import (
	"fmt"

	"tandem/backend/store"
)

func backupCommand() *Command {
	return &Command{
		Name: "backup", Usage: "backup -o FILE",
		Summary: "write the whole store (roadmaps, undo history, settings) to one backup file",
		Run: func(env Env, g Global, args []string) error {
			fs := newFlags("backup", &g)
			out := fs.String("o", "", "the backup file to write")
			pos, err := parseFlags(fs, args)
			if err != nil {
				return err
			}
			if err := wantArgs(pos, 0, ""); err != nil {
				return err
			}
			if *out == "" {
				return usageError("missing -o FILE")
			}
			return withStore(g, func(st *store.Store) error {
				info, err := st.Backup(*out)
				if err != nil {
					return fmt.Errorf("cannot write the backup %s: %w", *out, err)
				}
				fmt.Fprintf(env.Stdout, "backed up %s (%s) to %s\n", roadmapCount(info.Roadmaps), byteSize(info.Bytes), info.Path)
				return nil
			})
		},
	}
}

// roadmapCount is "1 roadmap" or "N roadmaps".
func roadmapCount(n int) string {
	if n == 1 {
		return "1 roadmap"
	}
	return fmt.Sprintf("%d roadmaps", n)
}

// byteSize is a byte count for people: 812 B, 12.4 KB, 3.1 MB.
func byteSize(n int64) string {
	switch {
	case n < 1000:
		return fmt.Sprintf("%d B", n)
	case n < 1000*1000:
		return fmt.Sprintf("%.1f KB", float64(n)/1000)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/1000/1000)
}
