package crawl

import (
	"context"
)

const (
	// maxSitemapFiles bounds the sitemap files read per discovery.
	maxSitemapFiles = 1000
	// maxIndexDepth bounds nesting of sitemap index files.
	maxIndexDepth = 4
)

// sitemapJob is one sitemap file to read.
type sitemapJob struct {
	url     string // a URL, or a path when file is true
	file    bool   // a local file
	guessed bool   // /sitemap.xml tried by convention: a 404 is no warning
	depth   int
}

// readSitemaps reads the given, robots.txt and conventional sitemaps,
// following index files breadth-first and reading each file once.
func (d *discovery) readSitemaps(ctx context.Context) {
	queue := d.initialSitemaps()
	seen := map[string]bool{}
	for len(queue) > 0 && ctx.Err() == nil {
		job := queue[0]
		queue = queue[1:]
		if seen[job.url] {
			if job.depth > 0 {
				d.warn.addf("sitemap", job.url, "sitemap listed again by an index (loop or duplicate); read once")
			}
			continue
		}
		seen[job.url] = true
		if len(seen) > maxSitemapFiles {
			d.markSitemapTruncated()
			d.warn.addf("sitemap", job.url, "more than %d sitemap files; the rest were skipped", maxSitemapFiles)
			return
		}
		queue = append(queue, d.readSitemap(ctx, job)...)
		d.progress()
	}
}

func (d *discovery) initialSitemaps() []sitemapJob {
	var jobs []sitemapJob
	for _, s := range d.opt.Sitemaps {
		jobs = append(jobs, sitemapJob{url: s})
	}
	for _, s := range d.robots.sitemaps {
		jobs = append(jobs, sitemapJob{url: s})
	}
	if !d.opt.Offline {
		jobs = append(jobs, sitemapJob{url: d.start.JoinPath("/sitemap.xml").String(), guessed: true})
	}
	for i := range jobs {
		if n, err := Normalize(jobs[i].url, d.start); err == nil {
			jobs[i].url = n
		}
	}
	files := make([]sitemapJob, 0, len(d.opt.SitemapFiles)+len(jobs))
	for _, f := range d.opt.SitemapFiles {
		files = append(files, sitemapJob{url: f, file: true})
	}
	return append(files, jobs...)
}

// readSitemap reads one file; it adds its URLs and returns child sitemaps.
func (d *discovery) readSitemap(ctx context.Context, job sitemapJob) []sitemapJob {
	body, ok := d.sitemapBody(ctx, job)
	if !ok {
		return nil
	}
	sm, err := ParseSitemapLimit(body, min(d.opt.MaxSitemapBytes, sitemapByteLimit))
	body.Close()
	if err != nil {
		d.warn.addf("sitemap", job.url, "sitemap is broken (%v); kept %d entries read before the error", err, len(sm.URLs)+len(sm.Sitemaps))
	}
	if sm.Truncated {
		d.markSitemapTruncated()
		d.warn.addf("sitemap", job.url, "sitemap lists more than %d entries; the rest were ignored", MaxSitemapURLs)
	}
	if len(sm.URLs)+len(sm.Sitemaps) > 0 || err == nil {
		d.sitemaps = append(d.sitemaps, job.url)
	}
	d.addSitemapURLs(job.url, sm.URLs)
	return d.childJobs(job, sm.Sitemaps)
}

func (d *discovery) childJobs(parent sitemapJob, children []SitemapEntry) []sitemapJob {
	if len(children) > 0 && parent.depth >= maxIndexDepth {
		d.warn.addf("sitemap", parent.url, "sitemap indexes nest deeper than %d; children skipped", maxIndexDepth)
		return nil
	}
	var jobs []sitemapJob
	for _, c := range children {
		n, err := Normalize(c.Loc, d.start)
		if err != nil {
			continue
		}
		job := sitemapJob{url: n, depth: parent.depth + 1}
		if parent.file && d.opt.Offline {
			job = localChild(parent, n)
		}
		jobs = append(jobs, job)
	}
	return jobs
}

// addSitemapURLs admits the entries of the sitemap at where; <loc> values
// that are not absolute http(s) URLs (the protocol requires them) are
// skipped with one warning.
func (d *discovery) addSitemapURLs(where string, entries []SitemapEntry) {
	invalid := 0
	for _, e := range entries {
		switch n, verdict := d.admit(e.Loc, nil); verdict {
		case invalidURL:
			invalid++
		case admitted:
			d.add(n, fromSitemap, e.Lastmod)
		}
	}
	if invalid > 0 {
		d.warn.addf("sitemap", where, "%d <loc> entries are not absolute http(s) URLs; skipped", invalid)
	}
}

func (d *discovery) markSitemapTruncated() {
	d.mu.Lock()
	d.sitemapTruncated = true
	d.mu.Unlock()
}
