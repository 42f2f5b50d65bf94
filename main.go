// Command tandem is Tandem: one roadmap for several teams, with the
// sequencing, conflicts and integrations between them made visible.
//
// With a subcommand (SPEC §4) it runs on the command line and needs no
// display; without one it opens the desktop window (see window.go: the
// command-line build starts the desktop build beside it).
package main

import (
	"embed"
	"fmt"
	"io/fs"
	"os"

	"tandem/backend/cli"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

//go:embed all:frontend/dist
var embedded embed.FS

func main() {
	assets, err := fs.Sub(embedded, "frontend/dist")
	if err != nil {
		panic(err) // the embed path is fixed at compile time
	}
	env := cli.Env{Stdout: os.Stdout, Stderr: os.Stderr, Assets: assets, Version: version}
	inv, err := cli.Parse(os.Args[1:])
	if err != nil {
		os.Exit(cli.Report(err, os.Stderr, nil))
	}
	if inv.Command != nil || inv.Help || inv.Version {
		os.Exit(cli.Run(inv, env))
	}
	why := noDisplay()
	if why == "" && !windowBuilt {
		err := startWindow() // returns only when it could not
		why = fmt.Sprintf("Tandem's desktop window could not start (%v), so Tandem serves its window to a browser instead.", err)
	}
	if why != "" {
		// Without a display the window cannot open: serve the same UI instead.
		os.Exit(cli.Report(cli.Serve(env, inv.Global, cli.DefaultAddr, why), os.Stderr, nil))
	}
	if err := runDesktop(inv.Global, assets); err != nil {
		os.Exit(cli.Report(err, os.Stderr, nil))
	}
}
