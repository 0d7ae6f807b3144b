package audit

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/config"
	"github.com/rendermap/rendermap/report/diff"
)

// timedAudit is a one-route audit of origin+"/p" whose TTFB samples are ms.
func timedAudit(origin string, ms float64) *rendermap.Audit {
	samples := []float64{ms, ms, ms, ms, ms}
	r := rendermap.Route{Discovery: rendermap.Discovery{Pattern: "/p", Pages: 1, PagesSource: "urls", Sample: []rendermap.SampleURL{{URL: origin + "/p"}}}}
	r.TTFB = rendermap.Stats{N: 5, P50: ms, P95: ms, Min: ms, Max: ms, Samples: samples}
	r.Evidence.Pages = []rendermap.PageResult{{URL: origin + "/p", TTFBMS: samples}}
	return &rendermap.Audit{Schema: rendermap.SchemaVersion, Site: rendermap.Site{Origin: origin}, Routes: []rendermap.Route{r}, Complete: true}
}

// TestConfirmRegressions: a route slower than the baseline is re-measured
// before it counts; a slowdown that has passed is no regression, one that
// persists still is.
func TestConfirmRegressions(t *testing.T) {
	var delay atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(time.Duration(delay.Load()))
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, "<p>page</p>")
	}))
	defer srv.Close()
	site, _ := url.Parse(srv.URL)
	for _, tc := range []struct {
		name        string
		delay       time.Duration
		regressions bool
	}{
		{"passing slowdown", 0, false},
		{"lasting slowdown", 150 * time.Millisecond, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			delay.Store(int64(tc.delay))
			set := config.Default()
			set.Retries, set.Recheck = 1, -1
			base := timedAudit(srv.URL, 1)
			r := &Runner{cfg: &Config{Settings: set, Site: site}, in: &inputs{baseline: base}, prog: quiet{}}
			a := timedAudit(srv.URL, 400) // the first measurement was slow
			if err := r.confirm(context.Background(), nil, a); err != nil {
				t.Fatal(err)
			}
			if got := a.Routes[0].Evidence.Pages[0].TTFBMS[0] < 400; !got {
				t.Errorf("page samples not replaced by the re-measurement: %v", a.Routes[0].Evidence.Pages[0].TTFBMS)
			}
			res, err := diff.Compare(base, a, diff.DefaultOptions())
			if err != nil || (res.Regressions > 0) != tc.regressions {
				t.Errorf("diff: %v, %d regressions, want regressions %v (TTFB now %v)", err, res.Regressions, tc.regressions, a.Routes[0].TTFB.Samples)
			}
		})
	}
}
