package formats

// The native roadmap file (SPEC §2): the same bytes model.Roadmap.Marshal
// writes, whatever the options.
func init() {
	register(Writer{Format: "tandem", Ext: ".tandem", MIME: "application/json",
		Write: func(in *ExportInput) ([]byte, error) { return in.Roadmap.Marshal() }})
}
