package crawl

import "testing"

func TestTrieHashCollision(t *testing.T) {
	tr := newRawTrie(4)
	a := tr.child(0, "a")
	// Pretend "b" hashes like "a": the lookup must notice and keep them apart.
	tr.edges[edgeHash(0, "b")] = a
	b := tr.child(0, "b")
	if b == a || tr.seg[b] != "b" {
		t.Fatalf("collision merged %q into %q", "b", tr.seg[a])
	}
	if again := tr.child(0, "b"); again != b {
		t.Errorf("second lookup of b = %d, want %d", again, b)
	}
	if again := tr.child(0, "a"); again != a {
		t.Errorf("lookup of a = %d, want %d", again, a)
	}
}

func TestSplitURL(t *testing.T) {
	cases := []struct{ in, path, query string }{
		{"http://h:1/a/b?x=1#f", "/a/b", "x=1"},
		{"https://h", "", ""},
		{"https://h?q", "", "q"},
		{"/p#x?y", "/p", ""},
		{"/p?q#f", "/p", "q"},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			p, q := splitURL(c.in)
			if p != c.path || q != c.query {
				t.Errorf("splitURL(%q) = %q, %q", c.in, p, q)
			}
		})
	}
}
