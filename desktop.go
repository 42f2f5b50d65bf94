package main

import (
	"context"
	"errors"
	"io/fs"
	"os"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"
	"github.com/wailsapp/wails/v2/pkg/options/linux"

	"tandem/backend/cli"
	"tandem/backend/service"
	"tandem/backend/store"
)

// runDesktop opens the store and shows the desktop window until it closes.
// The bindings build only needs the bound types, so it opens no store. When
// another process holds the store, a window of Tandem on it comes to the
// front instead (desktop_instance.go); else the store is reported in use.
// SIGINT and SIGTERM (a session logging out) end the window through Wails'
// own handler, which wails.Run installs: the main loop quits once and the
// store is closed below. A second handler of ours quit it again, and the
// two quits raced the window's teardown (a crash 1 in ~6 quits).
func runDesktop(g cli.Global, assets fs.FS) error {
	var svc *service.Service
	var inUse error
	if !bindingsBuild {
		st, err := store.Open(g.DataDir())
		switch {
		case errors.Is(err, store.ErrInUse):
			inUse = err
		case err != nil:
			return err
		default:
			defer st.Close()
			st.StartDailyBackup()
			svc = service.New(st)
		}
	}
	edits, err := editBenchCount()
	if err != nil {
		return err
	}
	app := NewApp(svc)
	opts := desktopOptions(g.DataDir(), assets, app, &Files{})
	if edits > 0 {
		withEditBench(opts, edits, os.Stdout)
	}
	if inUse != nil {
		if err := handOver(opts, wails.Run); err != nil {
			return err
		}
		return inUse
	}
	return wails.Run(opts)
}

// desktopOptions is the desktop window of app on the store at dataDir.
func desktopOptions(dataDir string, assets fs.FS, app *App, files *Files) *options.App {
	return &options.App{
		Title:            "Tandem",
		Width:            1360,
		Height:           860,
		MinWidth:         800,
		MinHeight:        500,
		AssetServer:      &assetserver.Options{Assets: assets},
		BackgroundColour: &options.RGBA{R: 248, G: 249, B: 251, A: 255},
		OnStartup: func(ctx context.Context) {
			app.startup(ctx)
			files.ctx = ctx
		},
		Bind:               []any{app, files},
		ErrorFormatter:     errorFormatter,
		Menu:               appMenu(func() context.Context { return app.ctx }),
		Linux:              &linux.Options{ProgramName: "tandem", WebviewGpuPolicy: linux.WebviewGpuPolicyOnDemand},
		SingleInstanceLock: singleInstanceLock(dataDir, appWindow(app)),
	}
}
