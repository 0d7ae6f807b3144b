package advise

import (
	"math"
	"strconv"
	"strings"
)

// isCSVHeader reports whether a first CSV line names columns rather than data.
func isCSVHeader(line string) bool {
	_, views, ok := splitCSV(line)
	if !ok {
		return false
	}
	_, err := strconv.ParseFloat(views, 64)
	return err != nil
}

// splitCSV splits "path,views" at the last comma, so paths may hold commas,
// and unquotes a quoted path.
func splitCSV(line string) (path, views string, ok bool) {
	i := strings.LastIndexByte(line, ',')
	if i < 0 {
		return "", "", false
	}
	path = strings.TrimSpace(line[:i])
	if u, err := strconv.Unquote(path); err == nil {
		path = u
	} else if len(path) >= 2 && path[0] == '"' && path[len(path)-1] == '"' {
		path = strings.ReplaceAll(path[1:len(path)-1], `""`, `"`)
	}
	return path, strings.Trim(strings.TrimSpace(line[i+1:]), `"`), true
}

func (p *trafficParser) csv(line string) bool {
	raw, views, ok := splitCSV(line)
	if !ok {
		return false
	}
	n, err := strconv.ParseFloat(views, 64)
	if err != nil || n < 0 || math.IsInf(n, 0) || math.IsNaN(n) {
		return false
	}
	path, ok := requestPath(raw)
	if !ok {
		return false
	}
	p.t.Hits[path] += n
	return true
}
