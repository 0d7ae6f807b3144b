package frameworks

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestApplyNextPastesModeExports(t *testing.T) {
	gen, app := t.TempDir(), t.TempDir()
	write := func(root, rel, body string) {
		p := filepath.Join(root, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(gen, "app/deals/page.tsx", "// Route /deals\n\nexport const revalidate = 3540 // a literal\n")
	write(gen, "app/blog/[slug]/page.tsx", "export const dynamic = 'force-static'\nexport const dynamicParams = true\n"+
		"export async function generateStaticParams() {\n  return [\n    { slug: 'a' },\n  ]\n}\n")
	write(gen, "app/dashboard/page.tsx", "'use client'\n\nexport default function Page() {}\n")
	write(app, "app/deals/page.tsx", "import {\n  a,\n  b,\n} from './x'\nimport y from 'y'\n\nexport const dynamic = 'force-dynamic'\n\nexport default function D() {}\n")
	write(app, "app/blog/[slug]/page.tsx", "import z from 'z'\nexport const dynamicParams = false\nexport function generateStaticParams() { return [] }\n")
	client, err := ApplyNext(gen, app)
	if err != nil {
		t.Fatal(err)
	}
	deals, _ := os.ReadFile(filepath.Join(app, "app/deals/page.tsx"))
	want := "import {\n  a,\n  b,\n} from './x'\nimport y from 'y'\nexport const revalidate = 3540 // a literal\n\n\nexport default function D() {}\n"
	if string(deals) != want {
		t.Errorf("deals page:\n%s\nwant:\n%s", deals, want)
	}
	blog, _ := os.ReadFile(filepath.Join(app, "app/blog/[slug]/page.tsx"))
	if !strings.Contains(string(blog), "export const dynamic = 'force-static'") || strings.Count(string(blog), "dynamicParams") != 1 ||
		strings.Count(string(blog), "generateStaticParams") != 1 {
		t.Errorf("blog page keeps its own dynamicParams and generateStaticParams:\n%s", blog)
	}
	if len(client) != 1 || client[0] != "app/dashboard/page.tsx" {
		t.Errorf("client pages %v", client)
	}
	write(gen, "app/missing/page.tsx", "export const dynamic = 'force-static'\n")
	if _, err := ApplyNext(gen, app); err == nil || !strings.Contains(err.Error(), "no page in the app") {
		t.Errorf("a generated page the app lacks must fail: %v", err)
	}
}
