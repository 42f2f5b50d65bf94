package formats

import "tandem/backend/model"

// ParseIndexed reads a roadmap file as ReadIndexed does, but a native file
// only parsed (model.ParseIndexed), not validated: its Index is then never
// nil, and the caller must check the roadmap with r.CheckIndexed(x) before
// trusting it (it may do so beside other work that only reads the
// roadmap). Any other format is read and validated as ReadIndexed reads it,
// and its Index is nil. The errors are ReadIndexed's, but for those of
// validating a native file.
func ParseIndexed(data []byte, fileName string) (r *model.Roadmap, x *model.Index, err error) {
	if err := checkSize(data); err != nil {
		return nil, nil, err
	}
	if f, err := Detect(data, fileName); err == nil && f == FormatTandem {
		return parseNative(data, fileName)
	}
	return ReadIndexed(data, fileName)
}

// parseNative parses a native file, checking its text (checkText) beside
// the parse, on another core: the text's error, when there is one, wins,
// as if checkText ran first (the parser takes any bytes).
func parseNative(data []byte, fileName string) (*model.Roadmap, *model.Index, error) {
	textErr := make(chan error, 1)
	go func() { textErr <- checkText(data, fileName, false) }()
	r, x, err := model.ParseIndexed(data)
	if err := <-textErr; err != nil {
		return nil, nil, err
	}
	return r, x, err
}
