package advise

import (
	"regexp"
	"strconv"
	"time"
)

// clfLine matches Common Log Format, optionally followed by Combined's
// referer and user agent: host ident user [time] "METHOD target PROTO" status bytes.
var clfLine = regexp.MustCompile(`^\S+ \S+ \S+ \[([^\]]+)\] "(\S+) (\S+)(?: [^"]*)?" (\d{3}) (?:\d+|-)(?: "[^"]*" "[^"]*")?`)

const clfTime = "02/Jan/2006:15:04:05 -0700"

type clfEntry struct {
	when   time.Time
	method string
	target string
	status int
}

func parseCLF(line string) (clfEntry, bool) {
	m := clfLine.FindStringSubmatch(line)
	if m == nil {
		return clfEntry{}, false
	}
	when, err := time.Parse(clfTime, m[1])
	if err != nil {
		return clfEntry{}, false
	}
	status, _ := strconv.Atoi(m[4])
	return clfEntry{when: when, method: m[2], target: m[3], status: status}, true
}

// clf counts a GET or HEAD that succeeded (2xx) or was answered from a
// validator or redirect (3xx); other well-formed requests are not views.
func (p *trafficParser) clf(line string) bool {
	e, ok := parseCLF(line)
	if !ok {
		return false
	}
	path, ok := requestPath(e.target)
	if !ok {
		return false
	}
	p.stamp(float64(e.when.Unix()))
	if (e.method == "GET" || e.method == "HEAD") && e.status >= 200 && e.status < 400 {
		p.t.Hits[path]++
	}
	return true
}
