package cli

import "tandem/backend/sample"

func sampleCommand() *Command {
	return &Command{
		Name: "sample", Usage: "sample [-o FILE]",
		Summary: "write the built-in sample roadmap (to stdout without -o)",
		Run: func(env Env, g Global, args []string) error {
			fs := newFlags("sample", &g)
			out := fs.String("o", "", "output file")
			pos, err := parseFlags(fs, args)
			if err != nil {
				return err
			}
			if err := wantArgs(pos, 0, ""); err != nil {
				return err
			}
			return writeOutput(*out, sample.Bytes(), env.Stdout)
		},
	}
}
