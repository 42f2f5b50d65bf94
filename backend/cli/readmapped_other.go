//go:build !linux

package cli

// readMapped is readInput where the file is not read into memory of its
// own (see the Linux readMapped): release does nothing, and no byte lies
// outside the Go heap.
func readMapped(path string) (data []byte, release func(), outside int, err error) {
	data, err = readInput(path)
	return data, func() {}, 0, err
}
