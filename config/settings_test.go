package config

import (
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/spf13/pflag"
)

// fileValue is a value for a row's key unlike its default, by type, as
// YAML text and as the Go value it must become.
func fileValue(d setting) (string, any) {
	switch d.def.(type) {
	case int:
		return "7", 7
	case int64:
		return "7", int64(7)
	case float64:
		return "2.5", 2.5
	case bool:
		return "true", true
	case time.Duration:
		return "90s", 90 * time.Second
	case Recheck:
		return "90s", Recheck(90 * time.Second)
	case []string:
		return `["/from/[file]"]`, []string{"/from/[file]"}
	}
	return "from-file", "from-file"
}

// yamlOf writes the keyed rows as a nested YAML document.
func yamlOf(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	written := map[string]bool{}
	for _, d := range table {
		if d.key == "" {
			continue
		}
		parts := strings.Split(d.key, ".")
		for i := range parts[:len(parts)-1] {
			if p := strings.Join(parts[:i+1], "."); !written[p] {
				written[p] = true
				fmt.Fprintf(&b, "%s%s:\n", strings.Repeat("  ", i), parts[i])
			}
		}
		text, _ := fileValue(d)
		fmt.Fprintf(&b, "%s%s: %s\n", strings.Repeat("  ", len(parts)-1), parts[len(parts)-1], text)
	}
	return b.String()
}

func field(s *Settings, d setting) any {
	return reflect.ValueOf(d.field(s)).Elem().Interface()
}

// TestFileFillsEverySetting: every setting with a key in rendermap.yaml
// takes the file's value when no flag was given.
func TestFileFillsEverySetting(t *testing.T) {
	f, err := Parse("all.yaml", []byte(yamlOf(t)))
	if err != nil {
		t.Fatal(err)
	}
	s := Default()
	fs := pflag.NewFlagSet("t", pflag.ContinueOnError)
	s.Bind(fs, AuditFlags)
	s.Apply(f, fs.Changed)
	for _, d := range table {
		if d.key == "" {
			continue
		}
		if _, want := fileValue(d); !reflect.DeepEqual(field(&s, d), want) {
			t.Errorf("%s (--%s) = %v after the file, want %v", d.key, d.flag, field(&s, d), want)
		}
	}
}

// TestFlagsBeatFile: a flag given on the command line wins over the file.
func TestFlagsBeatFile(t *testing.T) {
	f, err := Parse("all.yaml", []byte(yamlOf(t)))
	if err != nil {
		t.Fatal(err)
	}
	s := Default()
	fs := pflag.NewFlagSet("t", pflag.ContinueOnError)
	s.Bind(fs, AuditFlags)
	if err := fs.Parse([]string{"--max-urls", "3", "--recheck", "0", "--include", "/flag/**", "--traffic", "flag.log"}); err != nil {
		t.Fatal(err)
	}
	s.Apply(f, fs.Changed)
	if s.MaxURLs != 3 || s.Recheck != -1 || !reflect.DeepEqual(s.Include, []string{"/flag/**"}) || s.Traffic != "flag.log" {
		t.Errorf("flags lost to the file: max-urls %d, recheck %v, include %v, traffic %q", s.MaxURLs, s.Recheck, s.Include, s.Traffic)
	}
	if s.MaxDepth != 7 {
		t.Errorf("a setting without a flag lost its file value: max-depth %d", s.MaxDepth)
	}
}

func TestDefaults(t *testing.T) {
	s := Default()
	if s.Samples != 5 || s.Recheck != 0 || s.Out != "rendermap-report" || s.Concurrency != max(2, 2*runtime.NumCPU()) || s.Retries != 1 {
		t.Errorf("defaults: %+v", s)
	}
	fs := pflag.NewFlagSet("t", pflag.ContinueOnError)
	s.Bind(fs, AuditFlags)
	if got := fs.Lookup("recheck").DefValue; got != "auto" {
		t.Errorf("--recheck shows default %q, want auto", got)
	}
}

// TestRecheckInFile: in the file, 0 turns the re-fetches off and a key
// left out keeps auto.
func TestRecheckInFile(t *testing.T) {
	for text, want := range map[string]Recheck{"crawl:\n  recheck: 0\n": -1, "crawl:\n  samples: 3\n": 0, "crawl:\n  recheck: 2m\n": Recheck(2 * time.Minute)} {
		f, err := Parse("r.yaml", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		s := Default()
		s.Apply(f, func(string) bool { return false })
		if s.Recheck != want {
			t.Errorf("%q: recheck %v, want %v", text, s.Recheck, want)
		}
	}
}

// TestGroups: every setting belongs to a group, each flag is bound once
// per command, and routes binds no measuring or model flag.
func TestGroups(t *testing.T) {
	for _, d := range table {
		if d.group == 0 || d.flag == "" || d.help == "" {
			t.Errorf("row %+v lacks a group, flag or help", d.flag)
		}
	}
	s := Default()
	fs := pflag.NewFlagSet("routes", pflag.ContinueOnError)
	s.Bind(fs, DiscoverFlags)
	for _, name := range []string{"samples", "traffic", "out", "config", "max-urls"} {
		if got := fs.Lookup(name) != nil; got != (name == "config" || name == "max-urls") {
			t.Errorf("routes binds --%s: %v", name, got)
		}
	}
}

func TestFactsFromFileAndFlags(t *testing.T) {
	f, err := Parse("m.yaml", []byte("model:\n  build:\n    workers: 8\n    overhead_seconds: 30\nroutes:\n  /p/[id]:\n    freshness: 5m\n    visits_per_day: 100\n"))
	if err != nil {
		t.Fatal(err)
	}
	s := Default()
	fs := pflag.NewFlagSet("advise", pflag.ContinueOnError)
	s.Bind(fs, ModelFlags)
	if err := fs.Parse([]string{"--build-workers", "2"}); err != nil {
		t.Fatal(err)
	}
	s.Apply(f, fs.Changed)
	facts, err := s.Facts()
	if err != nil {
		t.Fatal(err)
	}
	if facts.BuildWorkers != 2 || facts.BuildOverheadSeconds != 30 || facts.PatternFreshness["/p/[id]"] != 5*time.Minute || facts.PatternVisits["/p/[id]"] != 100 {
		t.Errorf("facts %+v", facts)
	}
}

func TestValidateNamesTheFlag(t *testing.T) {
	s := Default()
	s.Samples = 0
	if err := s.Validate(AuditFlags); err == nil || !strings.Contains(err.Error(), "--samples 0") {
		t.Errorf("Validate = %v", err)
	}
	if err := s.Validate(DiscoverFlags); err != nil {
		t.Errorf("routes does not measure, yet Validate = %v", err)
	}
}

func TestValidateRefusesMalformedRoute(t *testing.T) {
	s := Default()
	s.Routes = []string{"/shop/[category]", "/a/[id"}
	err := s.Validate(DiscoverFlags)
	var in *InputError
	if !errors.As(err, &in) || !strings.Contains(err.Error(), `"[id"`) {
		t.Fatalf("Validate = %v, want an input error naming the segment [id", err)
	}
	s.Routes = []string{"/shop/[category]", "/docs/[[...slug]]", "/[[lang]]/about"}
	if err := s.Validate(DiscoverFlags); err != nil {
		t.Errorf("well-formed routes refused: %v", err)
	}
}
