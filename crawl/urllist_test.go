package crawl

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadURLList(t *testing.T) {
	got, err := ReadURLList(strings.NewReader("# comment\nhttp://a/1\n\n  /b  \r\n"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"http://a/1", "/b"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if _, err := ReadURLList(strings.NewReader(strings.Repeat("x", maxListLine+1))); err == nil {
		t.Error("an overlong line should fail")
	}
}
