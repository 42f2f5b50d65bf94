package cli

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strings"
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
		Name: "serve", Usage: "serve [--addr " + DefaultAddr + "] [--remote [--allow-host NAME,...]]",
		Summary: "serve the app's UI to a browser, same backend",
		Run: func(env Env, g Global, args []string) error {
			fs := newFlags("serve", &g)
			addr := fs.String("addr", DefaultAddr, "address to listen on")
			remote := fs.Bool("remote", false, "allow an address other machines reach; requires the printed access token")
			hosts := fs.String("allow-host", "", "with --remote: host names (comma separated) browsers may use besides IP addresses")
			pos, err := parseFlags(fs, args)
			if err != nil {
				return err
			}
			if err := wantArgs(pos, 0, ""); err != nil {
				return err
			}
			opts := ServeOptions{Addr: *addr, Remote: *remote}
			if *hosts != "" {
				if !*remote {
					return usageError("--allow-host needs --remote")
				}
				opts.Hosts = strings.Split(*hosts, ",")
			}
			if !opts.Remote && !isLoopback(opts.Addr) {
				return usageError(fmt.Sprintf("--addr %s is not a loopback address: serving other machines needs --remote (every request then needs the access token printed at start)", opts.Addr))
			}
			return serve(env, g, opts, "")
		},
	}
}

// ServeOptions is how serve mode listens.
type ServeOptions struct {
	Addr string
	// Remote requires a fresh access token on every request, which makes
	// an address other than loopback safe to listen on.
	Remote bool
	// Hosts are extra host names browsers may reach the server by (Remote only).
	Hosts []string
}

// isLoopback reports whether addr (host:port) listens on loopback only:
// "localhost" or a loopback IP. An empty host means every interface.
func isLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Serve runs serve mode on the loopback address addr until SIGINT or
// SIGTERM. why, when not empty, is printed first to say why the browser UI
// is used (e.g. no display).
func Serve(env Env, g Global, addr, why string) error {
	return serve(env, g, ServeOptions{Addr: addr}, why)
}

// serve runs serve mode with opts until SIGINT or SIGTERM. It prints the
// URL once it listens, so that scripts (and people) can use an addr with
// port 0; with Remote the URL carries the access token, printed only there.
func serve(env Env, g Global, opts ServeOptions, why string) error {
	return withService(g, func(svc *service.Service) error {
		ln, err := net.Listen("tcp", opts.Addr)
		if err != nil {
			return err
		}
		sopts := server.Options{}
		if opts.Remote {
			sopts.Token = server.NewToken()
			sopts.Hosts = append(opts.Hosts, machineName())
		}
		srv := server.HTTPServer(server.New(svc, env.Assets, sopts))
		// Signals are caught before the URL is printed: whoever reads it may stop the server.
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		if why != "" {
			fmt.Fprintln(env.Stdout, why)
		}
		fmt.Fprintf(env.Stdout, "Tandem is serving at %s (data: %s). Press Ctrl+C to stop.\n", serveURL(ln.Addr(), sopts.Token), g.DataDir())
		if sopts.Token != "" {
			fmt.Fprintln(env.Stdout, "Anyone with this address can read and change every roadmap in the store; share it only with people you trust.")
		}
		if f, ok := env.Stdout.(*os.File); ok {
			f.Sync()
		}
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

// serveURL is the address to open: the listening address (this machine's
// name when it listens on every interface) and, with a token, ?token=.
func serveURL(addr net.Addr, token string) string {
	host := addr.String()
	if tcp, ok := addr.(*net.TCPAddr); ok && tcp.IP.IsUnspecified() {
		host = net.JoinHostPort(machineName(), fmt.Sprint(tcp.Port))
	}
	u := "http://" + host + "/"
	if token != "" {
		u += "?token=" + token
	}
	return u
}

// machineName is this machine's host name, or "localhost".
func machineName() string {
	if h, err := os.Hostname(); err == nil && h != "" {
		return h
	}
	return "localhost"
}
