package cli

import (
	"bufio"
	"errors"

	"tandem/backend/service"
)

func analyzeCommand() *Command {
	return &Command{
		Name: "analyze", Usage: "analyze FILE [--json]",
		Summary: "schedule, conflicts, integrations and coordination of a roadmap file",
		Run: func(env Env, g Global, args []string) error {
			fs := newFlags("analyze", &g)
			asJSON := fs.Bool("json", false, "print the analysis as JSON (SPEC §4)")
			// Go's own GOGC (100), not collectOften's 25: reading a
			// roadmap keeps almost all it allocates, so at 25% the
			// collector marked the growing roadmap again and again (at
			// 200,000 efforts a fifth of the process's time) to save
			// about 5% of its peak; the soft limit bounds the peak of
			// large roadmaps.
			limitMemory()
			path, data, err := readFileArg(fs, args)
			if err != nil {
				return err
			}
			// The answer streams to stdout as it is written (136 MB of JSON
			// at 200,000 efforts), never whole in memory.
			out := bufio.NewWriterSize(env.Stdout, 64<<10)
			err = service.AnalyzeFile(out, data, path, *asJSON)
			if bad := (*service.Error)(nil); errors.As(err, &bad) {
				return inFile(path, err)
			}
			if err != nil {
				return err
			}
			return out.Flush()
		},
	}
}
