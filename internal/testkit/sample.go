package testkit

import (
	"bytes"
	_ "embed"
	"os"
	"testing"

	"github.com/rendermap/rendermap"
)

// PlantedSecret is the credential the sample audit carries in page headers,
// which reports must redact when it is passed in their Secrets.
const PlantedSecret = "s3cr3t-TOKEN-4242"

// sampleAudit is testdata/audit.json, written by TestSampleAudit in this
// package (go test ./internal/testkit -update).
//
//go:embed testdata/audit.json
var sampleAudit []byte

// SampleAudit returns the sample audit, a fresh copy per call: ten routes of
// an invented shop (https://shop.example) shaped like a full audit by the
// current advise, with evidence, model, costs, alternatives, break-evens,
// a hostile page title and the [PlantedSecret]. Decoding validates it
// against the audit schema.
func SampleAudit(t testing.TB) *rendermap.Audit {
	t.Helper()
	a, err := rendermap.Decode(sampleAudit)
	if err != nil {
		t.Fatalf("sample audit: %v", err)
	}
	return a
}

// SampleAuditJSON returns the sample audit's file content (a copy), for
// tests that read an audit from bytes or a file.
func SampleAuditJSON() []byte { return bytes.Clone(sampleAudit) }

// ReadAudit reads the audit file at path through rendermap.Decode, so it is
// checked against the audit schema, and fails tb when either step fails.
func ReadAudit(tb testing.TB, path string) *rendermap.Audit {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	a, err := rendermap.Decode(data)
	if err != nil {
		tb.Fatalf("%s fails its schema: %v", path, err)
	}
	return a
}
