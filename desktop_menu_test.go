package main

import (
	"fmt"
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
