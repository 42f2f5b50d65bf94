package cli

import (
	"flag"
	"io"
)

// newFlags returns a flag set for a command that also accepts the global
// flags (so `tandem import f --data DIR` works like `tandem --data DIR import f`).
func newFlags(name string, g *Global) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&g.Data, "data", g.Data, "store directory")
	return fs
}

// parseFlags parses args with flags and positional arguments in any order
// and returns the positional ones. A bad flag is a usage error.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, usageError(err.Error())
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// wantArgs checks the number of positional arguments.
func wantArgs(pos []string, n int, what string) error {
	switch {
	case len(pos) < n:
		return usageError("missing " + what)
	case len(pos) > n:
		return usageError("unexpected argument " + pos[n])
	}
	return nil
}
