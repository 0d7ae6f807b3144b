package crawl

import "strings"

// segKind is the type of one path segment as inference sees it.
type segKind uint8

const (
	segLiteral segKind = iota // untyped text: a literal or, when many, a slug
	segID                     // all digits
	segUUID                   // 8-4-4-4-12 hex
	segHash                   // long hex token mixing digits and letters
	segDate                   // YYYY-MM-DD or YYYY-MM
	segLocale                 // en, pt-BR, zh-Hant (decided among siblings)
	segRest                   // the tail beyond maxSegments
	segYear                   // 1990–2099 followed by a month segment: /2024/05/
	segMonth                  // 01–12 after a year segment
	segDay                    // 01–31 after a month segment
	segSlug                   // grouped untyped siblings
)

// paramName is the bracket name each kind of parameter gets.
var paramName = [...]string{
	segID: "id", segUUID: "uuid", segHash: "hash", segDate: "date",
	segLocale: "lang", segRest: "...rest", segSlug: "slug",
	segYear: "year", segMonth: "month", segDay: "day",
}

// typedKeys are the trie keys under which typed segments are folded at
// insertion; they cannot collide with real segments, which never hold NUL.
var typedKeys = [...]string{
	segID: "\x00id", segUUID: "\x00uuid", segHash: "\x00hash",
	segDate: "\x00date", segRest: "\x00rest",
	segYear: "\x00year", segMonth: "\x00month", segDay: "\x00day",
}

// classify returns the kind of a raw path segment. Locale-shaped segments
// are reported as segLiteral here; inference decides them among siblings.
func classify(s string) segKind {
	switch {
	case isDigits(s):
		return segID
	case isUUID(s):
		return segUUID
	case isDate(s):
		return segDate
	case isHash(s):
		return segHash
	}
	return segLiteral
}

// classifyIn refines classify with the neighbours of a segment (prev, the
// kind before it; rest, the path after it), for dates split over segments
// as blogs write them (/2024/05/17/title): a plausible year followed by a
// two-digit month, that month, and a two-digit day after it.
func classifyIn(seg string, prev segKind, rest string) segKind {
	switch {
	case prev == segYear && isTwoDigits(seg, 1, 12):
		return segMonth
	case prev == segMonth && isTwoDigits(seg, 1, 31):
		return segDay
	case len(seg) == 4 && isDigits(seg) && inRange4(seg, 1990, 2099):
		if next, _ := nextSegment(rest); isTwoDigits(next, 1, 12) {
			return segYear
		}
	}
	return classify(seg)
}

func isTwoDigits(s string, lo, hi int) bool {
	return len(s) == 2 && isDigits(s) && inRange(s, lo, hi)
}

func inRange4(four string, lo, hi int) bool {
	n := 0
	for i := 0; i < 4; i++ {
		n = n*10 + int(four[i]-'0')
	}
	return n >= lo && n <= hi
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isHexByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func isUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < len(s); i++ {
		dash := i == 8 || i == 13 || i == 18 || i == 23
		if dash != (s[i] == '-') || !dash && !isHexByte(s[i]) {
			return false
		}
	}
	return true
}

// isHash accepts hex tokens of at least 8 characters with at least one digit
// and one letter, so words such as "decade" or "facade" stay literal.
func isHash(s string) bool {
	if len(s) < 8 {
		return false
	}
	digit, letter := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isHexByte(c) {
			return false
		}
		if c <= '9' {
			digit = true
		} else {
			letter = true
		}
	}
	return digit && letter
}

// isDate accepts YYYY-MM-DD and YYYY-MM with a plausible month and day.
func isDate(s string) bool {
	if len(s) != 7 && len(s) != 10 {
		return false
	}
	if !isDigits(s[0:4]) || s[4] != '-' || !isDigits(s[5:7]) || !inRange(s[5:7], 1, 12) {
		return false
	}
	if len(s) == 7 {
		return true
	}
	return s[7] == '-' && isDigits(s[8:10]) && inRange(s[8:10], 1, 31)
}

func inRange(two string, lo, hi int) bool {
	n := int(two[0]-'0')*10 + int(two[1]-'0')
	return n >= lo && n <= hi
}

// isLocale accepts an ISO 639-1 language code, optionally followed by a
// region (2 letters or 3 digits) or a script (4 letters), joined by - or _.
func isLocale(s string) bool {
	if len(s) < 2 || !languages[string([]byte{s[0] | 0x20, s[1] | 0x20})] {
		return false
	}
	if len(s) == 2 {
		return true
	}
	if s[2] != '-' && s[2] != '_' {
		return false
	}
	rest := s[3:]
	switch {
	case len(rest) == 2 && isLetters(rest), len(rest) == 3 && isDigits(rest):
		return true
	case len(rest) == 4 && isLetters(rest):
		return true
	case len(rest) == 7 && isLetters(rest[:4]) && (rest[4] == '-' || rest[4] == '_') && isLetters(rest[5:]):
		return true
	}
	return false
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

// languages is the set of ISO 639-1 codes.
var languages = func() map[string]bool {
	const codes = "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy " +
		"da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz " +
		"ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt " +
		"lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu " +
		"rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts " +
		"tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu"
	m := make(map[string]bool, 190)
	for _, c := range strings.Fields(codes) {
		m[c] = true
	}
	return m
}()
