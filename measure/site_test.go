package measure

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

const lastModified = "Mon, 02 Jan 2006 15:04:05 GMT"

// testSite is a small site with one route per serving strategy, plus broken pages.
func testSite(t *testing.T) *httptest.Server {
	t.Helper()
	var mu sync.Mutex
	visitors := map[string]int{}
	mux := http.NewServeMux()
	page := func(w http.ResponseWriter, title, body string) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><html><head><title>%s</title><script>var nonce="%s"</script></head>
<body><nav id="nav">Home About Blog Products</nav><main id="main">%s</main><footer id="footer">Example Company 2026</footer></body></html>`,
			title, randomHex(), body)
	}
	mux.HandleFunc("/static/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=0, s-maxage=31536000")
		w.Header().Set("Etag", `"v1"`)
		w.Header().Set("Last-Modified", lastModified)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		page(w, "Static", `<h1 id="h">About us</h1><p id="p">We make things that last a long time and never change.</p>`)
	})
	mux.HandleFunc("/isr/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "s-maxage=300, stale-while-revalidate=31535700")
		w.Header().Set("X-Nextjs-Cache", "HIT")
		page(w, "Category", `<h1 id="h">Category</h1><p id="p">Twelve products in this category today.</p>`)
	})
	mux.HandleFunc("/product/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate")
		price := 10 + time.Now().UnixMilli()/150%1000
		page(w, "Product", fmt.Sprintf(`<h1 id="h">Blue kettle</h1><p id="desc">A kettle that boils water quickly and quietly for the whole family.</p><p id="price">Price %d euro</p>`, price))
	})
	mux.HandleFunc("/account", func(w http.ResponseWriter, r *http.Request) {
		sid := ""
		if c, err := r.Cookie("sid"); err == nil {
			sid = c.Value
		} else {
			sid = randomHex()
			http.SetCookie(w, &http.Cookie{Name: "sid", Value: sid, Path: "/"})
		}
		mu.Lock()
		if visitors[sid] == 0 {
			visitors[sid] = len(visitors) + 1
		}
		n := visitors[sid]
		mu.Unlock()
		w.Header().Set("Cache-Control", "private, no-store")
		w.Header().Set("Vary", "Cookie")
		names := []string{"Alice", "Bruno", "Chiara", "Dmitri", "Emeka", "Fatima", "Goran", "Hana"}
		page(w, "Account", fmt.Sprintf(`<h1 id="h">Your account</h1><p id="who">Signed in as %s with %d saved items waiting in your basket</p>`,
			names[n%len(names)], n))
	})
	mux.HandleFunc("/dashboard", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=0, s-maxage=31536000")
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<!doctype html><html><head><title>Dashboard</title></head><body><div id="app"></div><script data-fetch="/api/dashboard">fetch('/api/dashboard').then(r => r.json()).then(v => { document.getElementById('app').textContent = v.text })</script></body></html>`)
	})
	mux.HandleFunc("/api/dashboard", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"text":"Revenue today 1234 euro from 56 orders across seven shops in three countries with returns falling"}`)
	})
	mux.HandleFunc("/hello", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, s-maxage=600")
		w.Header().Set("Vary", "Accept-Language")
		greeting := `<h1 id="h">Welcome to the shop</h1><p id="p">Everything we sell is tested on the fells before it reaches you.</p>`
		if strings.HasPrefix(r.Header.Get("Accept-Language"), "de") {
			greeting = `<h1 id="h">Willkommen im Laden</h1><p id="p">Alles, was wir verkaufen, wird vorher in den Bergen getestet.</p>`
		}
		page(w, "Hello", greeting)
	})
	mux.HandleFunc("/json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"ok":true}`)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(20 * time.Second):
		}
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Cache-Control", "max-age=60")
		fmt.Fprint(w, "<html><body><p id=\"p\">")
		fmt.Fprint(w, strings.Repeat("lorem ipsum ", 120_000))
		fmt.Fprint(w, "</p></body></html>")
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func randomHex() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
