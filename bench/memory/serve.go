package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"tandem/bench/internal/procstatus"
)

// measureServe starts `tandem serve` on a free loopback port over store,
// sends file to it as one ImportRoadmap call (the body is the argument
// array with the file as a JSON string, written as it is sent), and
// returns the server's peak resident memory (VmHWM of its own process,
// which exec resets) and the body's size. The server is stopped after.
func measureServe(bin, store, file string) (measurement, int64, error) {
	cmd := exec.Command(bin, "--data", store, "serve", "--addr", "127.0.0.1:0")
	out, err := cmd.StdoutPipe()
	if err != nil {
		return measurement{}, 0, err
	}
	var stderr limitedBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return measurement{}, 0, err
	}
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
	}()
	base, err := serveAddress(out)
	if err != nil {
		return measurement{}, 0, fmt.Errorf("serve: %w (%s)", err, stderr.firstLine())
	}
	go io.Copy(io.Discard, out)

	body := &countingReader{r: importBody(file)}
	req, err := http.NewRequest("POST", base+"api/ImportRoadmap", body)
	if err != nil {
		return measurement{}, 0, err
	}
	req.Header.Set("Content-Type", "application/json")
	t0 := time.Now()
	res, err := http.DefaultClient.Do(req)
	m := measurement{result: "ok"}
	if err != nil {
		return m, body.n, err
	}
	answer := limitedBuffer{}
	io.Copy(&answer, res.Body)
	res.Body.Close()
	m.wall = time.Since(t0)
	if res.StatusCode != http.StatusOK {
		m.result = fmt.Sprintf("HTTP %d: %s", res.StatusCode, answer.firstLine())
	}
	m.rss, err = procstatus.KiB(strconv.Itoa(cmd.Process.Pid), "VmHWM")
	m.rss <<= 10
	return m, body.n, err
}

// serveAddress reads serve's first line, "Tandem is serving at URL (...",
// and returns URL.
func serveAddress(out io.Reader) (string, error) {
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		return "", fmt.Errorf("no address printed: %w", err)
	}
	for _, w := range strings.Fields(line) {
		if strings.HasPrefix(w, "http://") {
			return w, nil
		}
	}
	return "", fmt.Errorf("no address in %q", line)
}

// importBody returns the body of ImportRoadmap("", base name of file, the
// file's text), encoding the file as a JSON string as it is read.
func importBody(file string) io.Reader {
	pr, pw := io.Pipe()
	go func() {
		pw.CloseWithError(writeImportBody(pw, file))
	}()
	return pr
}

func writeImportBody(w io.Writer, file string) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	name, _ := json.Marshal(filepath.Base(file))
	if _, err := fmt.Fprintf(w, `["", %s, "`, name); err != nil {
		return err
	}
	buf := make([]byte, 1<<20)
	keep := 0 // bytes of a character cut at the end of the last chunk
	for {
		n, err := io.ReadFull(f, buf[keep:])
		n += keep
		last := errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
		if err != nil && !last {
			return err
		}
		end := n
		if !last { // leave a character cut by the chunk's end to the next
			for s := n - 1; s >= 0 && s >= n-utf8.UTFMax; s-- {
				if utf8.RuneStart(buf[s]) {
					if !utf8.FullRune(buf[s:n]) {
						end = s
					}
					break
				}
			}
		}
		q, _ := json.Marshal(string(buf[:end]))
		if _, err := w.Write(q[1 : len(q)-1]); err != nil {
			return err
		}
		if last {
			break
		}
		keep = copy(buf, buf[end:n])
	}
	_, err = io.WriteString(w, `"]`)
	return err
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
