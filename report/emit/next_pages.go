package emit

import (
	"fmt"
	"strings"

	"github.com/rendermap/rendermap"
)

// pagesSnippet is the Pages Router data-function form.
func pagesSnippet(r route) snippet {
	s := snippet{path: nextPagesFile(r.segs)}
	rec := r.Recommendation
	var lines []string
	switch rec.Strategy {
	case rendermap.Static, rendermap.ISR:
		lines = append(lines, pagesStaticImports(r.segs))
		if isDynamic(r.segs) {
			lines = append(lines, "")
			lines = append(lines, staticPaths(r)...)
			s.exports = append(s.exports, "getStaticPaths")
		}
		lines = append(lines, "", "export const getStaticProps: GetStaticProps = async (context) => {",
			"  return { props: {}"+pagesRevalidate(rec)+" } // TODO: load the page's data from context.params", "}")
		s.exports = append(s.exports, "getStaticProps")
	case rendermap.SSR:
		lines = append(lines, "import type { GetServerSideProps } from 'next'", "",
			"export const getServerSideProps: GetServerSideProps = async ({ res }) => {",
			"  "+pagesSSRHeader(r), "  return { props: {} } // TODO: load the page's data", "}")
		s.exports = append(s.exports, "getServerSideProps")
	default:
		c := clientSnippet(s.path, false)
		c.body = "// No data function: the page is a static shell.\n" + c.body
		return c
	}
	s.body = strings.Join(lines, "\n") + "\n"
	return s
}

func pagesStaticImports(segs []segment) string {
	if isDynamic(segs) {
		return "import type { GetStaticPaths, GetStaticProps } from 'next'"
	}
	return "import type { GetStaticProps } from 'next'"
}

func pagesRevalidate(rec rendermap.Recommendation) string {
	if rec.Strategy != rendermap.ISR {
		return ""
	}
	return fmt.Sprintf(", revalidate: %d", rec.RevalidateSeconds)
}

// staticPaths lists the audit's examples for a static route, none for ISR;
// 'blocking' renders unlisted pages on their first request either way.
func staticPaths(r route) []string {
	lines := []string{"export const getStaticPaths: GetStaticPaths = async () => {", "  return {"}
	if r.Recommendation.Strategy == rendermap.ISR {
		lines = append(lines, "    paths: [], // build none; pages render on first request and regenerate after revalidate")
	} else {
		lines = append(lines, "    // TODO: list every page; the entries are the audit's examples", "    paths: [")
		for _, set := range exampleParams(r.segs, r.Examples) {
			lines = append(lines, "      { params: "+paramObject(set, nextParamValue)+" },")
		}
		lines = append(lines, "    ],")
	}
	return append(lines, "    fallback: 'blocking', // unlisted pages render on first request and are kept; false 404s them", "  }", "}")
}

func pagesSSRHeader(r route) string {
	if r.Personalized.Personalized {
		return "res.setHeader('Cache-Control', 'private, no-store') // personalized: never store in a shared cache"
	}
	return "// optional CDN caching: res.setHeader('Cache-Control', 'public, s-maxage=10, stale-while-revalidate=59')"
}
