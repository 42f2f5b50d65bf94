package main

import (
	"encoding/json"
	"reflect"
	"testing"

	"tandem/backend/model"
	"tandem/backend/service"
)

// TestAppIsTheAPI holds the desktop binding to service.API: Wails binds
// every exported method of App, so App must export exactly the interface's
// methods, with the same parameter and result types (it implements API,
// which the compiler checks). Serve mode answers the same interface, so
// the two transports of the UI's api module are identical.
func TestAppIsTheAPI(t *testing.T) {
	app := reflect.TypeFor[*App]()
	svc := reflect.TypeFor[service.API]()
	sig := func(m reflect.Method) string {
		ft := m.Type
		first := 0
		if ft.NumIn() > 0 && ft.In(0) == app {
			first = 1 // a method of App: its receiver is not a parameter
		}
		in := make([]reflect.Type, 0, ft.NumIn())
		for i := first; i < ft.NumIn(); i++ {
			in = append(in, ft.In(i))
		}
		out := make([]reflect.Type, 0, ft.NumOut())
		for i := 0; i < ft.NumOut(); i++ {
			out = append(out, ft.Out(i))
		}
		return reflect.FuncOf(in, out, false).String()
	}
	want := map[string]string{}
	for i := 0; i < svc.NumMethod(); i++ {
		want[svc.Method(i).Name] = sig(svc.Method(i))
	}
	got := map[string]string{}
	for i := 0; i < app.NumMethod(); i++ {
		got[app.Method(i).Name] = sig(app.Method(i))
	}
	for name, s := range want {
		switch g, ok := got[name]; {
		case !ok:
			t.Errorf("App lacks service.API method %s %s", name, s)
		case g != s:
			t.Errorf("App.%s is %s; service.API's is %s", name, g, s)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("App.%s is not in service.API: Wails would bind it", name)
		}
	}
}

// TestBoundaryErrorIsAnObject: a method's error reaches the UI as the
// service.Error object, problems and all, not as text to parse.
func TestBoundaryErrorIsAnObject(t *testing.T) {
	_, err := wrap(0, &model.ValidationError{
		Problems: []model.Problem{{Path: `lanes[0] (id "x").name`, Message: `"bad"`}},
		Cycle:    &model.CycleError{Efforts: []string{"a", "b"}},
	})
	got, _ := json.Marshal(errorFormatter(err))
	const want = `{"code":"invalid","message":"lanes[0] (id \"x\").name: \"bad\"","problems":[{"where":"lanes[0] (id \"x\").name","what":"\"bad\""}],"cycle":["a","b"]}`
	if string(got) != want {
		t.Fatalf("got %s\nwant %s", got, want)
	}
	if _, err := wrap(1, nil); err != nil {
		t.Fatalf("nil error became %v", err)
	}
}

// TestEveryMethodRecovers calls every bound method on an App without a
// service, so each one panics inside: each must return an internal error
// (as Wails would pass it to the UI) instead of panicking, which on the
// desktop would leave the UI's promise unsettled and the edit queue stuck.
func TestEveryMethodRecovers(t *testing.T) {
	app := reflect.ValueOf(NewApp(nil))
	typ := app.Type()
	for i := 0; i < typ.NumMethod(); i++ {
		m := typ.Method(i)
		t.Run(m.Name, func(t *testing.T) {
			args := make([]reflect.Value, m.Type.NumIn()-1)
			for j := range args {
				args[j] = reflect.Zero(m.Type.In(j + 1))
			}
			var out []reflect.Value
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Fatalf("%s panicked: %v", m.Name, p)
					}
				}()
				out = app.Method(i).Call(args)
			}()
			err, _ := out[len(out)-1].Interface().(error)
			if err == nil && m.Name == "ExportFormatList" {
				return // reads only the format registry: nothing to panic on
			}
			if e := service.AsError(err); e == nil || e.Code != service.CodeInternal {
				t.Fatalf("%s returned %v; want an internal error", m.Name, err)
			}
		})
	}
}
