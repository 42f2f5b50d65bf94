package model_test
import ("testing";"time";"runtime";"tandem/backend/model";"tandem/backend/model/modeltest")
func TestScratchMillion(t *testing.T) {
	r := modeltest.Generate(1_000_000, 42)
	t0 := time.Now()
	data, err := r.Marshal()
	if err != nil { t.Fatal(err) }
	t.Logf("Marshal: %d bytes (%.0f MiB) in %v, limit %d", len(data), float64(len(data))/(1<<20), time.Since(t0), model.MaxFileBytes)
	r = nil
	runtime.GC()
	var ms runtime.MemStats; runtime.ReadMemStats(&ms); before := ms.HeapAlloc
	t0 = time.Now()
	back, err := model.Parse(data)
	d := time.Since(t0)
	if err != nil { t.Logf("Parse error: %v", err); return }
	runtime.GC(); runtime.ReadMemStats(&ms)
	t.Logf("Parse: %v = %.0f MB/s; model heap %.0f MiB", d, float64(len(data))/d.Seconds()/1e6, float64(ms.HeapAlloc-before)/(1<<20))
	t0 = time.Now()
	if err := back.Validate(); err != nil { t.Fatal(err) }
	t.Logf("Validate: %v", time.Since(t0))
	t0 = time.Now(); back.Clone(); t.Logf("Clone: %v", time.Since(t0))
}
