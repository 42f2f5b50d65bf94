package service

// besideCheck runs work on another core beside check, which validates
// what work reads (both only read it), and answers as if check ran first:
// check's error when there is one, with work's result, error or panic
// dropped (work must take input that check refuses without harm: no
// unbounded loop or allocation); else work's result and error, or its
// panic again here. It waits for both.
func besideCheck[T any](check func() error, work func() (T, error)) (T, error) {
	type answer struct {
		v     T
		err   error
		panic any
	}
	done := make(chan answer, 1)
	go func() {
		var a answer
		defer func() {
			a.panic = recover()
			done <- a
		}()
		a.v, a.err = work()
	}()
	cerr := check()
	a := <-done
	var zero T
	switch {
	case cerr != nil:
		return zero, cerr
	case a.panic != nil:
		panic(a.panic) // as if work ran after check
	}
	return a.v, a.err
}
