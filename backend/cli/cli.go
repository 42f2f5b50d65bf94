// Package cli is Tandem's command line (SPEC §4). Each subcommand is a
// constructor in its own file whose run function only calls the service.
// Nothing here needs GTK or a display.
package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Env is what a command may use of the world outside it.
type Env struct {
	Stdout, Stderr io.Writer
	// Assets is the built UI (index.html at its root), served by `serve`.
	Assets fs.FS
	// Version is printed by --version.
	Version string
}

// Command is one subcommand.
type Command struct {
	Name    string
	Usage   string // e.g. "import FILE [--name NAME]"
	Summary string
	// Run carries out the command with the arguments after its name.
	Run func(env Env, global Global, args []string) error
}

// Global holds the flags every command takes.
type Global struct {
	// Data is the store directory (--data).
	Data string
}

// Commands lists the subcommands in the order --help shows them.
func Commands() []*Command {
	return []*Command{serveCommand(), analyzeCommand(), agendaCommand(), exportCommand(), importCommand(), listCommand(), sampleCommand(), backupCommand(), restoreCommand()}
}

// Invocation is a parsed command line: the command to run (nil: open the
// desktop window), the global flags and the command's own arguments.
type Invocation struct {
	Command *Command
	Global  Global
	Args    []string
	// Help and Version are set by --help and --version with no command.
	Help, Version bool
}

// Parse reads the global flags that precede the subcommand and finds the
// subcommand. Global flags after the subcommand are read by each command.
func Parse(args []string) (Invocation, error) {
	var inv Invocation
	for len(args) > 0 {
		a := args[0]
		switch {
		case a == "-h" || a == "--help" || a == "-help" || a == "help":
			inv.Help = true
			return inv, nil
		case a == "--version" || a == "-version":
			inv.Version = true
			return inv, nil
		case a == "--data" || a == "-data":
			if len(args) < 2 {
				return inv, usageError("--data needs a directory")
			}
			inv.Global.Data, args = args[1], args[2:]
			continue
		case strings.HasPrefix(a, "--data=") || strings.HasPrefix(a, "-data="):
			inv.Global.Data, args = a[strings.Index(a, "=")+1:], args[1:]
			continue
		case strings.HasPrefix(a, "-"):
			return inv, usageError("unknown flag " + a)
		}
		for _, c := range Commands() {
			if c.Name == a {
				inv.Command, inv.Args = c, args[1:]
				return inv, nil
			}
		}
		return inv, usageError(fmt.Sprintf("unknown command %q", a))
	}
	return inv, nil
}

// Run carries out a parsed invocation that names a command (or --help,
// --version) and returns the process exit code: 0 success, 1 bad input
// (with one "tandem: ..." line on stderr), 2 bad usage.
func Run(inv Invocation, env Env) int {
	switch {
	case inv.Help:
		printHelp(env.Stdout)
		return 0
	case inv.Version:
		fmt.Fprintf(env.Stdout, "tandem %s\n", env.Version)
		return 0
	}
	err := inv.Command.Run(env, inv.Global, inv.Args)
	return Report(err, env.Stderr, inv.Command)
}

// Report prints err the way the command line does and returns the exit code.
func Report(err error, stderr io.Writer, c *Command) int {
	if err == nil {
		return 0
	}
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(stderr, "tandem: %s\n", ue)
		if c != nil {
			fmt.Fprintf(stderr, "usage: tandem %s\n", c.Usage)
		} else {
			fmt.Fprintln(stderr, "run 'tandem --help' for usage")
		}
		return 2
	}
	fmt.Fprintf(stderr, "tandem: %s\n", oneLine(err.Error()))
	return 1
}

// usageError is a command line that does not fit the command (exit 2).
type usageError string

func (e usageError) Error() string { return string(e) }

// oneLine folds a multi-line message onto one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", "; ")), " ")
}

func printHelp(w io.Writer) {
	fmt.Fprint(w, `Tandem: one roadmap for all your teams; see what collides and what compounds.

usage: tandem [--data DIR] [COMMAND] [ARGS]

With no command, tandem opens the desktop window (first run: the sample roadmap).

commands:
`)
	for _, c := range Commands() {
		fmt.Fprintf(w, "  %-44s %s\n", c.Usage, c.Summary)
	}
	fmt.Fprintf(w, `
global flags:
  --data DIR    the store directory (default %s)
  --help        this help
  --version     the version

exit status: 0 success, 1 bad input, 2 bad usage.
`, DefaultDataDir())
}

// DefaultDataDir is the store directory when --data is not given: "tandem"
// under the OS user config directory (~/.config/tandem on Linux).
func DefaultDataDir() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		dir = os.TempDir()
	}
	return filepath.Join(dir, "tandem")
}

// DataDir returns the store directory of g.
func (g Global) DataDir() string {
	if g.Data != "" {
		return g.Data
	}
	return DefaultDataDir()
}
