package check

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/rendermap/rendermap"
)

// Kind is the type of value an assertion field holds.
type Kind int

// The three kinds of assertion field.
const (
	KindNumber Kind = iota
	KindBool
	KindStrategy
)

// Expr is a parsed assertion such as "ttfb_p95_ms <= 800".
type Expr struct {
	// Field names the route figure, e.g. "ttfb_p95_ms".
	Field string
	// Op is one of <, <=, >, >=, ==, !=.
	Op string
	// Value is the right-hand side as written, e.g. "800", "true", "static".
	Value string
	// Kind is the type of Field.
	Kind Kind

	num  float64
	flag bool
}

var fieldKinds = map[string]Kind{
	"ttfb_p50_ms":                 KindNumber,
	"ttfb_p95_ms":                 KindNumber,
	"server_p50_ms":               KindNumber,
	"server_p95_ms":               KindNumber,
	"cacheable":                   KindBool,
	"personalized":                KindBool,
	"current_matches_recommended": KindBool,
	"strategy":                    KindStrategy,
	"current_strategy":            KindStrategy,
}

// Fields lists the assertion fields in a stable order.
func Fields() []string {
	return []string{"ttfb_p50_ms", "ttfb_p95_ms", "server_p50_ms", "server_p95_ms",
		"cacheable", "personalized", "current_matches_recommended", "strategy", "current_strategy"}
}

var exprRE = regexp.MustCompile(`^\s*([A-Za-z0-9_]+)\s*(<=|>=|==|!=|<|>|:)\s*(\S+)\s*$`)

// Parse reads one assertion. Errors say what is wrong and what would be right.
func Parse(expr string) (Expr, error) {
	m := exprRE.FindStringSubmatch(expr)
	if m == nil {
		return Expr{}, fmt.Errorf("assertion %q: write it as FIELD OP VALUE, e.g. \"ttfb_p95_ms <= 800\"", clip(expr))
	}
	e := Expr{Field: m[1], Op: m[2], Value: m[3]}
	if e.Op == ":" {
		e.Op = "=="
	}
	kind, ok := fieldKinds[e.Field]
	if !ok {
		return Expr{}, fmt.Errorf("assertion %q: unknown field %q (known: %s)", clip(expr), e.Field, strings.Join(Fields(), ", "))
	}
	e.Kind = kind
	if err := e.parseValue(); err != nil {
		return Expr{}, fmt.Errorf("assertion %q: %w", clip(expr), err)
	}
	return e, nil
}

func (e *Expr) parseValue() error {
	switch e.Kind {
	case KindNumber:
		v, err := strconv.ParseFloat(e.Value, 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
			return fmt.Errorf("%s needs a number of milliseconds, not %q", e.Field, e.Value)
		}
		e.num = v
		return nil
	case KindBool:
		v, err := strconv.ParseBool(e.Value)
		if err != nil || (e.Value != "true" && e.Value != "false") {
			return fmt.Errorf("%s needs true or false, not %q", e.Field, e.Value)
		}
		e.flag = v
		return e.equalityOnly()
	default:
		if !knownStrategy(e.Value) {
			return fmt.Errorf("%s needs one of static, isr, ssr, client, not %q", e.Field, e.Value)
		}
		return e.equalityOnly()
	}
}

func (e *Expr) equalityOnly() error {
	if e.Op != "==" && e.Op != "!=" {
		return fmt.Errorf("%s can only be compared with == or !=, not %s", e.Field, e.Op)
	}
	return nil
}

func knownStrategy(s string) bool {
	for _, k := range rendermap.Strategies {
		if string(k) == s {
			return true
		}
	}
	return false
}

// String writes the assertion in canonical form, e.g. "cacheable == true".
func (e Expr) String() string {
	return e.Field + " " + e.Op + " " + e.Value
}

// clip shortens long input for error messages.
func clip(s string) string {
	if len(s) > 80 {
		return s[:77] + "..."
	}
	return s
}
