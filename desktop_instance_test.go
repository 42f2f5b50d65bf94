package main

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/wailsapp/wails/v2/pkg/options"
)

// fakeWindow records what is done to it.
type fakeWindow struct{ calls []string }

func (w *fakeWindow) Unminimise() { w.calls = append(w.calls, "unminimise") }
func (w *fakeWindow) Show()       { w.calls = append(w.calls, "show") }

func TestSecondLaunchBringsTheWindowToFront(t *testing.T) {
	var log strings.Builder
	instanceLog = &log
	defer func() { instanceLog = os.Stderr }()
	w := &fakeWindow{}
	lock := singleInstanceLock(t.TempDir(), func() window { return w })
	lock.OnSecondInstanceLaunch(options.SecondInstanceData{Args: []string{"--data", "x"}})
	if want := []string{"unminimise", "show"}; !slices.Equal(w.calls, want) {
		t.Fatalf("second launch did %v, want %v", w.calls, want)
	}
	if want := "tandem: Tandem was started again on this store: its window comes to the front\n"; log.String() != want {
		t.Fatalf("second launch noted %q, want %q", log.String(), want)
	}
	// Before the window has started there is nothing to bring forward.
	singleInstanceLock(t.TempDir(), func() window { return nil }).OnSecondInstanceLaunch(options.SecondInstanceData{})
}

func TestInstanceIDIsOnePerStore(t *testing.T) {
	dir := t.TempDir()
	id := instanceID(dir)
	if !regexp.MustCompile(`^tandem_[0-9a-f]{16}$`).MatchString(id) {
		t.Fatalf("instanceID = %q, want tandem_ and 16 hex digits (a valid D-Bus name part)", id)
	}
	wd, _ := os.Getwd()
	rel, err := filepath.Rel(wd, dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := instanceID(rel); got != id {
		t.Fatalf("the same store by a relative path has id %q, want %q", got, id)
	}
	if other := instanceID(t.TempDir()); other == id {
		t.Fatalf("two stores share the id %q", id)
	}
}

// TestDesktopWindowHoldsTheLock: the window runs with the single-instance
// lock of its store, which brings it forward once it has started.
func TestDesktopWindowHoldsTheLock(t *testing.T) {
	dir := t.TempDir()
	app := NewApp(nil)
	opts := desktopOptions(dir, fstest.MapFS{}, app, &Files{})
	lock := opts.SingleInstanceLock
	if lock == nil || lock.UniqueId != instanceID(dir) || lock.OnSecondInstanceLaunch == nil {
		t.Fatalf("SingleInstanceLock = %+v, want the id of %s and a callback", lock, dir)
	}
	lock.OnSecondInstanceLaunch(options.SecondInstanceData{}) // not started: nothing happens
	if w := appWindow(app)(); w != nil {
		t.Fatalf("window before start = %v, want nil", w)
	}
}

// TestHandOverShowsNothing: a Tandem whose store is held runs Wails hidden,
// binds nothing and quits when ready, keeping the lock that hands over.
func TestHandOverShowsNothing(t *testing.T) {
	dir := t.TempDir()
	opts := desktopOptions(dir, fstest.MapFS{}, NewApp(nil), &Files{})
	boom := errors.New("no display")
	var ran *options.App
	err := handOver(opts, func(o *options.App) error { ran = o; return boom })
	if err != boom || ran == nil {
		t.Fatalf("handOver = %v (ran %v), want the run's error", err, ran != nil)
	}
	if !ran.StartHidden || ran.Bind != nil || ran.OnStartup != nil || ran.OnDomReady == nil || ran.SingleInstanceLock == nil {
		t.Fatalf("hand-over options: hidden %v, bind %v, startup %v, domready %v, lock %v",
			ran.StartHidden, ran.Bind, ran.OnStartup != nil, ran.OnDomReady != nil, ran.SingleInstanceLock)
	}
}
