// Package chrome implements rendermap.Browser with headless Chromium driven
// through the DevTools protocol (go-rod).
//
// In: the path of a Chrome or Chromium binary (never downloaded: see [Find]),
// then URLs to render. Out: [rendermap.Rendered] values holding what the page
// showed after its scripts ran: status and headers of the document, title,
// visible text split into located blocks, links, the XHR/fetch requests made
// while loading, and Navigation Timing and paint metrics.
//
// Each session is an incognito browser context, so two sessions never share
// cookies or cache. JavaScript dialogs are dismissed, scripts cannot open
// windows, and with SessionOptions.AllowOrigins no request leaves for
// another origin. [Launch] starts a local browser, [Connect] uses a remote
// DevTools endpoint (a browser pool), and [Resilient] relaunches or
// reconnects either when the browser is lost mid-audit.
package chrome
