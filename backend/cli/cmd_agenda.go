package cli

import (
	"time"

	"tandem/backend/service"
)

func agendaCommand() *Command {
	return &Command{
		Name: "agenda", Usage: "agenda FILE [--since SNAPSHOT] [--as-of DATE] [--ritual ID]",
		Summary: "a ritual's agenda as Markdown: what changed since a snapshot, handoffs, conflicts, blocks, debt",
		Run: func(env Env, g Global, args []string) error {
			fs := newFlags("agenda", &g)
			since := fs.String("since", "", "the snapshot to compare with, by id or name (default: the latest)")
			asOf := fs.String("as-of", "", "the day the agenda is for, YYYY-MM-DD (default: the file's asOf, else today)")
			ritual := fs.String("ritual", "", "the ritual whose lanes the agenda covers (default: the whole roadmap)")
			path, data, err := readFileArg(fs, args)
			if err != nil {
				return err
			}
			out, err := service.AgendaFile(data, path, *ritual, *since, *asOf, time.Now())
			if err != nil {
				return inFile(path, err)
			}
			_, err = env.Stdout.Write(out)
			return err
		},
	}
}
