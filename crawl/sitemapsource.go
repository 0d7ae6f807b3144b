package crawl

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/url"
	"os"
	"path"
	"path/filepath"
)

// errOffline is the error of a request that offline discovery refused.
var errOffline = errors.New("discovery is offline: no request is sent")

// sitemapBody opens a local sitemap file or fetches a remote one; ok is
// false, with a warning, when there is nothing to read.
func (d *discovery) sitemapBody(ctx context.Context, job sitemapJob) (io.ReadCloser, bool) {
	if job.file {
		f, err := os.Open(job.url)
		if err != nil {
			d.warn.addf("sitemap", job.url, "sitemap file could not be read: %v", err)
			return nil, false
		}
		return f, true
	}
	u, err := url.Parse(job.url)
	if err != nil || !d.scope.onOrigin(u) {
		d.warn.addf("sitemap", job.url, "sitemap is not on the audited origin; skipped")
		return nil, false
	}
	res, err := d.fetch.get(ctx, u.Host, job.url)
	if err != nil {
		d.warn.addf("sitemap", job.url, "sitemap could not be fetched: %v", err)
		return nil, false
	}
	if res.status != 200 {
		if !job.guessed || res.status != 404 {
			d.warn.addf("sitemap", job.url, "sitemap answered HTTP %d; skipped", res.status)
		}
		return nil, false
	}
	return io.NopCloser(bytes.NewReader(res.body)), true
}

// localChild is the job for a sitemap that a local index lists, when
// discovery is offline: the file of the same name beside the index, as a
// downloaded set of sitemap files has it. When there is none, the job
// keeps the URL and the fetcher refuses it with a warning.
func localChild(index sitemapJob, loc string) sitemapJob {
	job := sitemapJob{url: loc, depth: index.depth + 1}
	u, err := url.Parse(loc)
	if err != nil {
		return job
	}
	p := filepath.Join(filepath.Dir(index.url), path.Base(u.Path))
	if isFile(p) {
		job.url, job.file = p, true
	}
	return job
}
