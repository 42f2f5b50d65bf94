package main

import (
	"context"

	"github.com/wailsapp/wails/v2/pkg/menu"
	"github.com/wailsapp/wails/v2/pkg/menu/keys"
	"github.com/wailsapp/wails/v2/pkg/runtime"
)

// MenuEvent is the Wails event the native menu emits; its one argument is
// the action's name (menuActions). The UI's shortcuts run the same actions,
// so the menu only says which one was chosen.
const MenuEvent = "menu"

// menuItem is one entry of the native menu: a label, an optional
// accelerator and the action it emits ("" for a separator).
type menuItem struct {
	label  string
	accel  *keys.Accelerator
	action string
}

// menuActions is the native application menu, by submenu.
var menuActions = []struct {
	title string
	items []menuItem
}{
	{"File", []menuItem{
		{"New roadmap", keys.CmdOrCtrl("n"), "new-roadmap"},
		{"Import roadmap…", keys.CmdOrCtrl("o"), "import"},
		{"Export roadmap…", keys.CmdOrCtrl("e"), "export"},
		{},
		{"Quit", keys.CmdOrCtrl("q"), "quit"},
	}},
	{"Edit", []menuItem{
		{"Undo", keys.CmdOrCtrl("z"), "undo"},
		{"Redo", keys.Combo("z", keys.CmdOrCtrlKey, keys.ShiftKey), "redo"},
		{},
		{"New effort", nil, "new-effort"},
		{"Delete selection", nil, "delete"},
		{},
		{"Find…", keys.CmdOrCtrl("f"), "find"},
	}},
	{"View", []menuItem{
		{"Fit to roadmap", keys.CmdOrCtrl("0"), "fit"},
		{"Go to today", nil, "today"},
		{"Zoom in", keys.CmdOrCtrl("="), "zoom-in"},
		{"Zoom out", keys.CmdOrCtrl("-"), "zoom-out"},
		{},
		{"Present", keys.Key("f5"), "present"},
		{},
		// The views' own shortcuts are Alt+key, handled by the UI (views/registry.ts);
		// an accelerator here as well would toggle a view twice.
		{"Conflict board", nil, "view-conflicts"},
		{"Decision log", nil, "view-decisions"},
		{"Agenda", nil, "view-agenda"},
		{},
		{"Keyboard shortcuts", nil, "shortcuts"},
	}},
}

// appMenu builds the native menu. ctx returns the Wails context once the
// app has started; "quit" closes the window the normal way, every other
// action is sent to the UI as a MenuEvent.
func appMenu(ctx func() context.Context) *menu.Menu {
	m := menu.NewMenu()
	for _, sub := range menuActions {
		s := m.AddSubmenu(sub.title)
		for _, it := range sub.items {
			if it.action == "" {
				s.AddSeparator()
				continue
			}
			action := it.action
			s.AddText(it.label, it.accel, func(*menu.CallbackData) {
				if action == "quit" {
					runtime.Quit(ctx())
					return
				}
				runtime.EventsEmit(ctx(), MenuEvent, action)
			})
		}
	}
	return m
}
