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
			limitMemory()
			collectOften()
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
