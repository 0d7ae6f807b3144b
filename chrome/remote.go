package chrome

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/cdp"
	"github.com/go-rod/rod/lib/proto"
)

// ConnectTimeout bounds resolving and opening a connection to a remote browser.
const ConnectTimeout = 15 * time.Second

// Connect attaches to a browser that is already running, such as a browser
// pool (browserless, Selenium Grid 4, rod's manager) or a Chromium started
// with --remote-debugging-port. endpoint is a DevTools WebSocket URL
// (ws:// or wss://) or an http(s)://host:port base whose /json/version
// names one. Options.Bin is ignored. Close on the returned browser closes
// the sessions opened through it and the connection, never the browser.
func Connect(ctx context.Context, endpoint string, opt Options) (*Browser, error) {
	ctx, cancel := context.WithTimeout(ctx, ConnectTimeout)
	defer cancel()
	ws, err := resolve(ctx, endpoint)
	if err != nil {
		return nil, err
	}
	conn, err := dial(ctx, ws)
	if err != nil {
		return nil, fmt.Errorf("connect to browser %s: %w", redactURL(endpoint), err)
	}
	rb := rod.New().Client(cdp.New().Start(conn)).NoDefaultDevice()
	if err := rb.Connect(); err != nil {
		_ = conn.Close()
		return nil, fmt.Errorf("connect to browser %s: %w", redactURL(endpoint), err)
	}
	r := &remote{conn: conn, b: rb, ids: map[proto.BrowserBrowserContextID]bool{}}
	return &Browser{rod: rb, remote: r, timeout: orDefault(opt.Timeout)}, nil
}

// resolve turns endpoint into a DevTools WebSocket URL.
func resolve(ctx context.Context, endpoint string) (string, error) {
	u, err := url.Parse(endpoint)
	if err != nil || u.Host == "" {
		return "", fmt.Errorf("browser endpoint %q: want ws://, wss://, http:// or https://HOST:PORT", redactURL(endpoint))
	}
	switch u.Scheme {
	case "ws", "wss":
		return endpoint, nil
	case "http", "https":
		return versionURL(ctx, u)
	}
	return "", fmt.Errorf("browser endpoint %s: scheme %q not supported: want ws, wss, http or https", redactURL(endpoint), u.Scheme)
}

// versionURL asks base/json/version for the browser's WebSocket URL and
// points it at the host we reached: browsers report their own view of
// their address (often 127.0.0.1 inside a container).
func versionURL(ctx context.Context, base *url.URL) (string, error) {
	v := *base
	v.Path = strings.TrimSuffix(v.Path, "/") + "/json/version"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, v.String(), nil)
	if err != nil {
		return "", fmt.Errorf("browser endpoint %s: %w", redactURL(base.String()), err)
	}
	var body struct {
		WebSocketDebuggerURL string `json:"webSocketDebuggerUrl"`
	}
	if err := getJSON(req, &body); err != nil {
		return "", fmt.Errorf("read %s: %w", redactURL(v.String()), err)
	}
	ws, err := url.Parse(body.WebSocketDebuggerURL)
	if err != nil || body.WebSocketDebuggerURL == "" {
		return "", fmt.Errorf("read %s: no webSocketDebuggerUrl", redactURL(v.String()))
	}
	ws.Scheme, ws.Host = "ws", base.Host
	if base.Scheme == "https" {
		ws.Scheme = "wss"
	}
	if ws.RawQuery == "" {
		ws.RawQuery = base.RawQuery
	}
	return ws.String(), nil
}

func getJSON(req *http.Request, v any) error {
	res, err := http.DefaultClient.Do(req)
	if ue := (*url.Error)(nil); errors.As(err, &ue) {
		return ue.Err // its text repeats the URL, token included
	}
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("status %s", res.Status)
	}
	return json.NewDecoder(res.Body).Decode(v)
}

// redactURL drops the query and user info of u, where pools keep tokens.
func redactURL(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return "(unparsable URL)"
	}
	u.User, u.RawQuery, u.Fragment = nil, "", ""
	return u.String()
}

// dial opens the DevTools WebSocket; ctx bounds the dial and the handshake.
func dial(ctx context.Context, ws string) (*cdp.WebSocket, error) {
	u, err := url.Parse(ws)
	if err != nil {
		return nil, err
	}
	d := &deadlineDialer{tls: u.Scheme == "wss", host: u.Hostname()}
	if d.deadline, _ = ctx.Deadline(); d.deadline.IsZero() {
		d.deadline = time.Now().Add(ConnectTimeout)
	}
	conn := &cdp.WebSocket{Dialer: d}
	if err := conn.Connect(ctx, withPort(u), nil); err != nil {
		if d.conn != nil {
			_ = d.conn.Close()
		}
		return nil, err
	}
	return conn, d.conn.SetDeadline(time.Time{})
}

// withPort adds the scheme's default port, which the dialer needs.
func withPort(u *url.URL) string {
	if u.Port() != "" {
		return u.String()
	}
	c := *u
	c.Host = net.JoinHostPort(u.Hostname(), map[bool]string{true: "443", false: "80"}[u.Scheme == "wss"])
	return c.String()
}

// deadlineDialer dials TCP or TLS and keeps a deadline on the connection
// until the WebSocket handshake is done, so a silent endpoint cannot hang.
type deadlineDialer struct {
	tls      bool
	host     string
	deadline time.Time
	conn     net.Conn
}

// DialContext implements cdp.Dialer.
func (d *deadlineDialer) DialContext(ctx context.Context, network, addr string) (net.Conn, error) {
	var nd net.Dialer
	var c net.Conn
	var err error
	if d.tls {
		c, err = (&tls.Dialer{NetDialer: &nd, Config: &tls.Config{ServerName: d.host}}).DialContext(ctx, network, addr)
	} else {
		c, err = nd.DialContext(ctx, network, addr)
	}
	if err != nil {
		return nil, err
	}
	d.conn = c
	return c, c.SetDeadline(d.deadline)
}

// remote is the client-side state of a connected browser: the incognito
// contexts this client opened, to dispose of on Close.
type remote struct {
	conn *cdp.WebSocket
	b    *rod.Browser

	mu  sync.Mutex
	ids map[proto.BrowserBrowserContextID]bool
}

func (r *remote) track(id proto.BrowserBrowserContextID) {
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.ids[id] = true
}

func (r *remote) forget(id proto.BrowserBrowserContextID) {
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.ids, id)
}

// close disposes of the contexts still open, then drops the connection.
func (r *remote) close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	var first error
	for _, id := range r.open() {
		err := proto.TargetDisposeBrowserContext{BrowserContextID: id}.Call(r.b.Context(ctx))
		if err != nil && first == nil {
			first = fmt.Errorf("close session: %w", err)
		}
	}
	if err := r.conn.Close(); err != nil && first == nil {
		first = fmt.Errorf("close connection: %w", err)
	}
	return first
}

// open lists the tracked contexts, sorted, and forgets them.
func (r *remote) open() []proto.BrowserBrowserContextID {
	r.mu.Lock()
	defer r.mu.Unlock()
	ids := make([]proto.BrowserBrowserContextID, 0, len(r.ids))
	for id := range r.ids {
		ids = append(ids, id)
	}
	clear(r.ids)
	slices.Sort(ids)
	return ids
}
