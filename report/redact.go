package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html"
	"html/template"
	"io"
	"slices"
	"strings"

	"github.com/rendermap/rendermap"
)

// Redacted replaces every secret in reports.
const Redacted = "[redacted]"

// minSecretLen is the shortest secret scrubbed from text; shorter values
// would match ordinary text and wreck the report.
const minSecretLen = 4

// credentialHeaders are redacted by name whatever their value.
var credentialHeaders = []string{"authorization", "cookie", "proxy-authorization"}

// render is the common path of every reporter: it redacts a copy of the
// audit, renders it into a buffer, scrubs the bytes once more and writes them.
func render(w io.Writer, a *rendermap.Audit, opt Options, fn func(*bytes.Buffer, *rendermap.Audit, Options) error) error {
	if a == nil {
		return fmt.Errorf("render report: no audit")
	}
	clean, err := redactAudit(a, opt.Secrets)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := fn(&buf, clean, opt); err != nil {
		return err
	}
	_, err = io.WriteString(w, scrubber(opt.Secrets).Replace(buf.String()))
	return err
}

// redactAudit returns a deep copy of a with secrets replaced in every string
// and credential headers redacted by name.
func redactAudit(a *rendermap.Audit, secrets []string) (*rendermap.Audit, error) {
	data, err := json.Marshal(a)
	if err != nil {
		return nil, fmt.Errorf("copy audit: %w", err)
	}
	data = []byte(jsonScrubber(secrets).Replace(string(data)))
	var c rendermap.Audit
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("copy audit: %w", err)
	}
	if c.Routes == nil {
		c.Routes = []rendermap.Route{} // the schema wants an array
	}
	for i := range c.Routes {
		for j := range c.Routes[i].Evidence.Pages {
			redactHeaders(c.Routes[i].Evidence.Pages[j].Headers)
		}
	}
	return &c, nil
}

// redactHeaders blanks credential headers and Set-Cookie values in place.
func redactHeaders(h map[string]string) {
	for k, v := range h {
		name := strings.ToLower(k)
		switch {
		case slices.Contains(credentialHeaders, name):
			h[k] = Redacted
		case name == "set-cookie":
			h[k] = redactSetCookie(v)
		}
	}
}

// redactSetCookie keeps cookie names and attributes and hides values:
// "sid=abc; Path=/" becomes "sid=[redacted]; Path=/".
func redactSetCookie(v string) string {
	lines := strings.Split(v, "\n")
	for i, line := range lines {
		pair, attrs, hasAttrs := strings.Cut(line, ";")
		name, _, _ := strings.Cut(pair, "=")
		lines[i] = strings.TrimSpace(name) + "=" + Redacted
		if hasAttrs {
			lines[i] += ";" + attrs
		}
	}
	return strings.Join(lines, "\n")
}

// usableSecrets drops empty and too-short values and sorts longest first so
// that a secret containing another is replaced whole.
func usableSecrets(secrets []string) []string {
	var out []string
	for _, s := range secrets {
		if len(s) >= minSecretLen && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
}

// jsonScrubber replaces secrets as they appear inside JSON strings.
func jsonScrubber(secrets []string) *strings.Replacer {
	var pairs []string
	for _, s := range usableSecrets(secrets) {
		q, _ := json.Marshal(s)
		pairs = append(pairs, string(q[1:len(q)-1]), Redacted)
	}
	return strings.NewReplacer(pairs...)
}

// scrubber replaces secrets in rendered output, in their literal form and in
// the escaped forms HTML, XML and JSON writers produce.
func scrubber(secrets []string) *strings.Replacer {
	var pairs []string
	for _, s := range usableSecrets(secrets) {
		for _, form := range escapedForms(s) {
			pairs = append(pairs, form, Redacted)
		}
	}
	return strings.NewReplacer(pairs...)
}

func escapedForms(s string) []string {
	q, _ := json.Marshal(s)
	var x bytes.Buffer
	_ = xml.EscapeText(&x, []byte(s))
	forms := []string{s, html.EscapeString(s), template.HTMLEscapeString(s), string(q[1 : len(q)-1]), x.String()}
	slices.Sort(forms)
	return slices.Compact(forms)
}
