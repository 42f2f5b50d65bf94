package cli

import (
	"bufio"
	"errors"
	"os"

	"tandem/backend/service"
)

func analyzeCommand() *Command {
	return &Command{
		Name: "analyze", Usage: "analyze FILE [--json]",
		Summary: "schedule, conflicts, integrations and coordination of a roadmap file",
		Run: func(env Env, g Global, args []string) error {
			fs := newFlags("analyze", &g)
			asJSON := fs.Bool("json", false, "print the analysis as JSON (SPEC §4)")
			path, err := fileArg(fs, args)
			if err != nil {
				return err
			}
			collectFrom(fileSize(path))
			data, release, outside, err := readMapped(path)
			if err != nil {
				return err
			}
			limitMemory(outside)
			f, err := service.ReadForAnalysis(data, path)
			release() // the file is read: it and the analysis are never in memory together
			limitMemory(0)
			if err == nil {
				// The answer streams to stdout as it is written (136 MB of
				// JSON at 200,000 efforts), never whole in memory.
				out := bufio.NewWriterSize(env.Stdout, 64<<10)
				if err = f.WriteAnalysis(out, *asJSON); err == nil {
					return out.Flush()
				}
			}
			if bad := (*service.Error)(nil); errors.As(err, &bad) {
				return inFile(path, err)
			}
			return err
		},
	}
}

// fileSize is the size of the file at path, or 0 when it cannot be told
// (reading it will say why).
func fileSize(path string) int64 {
	if st, err := os.Stat(path); err == nil {
		return st.Size()
	}
	return 0
}
