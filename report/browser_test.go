package report

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/proto"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/testkit"
)

// pageEvents records what a page did while loading.
type pageEvents struct {
	mu       sync.Mutex
	requests []string
	console  []string
}

func (e *pageEvents) add(list *[]string, s string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	*list = append(*list, s)
}

func (e *pageEvents) snapshot() (requests, console []string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	return slices.Clone(e.requests), slices.Clone(e.console)
}

// openReport loads file in a new page and records its requests and console
// output until the test ends.
func openReport(t *testing.T, file string, width, height int) (*rod.Page, *pageEvents) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	page := testkit.Rod(t).Context(ctx).MustPage("")
	t.Cleanup(func() { _ = page.Close() })
	page.MustSetViewport(width, height, 1, width < 600)
	ev := &pageEvents{}
	wait := page.EachEvent(
		func(e *proto.NetworkRequestWillBeSent) { ev.add(&ev.requests, e.Request.URL) },
		func(e *proto.RuntimeConsoleAPICalled) { ev.add(&ev.console, fmt.Sprintf("console.%s", e.Type)) },
		func(e *proto.RuntimeExceptionThrown) { ev.add(&ev.console, "exception: "+e.ExceptionDetails.Text) },
		func(e *proto.LogEntryAdded) {
			if e.Entry.Level == proto.LogLogEntryLevelError || e.Entry.Level == proto.LogLogEntryLevelWarning {
				ev.add(&ev.console, "log: "+e.Entry.Text)
			}
		},
	)
	go wait()
	page.MustNavigate("file://" + file).MustWaitLoad()
	time.Sleep(300 * time.Millisecond) // let late console and network events arrive
	return page, ev
}

// writeReport renders a as HTML into a temporary file.
func writeReport(t *testing.T, a *rendermap.Audit) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(file, []byte(renderString(t, "html", a, Options{Secrets: []string{testkit.PlantedSecret}})), 0o644); err != nil {
		t.Fatal(err)
	}
	return file
}

// TestHTML_Browser opens the report in headless Chromium as a reviewer would.
func TestHTML_Browser(t *testing.T) {
	a := testkit.SampleAudit(t)
	h := hostileAudit(t).Routes[0]
	a.Routes = append(a.Routes, h)
	file := writeReport(t, a)
	page, ev := openReport(t, file, 1280, 900)

	if got := page.MustEval(`() => typeof window.__pwned`).Str(); got != "undefined" {
		t.Errorf("window.__pwned is %s: site text executed", got)
	}
	if n := page.MustEval(`() => document.scripts.length`).Int(); n != 0 {
		t.Errorf("%d script elements", n)
	}
	patterns := page.MustEval(`() => [...document.querySelectorAll("#routes tbody tr td:first-child")].map(td => td.textContent)`).Arr()
	var shown []string
	for _, p := range patterns {
		shown = append(shown, p.Str())
	}
	for _, r := range a.Routes {
		if !slices.Contains(shown, r.Pattern) {
			t.Errorf("route table lacks %q (shows %q)", r.Pattern, shown)
		}
	}
	svgs := page.MustEval(`() => [...document.querySelectorAll("svg.chart")].filter(s => s.getBoundingClientRect().height > 100 && s.querySelectorAll("text").length > 3).length`).Int()
	if want := 2 + 2*len(a.Routes); svgs != want {
		t.Errorf("%d SVG charts drawn, want %d", svgs, want)
	}
	if !strings.Contains(page.MustEval(`() => document.body.textContent`).Str(), `<script>window.__pwned=1;alert(1)</script>`) {
		t.Error("the title with <script> markup is not shown as text")
	}
	requests, console := ev.snapshot()
	for _, u := range requests {
		if u != "file://"+file && !strings.HasPrefix(u, "data:") {
			t.Errorf("network request to %.100q", u)
		}
	}
	if len(console) > 0 {
		t.Errorf("console output: %q", console)
	}
	screenshots(t, page, "desktop")
}

// screenshots saves viewport-sized slices of the page when
// REPORT_SCREENSHOTS names a directory (for looking at the report).
func screenshots(t *testing.T, page *rod.Page, name string) {
	dir := os.Getenv("REPORT_SCREENSHOTS")
	if dir == "" {
		return
	}
	metrics := page.MustEval(`() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight, window.innerHeight]`).Arr()
	w, h, vh := metrics[0].Num(), metrics[1].Num(), metrics[2].Num()
	for i, y := 0, 0.0; y < h && i < 12; i, y = i+1, y+vh {
		img, err := page.Screenshot(false, &proto.PageCaptureScreenshot{
			Format:                proto.PageCaptureScreenshotFormatPng,
			Clip:                  &proto.PageViewport{X: 0, Y: y, Width: w, Height: vh, Scale: 1},
			CaptureBeyondViewport: true,
		})
		if err != nil {
			t.Fatal(err)
		}
		_ = os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s-%02d.png", name, i)), img, 0o644)
	}
}

// TestHTML_Print: with print media the navigation is hidden and collapsed
// sections (measured pages and headers) are expanded, so a saved PDF has
// the evidence.
func TestHTML_Print(t *testing.T) {
	page, _ := openReport(t, writeReport(t, testkit.SampleAudit(t)), 1280, 900)
	if err := (proto.EmulationSetEmulatedMedia{Media: "print"}).Call(page); err != nil {
		t.Fatal(err)
	}
	nav := page.MustEval(`() => getComputedStyle(document.querySelector("nav.toc")).display`).Str()
	if nav != "none" {
		t.Errorf("navigation display in print = %q", nav)
	}
	if !page.MustEval(`() => document.querySelector("details table.headers").checkVisibility()`).Bool() {
		t.Error("collapsed header tables are not printed")
	}
}
