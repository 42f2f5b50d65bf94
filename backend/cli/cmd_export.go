package cli

import (
	"strings"
	"time"

	"tandem/backend/formats"
	"tandem/backend/model"
	"tandem/backend/service"
)

func exportCommand() *Command {
	return &Command{
		Name: "export", Usage: "export FILE --format F [-o OUT] [--lanes a,b] [--from DATE] [--to DATE] [--paper a4|letter]",
		Summary: "convert a roadmap file (formats: " + service.ExportFormats() + ")",
		Run: func(env Env, g Global, args []string) error {
			fs := newFlags("export", &g)
			format := fs.String("format", "", "output format")
			out := fs.String("o", "", "output file (default: stdout)")
			lanes := fs.String("lanes", "", "comma-separated lane ids to show (drawn and read formats; default: all)")
			from := fs.String("from", "", "first day shown, YYYY-MM-DD (drawn and read formats)")
			to := fs.String("to", "", "last day shown, YYYY-MM-DD (drawn and read formats)")
			paper := fs.String("paper", "", "PDF page size: a4 (default) or letter")
			path, data, err := readFileArg(fs, args)
			if err != nil {
				return err
			}
			if *format == "" {
				return usageError("missing --format")
			}
			opts := formats.ExportOptions{From: model.Date(*from), To: model.Date(*to), Paper: *paper}
			if *lanes != "" {
				opts.Lanes = strings.Split(*lanes, ",")
			}
			b, err := service.ExportFile(data, path, *format, opts, time.Now())
			if err != nil {
				return inFile(path, err)
			}
			if *out != "" {
				// Over an earlier calendar export, moved events get a higher SEQUENCE.
				w, _ := formats.WriterFor(*format) // ExportFile knew the format
				return service.WriteExport(*out, w.MIME, b)
			}
			return writeOutput("", b, env.Stdout)
		},
	}
}
