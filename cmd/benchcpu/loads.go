package main

import (
	"context"
	"fmt"
	"io"
	"net/url"

	"github.com/rendermap/rendermap"
	"github.com/rendermap/rendermap/chrome"
)

// loadsPerURL is how many warm loads of each URL are measured.
const loadsPerURL = 5

// loads renders each URL once to warm the session, then loadsPerURL times,
// and prints the mean load time (navigation start to the end of the load
// event) beside the CPU seconds all Chromium processes used per load.
func loads(urls []string, out io.Writer) error {
	ctx := context.Background()
	b, err := chrome.Launch(ctx, chrome.Options{})
	if err != nil {
		return err
	}
	defer b.Close()
	origin, err := originOf(urls[0])
	if err != nil {
		return err
	}
	s, err := b.NewSession(ctx, rendermap.SessionOptions{AllowOrigins: []string{origin}})
	if err != nil {
		return err
	}
	defer s.Close()
	var loadSum, cpuSum float64
	n := 0
	for _, u := range urls {
		load, cpu, err := measureLoads(ctx, s, u)
		if err != nil {
			fmt.Fprintf(out, "%-60s failed: %v\n", u, err)
			continue
		}
		fmt.Fprintf(out, "%-60s load %6.0f ms   Chromium CPU %6.0f ms   %.2f x\n", u, load, cpu, cpu/load)
		loadSum, cpuSum, n = loadSum+load, cpuSum+cpu, n+1
	}
	if n == 0 {
		return fmt.Errorf("no URL loaded")
	}
	fmt.Fprintf(out, "%-60s load %6.0f ms   Chromium CPU %6.0f ms   %.2f x\n", "mean", loadSum/float64(n), cpuSum/float64(n), cpuSum/loadSum)
	return nil
}

// measureLoads returns the mean load time and Chromium CPU per load of u, in ms.
func measureLoads(ctx context.Context, s rendermap.Session, u string) (load, cpu float64, err error) {
	if _, err := s.Render(ctx, u); err != nil {
		return 0, 0, err
	}
	m := newMeter()
	m.sample(byBinary)
	for range loadsPerURL {
		r, err := s.Render(ctx, u)
		if err != nil {
			return 0, 0, err
		}
		load += r.Timing.LoadMS
	}
	m.sample(byBinary)
	return load / loadsPerURL, m.totals()["chromium"] * 1000 / loadsPerURL, nil
}

func originOf(raw string) (string, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "", fmt.Errorf("url %q: want an absolute URL", raw)
	}
	return u.Scheme + "://" + u.Host, nil
}
