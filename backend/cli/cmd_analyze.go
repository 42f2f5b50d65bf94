package cli

import (
	"tandem/backend/service"
)

func analyzeCommand() *Command {
	return &Command{
		Name: "analyze", Usage: "analyze FILE [--json]",
		Summary: "schedule, conflicts, integrations and coordination of a roadmap file",
		Run: func(env Env, g Global, args []string) error {
			fs := newFlags("analyze", &g)
			asJSON := fs.Bool("json", false, "print the analysis as JSON (SPEC §4)")
			path, data, err := readFileArg(fs, args)
			if err != nil {
				return err
			}
			out, err := service.AnalyzeFile(data, path, *asJSON)
			if err != nil {
				return inFile(path, err)
			}
			_, err = env.Stdout.Write(out)
			return err
		},
	}
}
