package emit

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWriteStdout(t *testing.T) {
	cases := []struct {
		name  string
		files []File
		out   string
		want  string
	}{
		{"single file as is", []File{{"a.ts", []byte("x\n")}}, "", "x\n"},
		{"dash is stdout", []File{{"a.ts", []byte("x\n")}}, "-", "x\n"},
		{"several files with separators", []File{{"a.ts", []byte("x\n")}, {"b/c.ts", []byte("y")}}, "",
			"// ==> a.ts <==\nx\n\n// ==> b/c.ts <==\ny\n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := Write(tc.files, tc.out, &buf); err != nil {
				t.Fatal(err)
			}
			if buf.String() != tc.want {
				t.Errorf("got %q, want %q", buf.String(), tc.want)
			}
		})
	}
}

func TestWriteDirectory(t *testing.T) {
	dir := t.TempDir()
	files := []File{{"app/products/[id]/page.tsx", []byte("p")}, {"README.md", []byte("r")}}
	if err := Write(files, dir, nil); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f.Path)))
		if err != nil || string(got) != string(f.Content) {
			t.Errorf("%s: got %q, %v", f.Path, got, err)
		}
	}
}

func TestWriteSingleFileToPath(t *testing.T) {
	out := filepath.Join(t.TempDir(), "sub", "rules.ts")
	if err := Write([]File{{"nuxt.config.routeRules.ts", []byte("n")}}, out, nil); err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(out); err != nil || string(got) != "n" {
		t.Errorf("got %q, %v", got, err)
	}
}

func TestWriteRefusesEscapes(t *testing.T) {
	for _, p := range []string{"../x", "a/../../x", "/etc/x", "a/./b", "", `a\..\x`, "a//b", "a\x00b", "a/.."} {
		t.Run(p, func(t *testing.T) {
			dir := t.TempDir()
			files := []File{{"ok.txt", []byte("ok")}, {p, []byte("bad")}}
			err := Write(files, dir, nil)
			if err == nil || !strings.Contains(err.Error(), "unsafe path") {
				t.Errorf("Write(%q) error = %v, want unsafe path", p, err)
			}
			if _, err := os.Stat(filepath.Join(dir, "ok.txt")); err == nil {
				t.Errorf("Write(%q) wrote files before refusing", p)
			}
		})
	}
}
