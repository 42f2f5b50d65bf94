package cli

import (
	"fmt"
	"text/tabwriter"

	"tandem/backend/service"
)

func listCommand() *Command {
	return &Command{
		Name: "list", Usage: "list",
		Summary: "list the roadmaps in the store",
		Run: func(env Env, g Global, args []string) error {
			pos, err := parseFlags(newFlags("list", &g), args)
			if err != nil {
				return err
			}
			if err := wantArgs(pos, 0, ""); err != nil {
				return err
			}
			return withService(g, func(svc *service.Service) error {
				list, err := svc.ListRoadmaps()
				if err != nil {
					return err
				}
				tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
				fmt.Fprintln(tw, "ID\tNAME\tLANES\tEFFORTS\tUPDATED")
				for _, r := range list {
					fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\n", r.ID, r.Name, r.Lanes, r.Efforts, r.UpdatedAt)
				}
				return tw.Flush()
			})
		},
	}
}
