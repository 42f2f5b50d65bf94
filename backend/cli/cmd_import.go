package cli

import (
	"fmt"

	"tandem/backend/service"
)

func importCommand() *Command {
	return &Command{
		Name: "import", Usage: "import FILE [--name NAME]",
		Summary: "add a roadmap file to the store (all or nothing)",
		Run: func(env Env, g Global, args []string) error {
			fs := newFlags("import", &g)
			name := fs.String("name", "", "name of the new roadmap (default: the file's)")
			collectOften()
			path, data, err := readFileArg(fs, args)
			if err != nil {
				return err
			}
			return withService(g, func(svc *service.Service) error {
				// Only the schedule is checked, not the whole analysis:
				// `tandem analyze FILE` is the command for that. The
				// file's bytes are not needed once read: nothing here
				// keeps them, so the store's writing can reuse that memory.
				file := data
				data = nil
				info, err := service.ImportFile(svc, *name, path, file)
				if err != nil {
					return inFile(path, err)
				}
				fmt.Fprintf(env.Stdout, "imported %q (id %s): %d lanes, %d efforts\n",
					info.Name, info.ID, info.Lanes, info.Efforts)
				return nil
			})
		},
	}
}
