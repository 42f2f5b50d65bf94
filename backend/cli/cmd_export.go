package cli

import (
	"fmt"

	"tandem/backend/service"
)

func exportCommand() *Command {
	return &Command{
		Name: "export", Usage: "export FILE --format F [-o OUT]",
		Summary: "convert a roadmap file (formats: " + service.ExportFormats + ")",
		Run: func(env Env, g Global, args []string) error {
			fs := newFlags("export", &g)
			format := fs.String("format", "", "output format")
			out := fs.String("o", "", "output file (default: stdout)")
			path, data, err := readFileArg(fs, args)
			if err != nil {
				return err
			}
			if *format == "" {
				return usageError("missing --format")
			}
			b, err := service.ExportFile(data, path, *format)
			if err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			return writeOutput(*out, b, env.Stdout)
		},
	}
}
