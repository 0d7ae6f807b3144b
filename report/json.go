package report

import (
	"bytes"
	"io"

	"github.com/rendermap/rendermap"
)

// JSON writes the (redacted) audit itself as indented JSON, validated against
// the published schema by rendermap.Encode.
func JSON(w io.Writer, a *rendermap.Audit, opt Options) error {
	return render(w, a, opt, func(buf *bytes.Buffer, a *rendermap.Audit, _ Options) error {
		data, err := rendermap.Encode(a)
		if err != nil {
			return err
		}
		buf.Write(data)
		return nil
	})
}
