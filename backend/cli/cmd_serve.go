package cli

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"tandem/backend/server"
	"tandem/backend/service"
)

// DefaultAddr is where serve listens without --addr: loopback only, since
// the API can change every roadmap.
const DefaultAddr = "127.0.0.1:7420"

func serveCommand() *Command {
	return &Command{
		Name: "serve", Usage: "serve [--addr " + DefaultAddr + "]",
		Summary: "serve the app's UI to a browser, same backend",
		Run: func(env Env, g Global, args []string) error {
			fs := newFlags("serve", &g)
			addr := fs.String("addr", DefaultAddr, "address to listen on")
			pos, err := parseFlags(fs, args)
			if err != nil {
				return err
			}
			if err := wantArgs(pos, 0, ""); err != nil {
				return err
			}
			return Serve(env, g, *addr, "")
		},
	}
}

// Serve runs serve mode on addr until SIGINT or SIGTERM. why, when not
// empty, is printed first to say why the browser UI is used (e.g. no
// display). It prints the URL once it listens, so that scripts (and people)
// can use an addr with port 0.
func Serve(env Env, g Global, addr, why string) error {
	return withService(g, func(svc *service.Service) error {
		ln, err := net.Listen("tcp", addr)
		if err != nil {
			return err
		}
		srv := &http.Server{Handler: server.New(svc, env.Assets), ReadHeaderTimeout: 10 * time.Second}
		if why != "" {
			fmt.Fprintln(env.Stdout, why)
		}
		fmt.Fprintf(env.Stdout, "Tandem is serving at http://%s/ (data: %s). Press Ctrl+C to stop.\n", ln.Addr(), g.DataDir())
		if f, ok := env.Stdout.(*os.File); ok {
			f.Sync()
		}
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		done := make(chan error, 1)
		go func() { done <- srv.Serve(ln) }()
		select {
		case err := <-done:
			return err
		case <-ctx.Done():
		}
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	})
}
