package frameworks

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// ApplyNuxt applies generated Nuxt config to an app mechanically: the app
// keeps its route rules in routeRules.ts (`export default { ... }`,
// imported by nuxt.config.ts), and the generated routeRules.ts replaces it.
// The app's own prerender seeds stay: the audit knows only examples.
func ApplyNuxt(genDir, appDir string) error {
	data, err := os.ReadFile(filepath.Join(genDir, "routeRules.ts"))
	if err != nil {
		return fmt.Errorf("apply nuxt config: %w", err)
	}
	return os.WriteFile(filepath.Join(appDir, "routeRules.ts"), data, 0o644)
}

var (
	// modeExport is a route segment export that sets the rendering mode.
	modeExport = regexp.MustCompile(`(?m)^export const (dynamic|revalidate) = .*\n`)
	// segmentExport is any route segment export the generator writes.
	segmentExport = regexp.MustCompile(`(?m)^export const (dynamic|revalidate|dynamicParams) = .*$`)
	// paramsFunc is a generated generateStaticParams, up to its closing brace.
	paramsFunc = regexp.MustCompile(`(?ms)^export async function generateStaticParams\(\) \{.*?^\}\n`)
	// importStmt is one top-level import, single- or multi-line.
	importStmt = regexp.MustCompile(`(?ms)^import\s(?:.*?\sfrom\s+)?['"][^'"\n]+['"];?[^\n]*\n`)
)

// ApplyNext applies generated Next.js App Router snippets to an app
// mechanically, page by page: in app/<route>/page.tsx (or the layout.tsx
// beside it when the page is a client component) the generated `dynamic`
// and `revalidate` exports replace the file's own, placed after its imports; `dynamicParams` and `generateStaticParams` are added only
// when the page has none (the app knows its pages; the audit knows
// examples). A generated page that is a whole client component is not
// pasted: it returns those paths for the caller to judge.
func ApplyNext(genDir, appDir string) (clientPages []string, err error) {
	err = filepath.WalkDir(filepath.Join(genDir, "app"), func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() != "page.tsx" {
			return err
		}
		rel, _ := filepath.Rel(genDir, p)
		gen, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		if strings.Contains(string(gen), "'use client'") {
			clientPages = append(clientPages, filepath.ToSlash(rel))
			return nil
		}
		return pasteSegment(string(gen), filepath.Join(appDir, rel))
	})
	if err != nil {
		return nil, fmt.Errorf("apply next config: %w", err)
	}
	return clientPages, nil
}

// pasteSegment puts the generated exports into the page file at path, or
// into the layout beside it when the page is a client component (which
// cannot export route segment config).
func pasteSegment(gen, path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("the generated %s has no page in the app: %w", filepath.Base(filepath.Dir(path)), err)
	}
	if strings.Contains(string(data), "'use client'") {
		path = filepath.Join(filepath.Dir(path), "layout.tsx")
		if data, err = os.ReadFile(path); err != nil {
			return fmt.Errorf("%s is a client component and has no layout.tsx for its segment config: %w", filepath.Dir(path), err)
		}
	}
	page := modeExport.ReplaceAllString(string(data), "")
	var mode, extra []string
	for _, line := range segmentExport.FindAllString(gen, -1) {
		switch {
		case strings.HasPrefix(line, "export const dynamicParams"):
			if !strings.Contains(page, "export const dynamicParams") {
				extra = append(extra, line)
			}
		default:
			mode = append(mode, line)
		}
	}
	if fn := paramsFunc.FindString(gen); fn != "" && !strings.Contains(page, "generateStaticParams") {
		extra = append(extra, strings.TrimSuffix(fn, "\n"))
	}
	page = afterImports(page, mode) + joinLines(extra)
	return os.WriteFile(path, []byte(page), 0o644)
}

// afterImports inserts lines after the file's last top-level import.
func afterImports(src string, lines []string) string {
	at := 0
	for _, loc := range importStmt.FindAllStringIndex(src, -1) {
		at = loc[1]
	}
	return src[:at] + joinLines(lines) + src[at:]
}

func joinLines(lines []string) string {
	if len(lines) == 0 {
		return ""
	}
	return strings.Join(lines, "\n") + "\n"
}
