package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"tandem/backend/model"
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
			path, err := fileArg(fs, args)
			if err != nil {
				return err
			}
			// A CSV file is imported as it is read from the disk
			// (service.ImportCSVFile), unless it may have a problem: then,
			// as any other file, it is read whole first, before the store
			// opens, so that its errors come as they always did.
			var data []byte
			stream := streamable(path)
			if !stream {
				if data, err = readInput(path); err != nil {
					return err
				}
			}
			return withService(g, func(svc *service.Service) error {
				if stream {
					if info, ok := service.ImportCSVFile(svc, *name, path); ok {
						printImported(env, info)
						return nil
					}
					if data, err = readInput(path); err != nil {
						return err
					}
				}
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
				printImported(env, info)
				return nil
			})
		},
	}
}

// streamable reports whether path names a CSV file (by its extension) that
// opens and is a regular file within the size limit, which the import
// reads as it goes rather than whole.
func streamable(path string) bool {
	if !strings.EqualFold(filepath.Ext(path), ".csv") {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	st, err := f.Stat()
	return err == nil && st.Mode().IsRegular() && st.Size() <= model.MaxFileBytes
}

func printImported(env Env, info service.RoadmapInfo) {
	fmt.Fprintf(env.Stdout, "imported %q (id %s): %d lanes, %d efforts\n",
		info.Name, info.ID, info.Lanes, info.Efforts)
}
