package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const full = `site: https://shop.example.com/
crawl:
  max_urls: 500
  samples: 7
  recheck: 30s
  timeout: 10m
  routes: ["/p/[id]"]
  include:
    - /p/**
auth:
  cookie_file: cookies.txt
  headers:
    Authorization: SHOP_TOKEN
    X-Api-Key: SHOP_KEY
model:
  freshness: 2d
  build:
    workers: 8
    seconds_per_page: 0.25
    incremental: true
  price_per_compute_second: 0.0001
routes:
  /p/[id]:
    freshness: 5m
    visits_per_day: 1200
assertions:
  - assert: ttfb_p95_ms <= 800
  - pattern: /p/[id]
    assert: "cacheable: true"
    level: warn
`

func TestParseFull(t *testing.T) {
	f, err := Parse("rendermap.yaml", []byte(full))
	if err != nil {
		t.Fatal(err)
	}
	checks := []struct {
		name string
		ok   bool
	}{
		{"site", f.Site == "https://shop.example.com/"},
		{"max_urls", f.Crawl.MaxURLs == 500},
		{"samples", f.Crawl.Samples == 7},
		{"recheck", f.Crawl.Recheck.Duration == 30*time.Second},
		{"timeout", f.Crawl.Timeout.Duration == 10*time.Minute},
		{"include", len(f.Crawl.Include) == 1 && f.Crawl.Include[0] == "/p/**"},
		{"headers", f.Auth.Headers["Authorization"] == "SHOP_TOKEN"},
		{"freshness days", f.Model.Freshness.Duration == 48*time.Hour},
		{"build", f.Model.Build.Workers == 8 && f.Model.Build.SecondsPerPage == 0.25 && f.Model.Build.Incremental},
		{"route facts", f.Routes["/p/[id]"].Freshness.Duration == 5*time.Minute && f.Routes["/p/[id]"].VisitsPerDay == 1200},
		{"assertion lines", len(f.Assertions) == 2 && f.Assertions[0].Line == 27 && f.Assertions[1].Line == 28},
		{"key line", f.Line("crawl.samples") == 4},
		{"rules", len(f.Rules()) == 2 && f.Rules()[1].Level == "warn" && f.Rules()[1].Line == 28},
	}
	for _, c := range checks {
		if !c.ok {
			t.Errorf("%s not decoded as written: %+v", c.name, f)
		}
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct {
		name, yaml string
		line       int
		want       string
	}{
		{"unknown nested key", "site: https://a.example/\ncrawl:\n  max_url: 3\n", 3, `unknown key "max_url" in crawl`},
		{"unknown top key", "sites: x\n", 1, `unknown key "sites" at the top level`},
		{"unknown deep key", "model:\n  build:\n    worker: 2\n", 3, `unknown key "worker" in model.build`},
		{"unknown route fact", "routes:\n  /a:\n    visits: 3\n", 3, `unknown key "visits" in routes./a`},
		{"unknown assertion key", "assertions:\n  - assert: cacheable == true\n    severity: warn\n", 3, `unknown key "severity" in assertions`},
		{"wrong type int", "crawl:\n  samples: many\n", 2, "crawl.samples: want an integer, got a string"},
		{"wrong type bool", "model:\n  build:\n    incremental: 3\n", 3, "model.build.incremental: want true or false, got an integer"},
		{"wrong type list", "crawl:\n  include: /a\n", 2, "crawl.include: want a list, got a string"},
		{"wrong type struct", "crawl: 3\n", 1, "crawl: want a mapping of keys, got an integer"},
		{"wrong type string", "site: [a]\n", 1, "site: want a string, got a list"},
		{"bad duration", "crawl:\n  recheck: soon\n", 2, "crawl.recheck: want a duration such as 15m"},
		{"literal header value", "auth:\n  headers:\n    Authorization: Bearer abc123\n", 3, "auth.headers.Authorization: give the name of an environment variable"},
		{"lowercase env name", "auth:\n  headers:\n    X-Key: token\n", 3, "auth.headers.X-Key: give the name of an environment variable"},
		{"bad header name", "auth:\n  headers:\n    \"Bad Header\": TOKEN\n", 3, "not a valid header name"},
		{"negative samples", "crawl:\n  samples: -1\n", 2, "crawl.samples: want a number from 0"},
		{"bad site", "site: example.com\n", 1, "site: want an absolute http(s) URL"},
		{"route without slash", "routes:\n  products: {}\n", 2, `routes: pattern "products" must start with /`},
		{"bad assertion", "assertions:\n  - assert: ttfb_p95 <= 800\n", 2, `assertion "ttfb_p95 <= 800": unknown field "ttfb_p95"`},
		{"bad level", "assertions:\n  - assert: cacheable == true\n    level: fatal\n", 2, `level "fatal"`},
		{"missing assert", "assertions:\n  - pattern: /a\n", 2, "every item needs an assert"},
		{"duplicate key", "site: https://a.example/\nsite: https://b.example/\n", 2, `key "site" appears twice`},
		{"syntax error", "site: https://a.example/\n bad: x\n", 2, "invalid YAML: mapping values are not allowed"},
		{"alias", "a: &x 1\n", 1, `unknown key "a"`},
		{"alias value", "crawl:\n  samples: &x 3\n  max_depth: *x\n", 3, "anchors and aliases are not supported"},
		{"int overflow", "crawl:\n  max_urls: 99999999999999999999\n", 2, "crawl.max_urls: want an integer"},
		{"uint overflow", "crawl:\n  max_urls: 18446744073709551615\n", 2, "invalid YAML: cannot unmarshal"},
		{"not a mapping", "- a\n", 1, "the file: want a mapping of keys"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse("rendermap.yaml", []byte(tc.yaml))
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("err = %v, want *Error", err)
			}
			if ce.Line != tc.line || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %q (line %d), want line %d containing %q", err, ce.Line, tc.line, tc.want)
			}
			if !strings.HasPrefix(err.Error(), "rendermap.yaml:") {
				t.Errorf("err = %q, want it to start with the file name", err)
			}
		})
	}
}

func TestLiteralHeaderValueNeverEchoed(t *testing.T) {
	_, err := Parse("c.yaml", []byte("auth:\n  headers:\n    Authorization: Bearer s3cr3t-tok\n"))
	if err == nil || strings.Contains(err.Error(), "s3cr3t") {
		t.Fatalf("err = %v: want an error that does not contain the value", err)
	}
	_, err = Parse("c.yaml", []byte("auth:\n  headers:\n    Authorization: [s3cr3t-tok]\n"))
	if err == nil || strings.Contains(err.Error(), "s3cr3t") {
		t.Fatalf("err = %v: want an error that does not contain the value", err)
	}
}

func TestStarterRoundTrip(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "rendermap.yaml")
	if err := os.WriteFile(path, Starter(), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Load(path)
	if err != nil {
		t.Fatalf("Load(Starter()) = %v", err)
	}
	if f.Crawl.Samples != 5 || f.Crawl.Timeout.Duration != 15*time.Minute || len(f.Assertions) == 0 {
		t.Errorf("starter decoded to %+v", f)
	}
	if !strings.Contains(string(Starter()), "# ") {
		t.Error("starter has no comments")
	}
	for _, key := range []string{"site", "max_urls", "max_depth", "urls_per_pattern", "samples", "concurrency", "recheck", "timeout",
		"include", "exclude", "allow_origins", "routes", "sitemaps", "user_agent", "ignore_robots", "cookie_file", "headers", "freshness", "traffic",
		"workers", "seconds_per_page", "overhead_seconds", "incremental", "max_deploys_per_day", "price_per_compute_second",
		"visits_per_day", "assertions", "pattern", "assert", "level"} {
		if !strings.Contains(string(Starter()), key+":") {
			t.Errorf("starter does not mention %s", key)
		}
	}
}

func TestEmptyFile(t *testing.T) {
	f, err := Parse("rendermap.yaml", []byte("# nothing\n"))
	if err != nil || f.Site != "" || len(f.Assertions) != 0 {
		t.Fatalf("Parse(empty) = %+v, %v", f, err)
	}
}

func TestLoadMissing(t *testing.T) {
	if _, err := Load(filepath.Join(t.TempDir(), "nope.yaml")); err == nil {
		t.Fatal("Load of a missing file succeeded")
	}
}

func TestFind(t *testing.T) {
	cases := []struct {
		name  string
		files []string
		want  string
	}{
		{"none", nil, ""},
		{"yaml", []string{"rendermap.yaml"}, "rendermap.yaml"},
		{"yml", []string{"rendermap.yml"}, "rendermap.yml"},
		{"yaml wins", []string{"rendermap.yml", "rendermap.yaml"}, "rendermap.yaml"},
		{"directory ignored", []string{"rendermap.yaml/"}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, f := range tc.files {
				p := filepath.Join(dir, f)
				var err error
				if strings.HasSuffix(f, "/") {
					err = os.Mkdir(p, 0o755)
				} else {
					err = os.WriteFile(p, []byte("{}\n"), 0o644)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			got, ok := Find(dir)
			if ok != (tc.want != "") || (ok && got != filepath.Join(dir, tc.want)) {
				t.Errorf("Find = %q, %v; want %q", got, ok, tc.want)
			}
		})
	}
}

func TestHeaderValues(t *testing.T) {
	f, err := Parse("c.yaml", []byte(full))
	if err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"SHOP_TOKEN": "Bearer xyz", "SHOP_KEY": "k1"}
	h, err := f.HeaderValues(func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	if h.Get("Authorization") != "Bearer xyz" || h.Get("X-Api-Key") != "k1" {
		t.Errorf("headers = %v", h)
	}
	env["SHOP_KEY"] = "k1\r\nX-Evil: 1"
	_, err = f.HeaderValues(func(k string) string { return env[k] })
	if err == nil || !strings.Contains(err.Error(), "SHOP_KEY holds a line break") || strings.Contains(err.Error(), "Evil") {
		t.Errorf("err = %v, want it to refuse the value without echoing it", err)
	}
	delete(env, "SHOP_KEY")
	_, err = f.HeaderValues(func(k string) string { return env[k] })
	if err == nil || !strings.Contains(err.Error(), "SHOP_KEY is not set") || strings.Contains(err.Error(), "xyz") {
		t.Errorf("err = %v, want it to name SHOP_KEY and no value", err)
	}
}

func FuzzLoadConfig(f *testing.F) {
	f.Add([]byte(full))
	f.Add(Starter())
	f.Add([]byte("crawl:\n  samples: [1\n"))
	f.Add([]byte("a: &a [*a, *a]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := Parse("fuzz.yaml", data)
		if err != nil {
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("error %v is not an *Error", err)
			}
			return
		}
		for _, a := range cfg.Assertions {
			if a.Assert == "" {
				t.Fatal("accepted an assertion without assert")
			}
		}
	})
}
