package main

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"testing"
)

// TestMenuActionsAreUnique keeps every menu action and accelerator
// distinct, since the UI dispatches on the action's name.
func TestMenuActionsAreUnique(t *testing.T) {
	actions := map[string]bool{}
	accels := map[string]string{}
	for _, sub := range menuActions {
		for _, it := range sub.items {
			if it.action == "" {
				continue
			}
			if actions[it.action] {
				t.Errorf("action %q appears twice", it.action)
			}
			actions[it.action] = true
			if it.accel != nil {
				key := fmt.Sprint(it.accel.Modifiers, "+", it.accel.Key)
				if other, ok := accels[key]; ok {
					t.Errorf("%s and %s share accelerator %s", other, it.action, key)
				}
				accels[key] = it.action
			}
		}
	}
	if m := appMenu(nil); len(m.Items) != len(menuActions) {
		t.Fatalf("menu has %d submenus; want %d", len(m.Items), len(menuActions))
	}
}

// TestMenuActionsReachTheUI writes the actions the menu sends to the UI into
// the UI's source, where a spec holds that state/keys.ts's menuCommand maps
// each of them: a menu entry without a command fails one of the two tests.
func TestMenuActionsReachTheUI(t *testing.T) {
	var sent []string
	for _, sub := range menuActions {
		for _, it := range sub.items {
			if it.action != "" && it.action != "quit" {
				sent = append(sent, it.action)
			}
		}
	}
	const path = "frontend/src/lib/state/menu-actions.json"
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var listed []string
	if err := json.Unmarshal(raw, &listed); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if !slices.Equal(listed, sent) {
		want, _ := json.MarshalIndent(sent, "", "  ")
		t.Errorf("%s lists %q; the menu sends %q. Write this there:\n%s", path, listed, sent, want)
	}
}
