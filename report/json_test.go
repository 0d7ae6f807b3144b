package report

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/internal/testkit"
)

func TestJSON_RoundTrip(t *testing.T) {
	a := testkit.SampleAudit(t)
	out := renderString(t, "json", a, Options{Secrets: []string{testkit.PlantedSecret}})
	b, err := rendermap.Decode([]byte(out))
	if err != nil {
		t.Fatalf("json output does not validate: %v", err)
	}
	h := b.Routes[1].Evidence.Pages[0].Headers // /about has no secrets
	if diff := cmp.Diff(a.Routes[1], b.Routes[1]); diff != "" {
		t.Errorf("route changed (-want +got):\n%s", diff)
	}
	acct := b.Routes[2].Evidence.Pages[0].Headers
	if acct["x-debug-auth"] != "Bearer "+Redacted || acct["set-cookie"] != "session="+Redacted+"; Path=/; HttpOnly" {
		t.Errorf("account headers = %v", acct)
	}
	if !json.Valid([]byte(out)) || len(h) == 0 {
		t.Error("invalid json or lost headers")
	}
}
