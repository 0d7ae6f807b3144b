package crawl

import "hash/maphash"

// urlIndex maps URL keys to a ref (an entry index, or an overflow place)
// for urlSet. It is an open-addressing table of one uint64 per slot: the
// upper 32 bits of the key's hash and ref+1, so that empty slots are 0.
// The hash only narrows the search: a slot matches when the key that
// keyOf gives for its ref is the key, so two keys with the same hash stay
// apart. Being flat and pointer-free, it costs a million URLs one random
// memory access each, which a Go map of strings does not.
type urlIndex struct {
	slots []uint64
	n     int
	hash  func(string) uint64
	keyOf func(ref uint32) string
}

// minIndexSlots is the size of a new urlIndex.
const minIndexSlots = 1 << 10

func newURLIndex(keyOf func(uint32) string) *urlIndex {
	seed := maphash.MakeSeed()
	return &urlIndex{
		slots: make([]uint64, minIndexSlots),
		hash:  func(s string) uint64 { return maphash.String(seed, s) },
		keyOf: keyOf,
	}
}

// probe is where find stopped: the slot of a key, or the empty slot for
// it, and the key's hash bits.
type probe struct {
	slot int
	tag  uint64
}

// find returns the ref of key, or false and the probe to insert it with.
func (x *urlIndex) find(key string) (uint32, bool, probe) {
	tag := x.hash(key) >> 32
	mask := len(x.slots) - 1
	for i := int(tag) & mask; ; i = (i + 1) & mask {
		s := x.slots[i]
		if s == 0 {
			return 0, false, probe{i, tag}
		}
		if s>>32 == tag && x.keyOf(uint32(s)-1) == key {
			return uint32(s) - 1, true, probe{i, tag}
		}
	}
}

// insert stores ref for the key that find could not find.
func (x *urlIndex) insert(p probe, ref uint32) {
	x.slots[p.slot] = p.tag<<32 | (uint64(ref) + 1)
	x.n++
	if 2*x.n > len(x.slots) {
		x.grow()
	}
}

// update points the slot where find found a key to another ref.
func (x *urlIndex) update(p probe, ref uint32) {
	x.slots[p.slot] = p.tag<<32 | (uint64(ref) + 1)
}

// grow doubles the table; the stored hash bits place every slot again.
func (x *urlIndex) grow() {
	old := x.slots
	x.slots = make([]uint64, 2*len(old))
	mask := len(x.slots) - 1
	for _, s := range old {
		if s == 0 {
			continue
		}
		i := int(s>>32) & mask
		for x.slots[i] != 0 {
			i = (i + 1) & mask
		}
		x.slots[i] = s
	}
}
