package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// One desktop window per store: a second Tandem started on the store a
// window already has open hands over to that window, which comes to the
// front, and exits (Wails' single-instance lock: D-Bus on Linux, a named
// mutex on Windows and macOS). A Tandem on another store (--data) opens
// its own window.

// instanceID names the single-instance lock of the window on the store at
// dataDir: "tandem_" and 16 hex digits of the SHA-256 of the directory's
// absolute path (D-Bus names allow letters, digits and "_" only).
func instanceID(dataDir string) string {
	if abs, err := filepath.Abs(dataDir); err == nil {
		dataDir = abs
	}
	sum := sha256.Sum256([]byte(dataDir))
	return "tandem_" + hex.EncodeToString(sum[:8])
}

// window is what a second launch does to the first instance's window.
type window interface {
	Unminimise()
	Show()
}

// instanceLog is where the window notes a second launch (a line on stderr).
var instanceLog io.Writer = os.Stderr

// singleInstanceLock is the lock of the window on the store at dataDir.
// When Tandem is started again on that store, it un-minimises and shows
// the window win returns (nil before the window has started: nothing to do).
func singleInstanceLock(dataDir string, win func() window) *options.SingleInstanceLock {
	return &options.SingleInstanceLock{
		UniqueId: instanceID(dataDir),
		OnSecondInstanceLaunch: func(options.SecondInstanceData) {
			fmt.Fprintln(instanceLog, "tandem: Tandem was started again on this store: its window comes to the front")
			if w := win(); w != nil {
				w.Unminimise()
				w.Show()
			}
		},
	}
}

// runtimeWindow is the desktop window as the Wails runtime of ctx moves it.
type runtimeWindow struct{ ctx context.Context }

func (w runtimeWindow) Unminimise() { runtime.WindowUnminimise(w.ctx) }
func (w runtimeWindow) Show()       { runtime.WindowShow(w.ctx) }

// appWindow returns the window of app once it has started, else nil.
func appWindow(app *App) func() window {
	return func() window {
		if app.ctx == nil {
			return nil
		}
		return runtimeWindow{app.ctx}
	}
}

// handOver runs opts only to hand over to the window that holds the store
// (Wails exits this process once the first window has the message). When
// no window answers (the store is held by a command or `tandem serve`),
// the hidden window closes as soon as it is ready and the caller reports
// the store as in use.
func handOver(opts *options.App, run func(*options.App) error) error {
	fmt.Fprintln(instanceLog, "tandem: the store is open in another Tandem: bringing its window to the front")
	opts.StartHidden = true
	opts.Bind = nil
	opts.OnStartup = nil
	opts.OnDomReady = func(ctx context.Context) { runtime.Quit(ctx) }
	return run(opts)
}
