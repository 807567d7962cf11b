package py

// dict.go: the storage of dict objects.
//
// The layout is CPython's compact dict: the items live in insertion order in
// a dense entries slice, and a separate open-addressing table of int32
// indices (a power of two long) maps a hash to an entry. Deleting an item
// leaves a hole in entries (key == nil) and a dummy in the index table; the
// holes disappear when the table is rebuilt. Growth follows CPython 3.11
// (usable = 2/3 of the table, resize to the power of two >= 3*used), so that
// mutating a dict while iterating over it fails at the same moments.
//
// Keys that are *Str take a fast path: identity, then cached hash and byte
// comparison, without ever calling Python code. Int keys compare by value.
// Other keys go through Hash and Eq (which may run Python code).

const (
	dictMinSize = 8
	ixEmpty     = -1
	ixDummy     = -2
	perturbBits = 5
)

// dictEntry is one slot of the dense entries slice. key == nil marks a
// deleted item.
type dictEntry struct {
	hash  int64
	key   Object
	value Object
}

// Dict is an insertion-ordered hash table (CPython's compact dict layout).
type Dict struct {
	indices []int32     // nil for a dict that never held an item
	entries []dictEntry // live and deleted entries, insertion order
	used    int         // live items
	usable  int         // entries that may still be appended before a resize
}

func (*Dict) Type() *Type { return DictType }

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// NewDictSized returns an empty dict with room for n items without resizing.
func NewDictSized(n int) *Dict {
	d := &Dict{}
	if n > 5 {
		d.allocate(dictSizeFor(n * 3 / 2))
	}
	return d
}

// Len is the number of items.
func (d *Dict) Len() int { return d.used }

// dictSizeFor is the smallest power of two >= n (at least dictMinSize).
func dictSizeFor(n int) int {
	size := dictMinSize
	for size < n {
		size <<= 1
	}
	return size
}

func usableFraction(size int) int { return size * 2 / 3 }

// allocate gives d a fresh empty table of the given size.
func (d *Dict) allocate(size int) {
	d.indices = make([]int32, size)
	for i := range d.indices {
		d.indices[i] = ixEmpty
	}
	u := usableFraction(size)
	d.entries = make([]dictEntry, 0, u)
	d.usable = u
}

// resize rebuilds the table for the current items, compacting deleted
// entries away (CPython's GROWTH_RATE: used*3).
func (d *Dict) resize() {
	old := d.entries
	size := dictSizeFor(d.used * 3)
	d.indices = make([]int32, size)
	for i := range d.indices {
		d.indices[i] = ixEmpty
	}
	u := usableFraction(size)
	entries := make([]dictEntry, 0, u)
	mask := uint64(size - 1)
	for i := range old {
		e := &old[i]
		if e.key == nil {
			continue
		}
		d.indices[d.emptySlot(e.hash, mask)] = int32(len(entries))
		entries = append(entries, *e)
	}
	d.entries = entries
	d.usable = u - len(entries)
}

// emptySlot finds the first unused index slot on h's probe sequence.
func (d *Dict) emptySlot(h int64, mask uint64) uint64 {
	perturb := uint64(h)
	i := uint64(h) & mask
	for d.indices[i] >= 0 {
		perturb >>= perturbBits
		i = (i*5 + perturb + 1) & mask
	}
	return i
}

// lookupStr returns the entry index of key k (hash h), or -1.
func (d *Dict) lookupStr(k *Str, h int64) int {
	if d.indices == nil {
		return -1
	}
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		ix := d.indices[i]
		if ix == ixEmpty {
			return -1
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.key == Object(k) {
				return int(ix)
			}
			if e.hash == h {
				if s, ok := AsStr(e.key); ok && s.S == k.S {
					return int(ix) // a str, or a str subclass instance equal to it
				}
			}
		}
		perturb >>= perturbBits
		i = (i*5 + perturb + 1) & mask
	}
}

// lookup returns the entry index of any key k with hash h, or -1. It may
// call __eq__; if that mutates the dict the search restarts, like CPython.
func (d *Dict) lookup(in *Interp, k Object, h int64) (int, error) {
	switch k := k.(type) {
	case *Str:
		return d.lookupStr(k, h), nil
	}
restart:
	if d.indices == nil {
		return -1, nil
	}
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		ix := d.indices[i]
		if ix == ixEmpty {
			return -1, nil
		}
		if ix >= 0 {
			e := &d.entries[ix]
			if e.key == k {
				return int(ix), nil
			}
			if e.hash == h {
				switch same := keysSame(e.key, k); same {
				case 1:
					return int(ix), nil
				case 0:
				default:
					indices, startKey := d.indices, e.key
					eq, err := Eq(in, startKey, k)
					if err != nil {
						return -1, err
					}
					if len(d.indices) != len(indices) || &d.indices[0] != &indices[0] ||
						int(ix) >= len(d.entries) || d.entries[ix].key != startKey {
						goto restart
					}
					if eq {
						return int(ix), nil
					}
				}
			}
		}
		perturb >>= perturbBits
		i = (i*5 + perturb + 1) & mask
	}
}

// keysSame decides key equality without Python code when it can: 1 equal,
// 0 different, -1 unknown (call Eq).
func keysSame(a, b Object) int {
	switch a := a.(type) {
	case *Str:
		switch b := b.(type) {
		case *Str:
			if a.S == b.S {
				return 1
			}
			return 0
		case Int, Float, *Tuple, *Bytes:
			return 0
		}
	case Int:
		switch b := b.(type) {
		case Int:
			if a == b {
				return 1
			}
			return 0
		case *Str, *Tuple, *Bytes:
			return 0
		}
	case *Tuple:
		switch b.(type) {
		case *Str, Int:
			return 0
		}
	}
	return -1
}

// insert stores k -> v for a key whose hash is h and which is known to be
// absent (ix < 0), or replaces the value of entry ix.
func (d *Dict) insertNew(k Object, h int64, v Object) {
	if d.indices == nil {
		d.allocate(dictMinSize)
	} else if d.usable <= 0 {
		d.resize()
	}
	mask := uint64(len(d.indices) - 1)
	d.indices[d.emptySlot(h, mask)] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{hash: h, key: k, value: v})
	d.used++
	d.usable--
}

// removeAt deletes entry ix (whose hash is h) from the table.
func (d *Dict) removeAt(ix int, h int64) {
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for int(d.indices[i]) != ix {
		perturb >>= perturbBits
		i = (i*5 + perturb + 1) & mask
	}
	d.indices[i] = ixDummy
	d.entries[ix] = dictEntry{}
	d.used--
}

// GetStr/SetStr/DelStr are the fast paths for *Str keys: no Python code can
// run, so they cannot fail.
func (d *Dict) GetStr(k *Str) (Object, bool) {
	ix := d.lookupStr(k, k.Hash())
	if ix < 0 {
		return nil, false
	}
	return d.entries[ix].value, true
}

func (d *Dict) SetStr(k *Str, v Object) {
	h := k.Hash()
	ix := d.lookupStr(k, h)
	if ix >= 0 {
		d.entries[ix].value = v
		return
	}
	d.insertNew(k, h, v)
}

func (d *Dict) DelStr(k *Str) bool {
	h := k.Hash()
	ix := d.lookupStr(k, h)
	if ix < 0 {
		return false
	}
	d.removeAt(ix, h)
	return true
}

// GetString looks up a Go string key without allocating a *Str.
func (d *Dict) GetString(s string) (Object, bool) {
	k := Str{S: s}
	return d.GetStr(&k)
}

// hashKey is hash(k) with fast paths for the common key types.
func hashKey(in *Interp, k Object) (int64, error) {
	switch k := k.(type) {
	case *Str:
		return k.Hash(), nil
	case Int:
		if k >= 0 && k < hashModulus {
			return int64(k), nil // hash of a small non-negative int is itself
		}
		return intHash(int64(k)), nil
	case *Tuple:
		return TupleHash(in, k)
	case *Set:
		if k.frozen {
			return k.FrozenSetHash(), nil
		}
	}
	return Hash(in, k)
}

// GetItem/SetItem/DelItem take any hashable key (may call __hash__/__eq__).
// GetItem's bool reports presence; DelItem raises nothing when absent but
// returns false.
func (d *Dict) GetItem(in *Interp, k Object) (Object, bool, error) {
	if s, ok := k.(*Str); ok {
		v, found := d.GetStr(s)
		return v, found, nil
	}
	h, err := hashKey(in, k)
	if err != nil {
		return nil, false, err
	}
	ix, err := d.lookup(in, k, h)
	if err != nil || ix < 0 {
		return nil, false, err
	}
	return d.entries[ix].value, true, nil
}

func (d *Dict) SetItem(in *Interp, k, v Object) error {
	if s, ok := k.(*Str); ok {
		d.SetStr(s, v)
		return nil
	}
	h, err := hashKey(in, k)
	if err != nil {
		return err
	}
	return d.setItemHashed(in, k, h, v)
}

// setItemHashed is SetItem with the key's hash already known.
func (d *Dict) setItemHashed(in *Interp, k Object, h int64, v Object) error {
	ix, err := d.lookup(in, k, h)
	if err != nil {
		return err
	}
	if ix >= 0 {
		d.entries[ix].value = v
		return nil
	}
	d.insertNew(k, h, v)
	return nil
}

func (d *Dict) DelItem(in *Interp, k Object) (bool, error) {
	h, err := hashKey(in, k)
	if err != nil {
		return false, err
	}
	ix, err := d.lookup(in, k, h)
	if err != nil || ix < 0 {
		return false, err
	}
	d.removeAt(ix, h)
	return true, nil
}

// popKey removes k and returns its value (nil, nil if absent).
func (d *Dict) popKey(in *Interp, k Object) (Object, error) {
	h, err := hashKey(in, k)
	if err != nil {
		return nil, err
	}
	ix, err := d.lookup(in, k, h)
	if err != nil || ix < 0 {
		return nil, err
	}
	v := d.entries[ix].value
	d.removeAt(ix, h)
	return v, nil
}

// Items returns the live (key, value) pairs in insertion order (a fresh slice).
func (d *Dict) Items() []DictItem {
	items := make([]DictItem, 0, d.used)
	for i := range d.entries {
		e := &d.entries[i]
		if e.key != nil {
			items = append(items, DictItem{e.key, e.value})
		}
	}
	return items
}

// Keys returns the keys in insertion order (a fresh slice).
func (d *Dict) Keys() []Object {
	keys := make([]Object, 0, d.used)
	for i := range d.entries {
		if k := d.entries[i].key; k != nil {
			keys = append(keys, k)
		}
	}
	return keys
}

// Values returns the values in insertion order (a fresh slice).
func (d *Dict) Values() []Object {
	vals := make([]Object, 0, d.used)
	for i := range d.entries {
		if e := &d.entries[i]; e.key != nil {
			vals = append(vals, e.value)
		}
	}
	return vals
}

// NextItem iterates without allocating: start with pos 0, stop when ok is
// false.
//
//	for pos, k, v, ok := d.NextItem(0); ok; pos, k, v, ok = d.NextItem(pos) { ... }
func (d *Dict) NextItem(pos int) (next int, key, value Object, ok bool) {
	for pos < len(d.entries) {
		e := &d.entries[pos]
		pos++
		if e.key != nil {
			return pos, e.key, e.value, true
		}
	}
	return pos, nil, nil, false
}

// Clear removes every item.
func (d *Dict) Clear() {
	d.indices = nil
	d.entries = nil
	d.used = 0
	d.usable = 0
}

// Copy returns a shallow copy (same order, no holes).
func (d *Dict) Copy() *Dict {
	c := &Dict{}
	if d.used == 0 {
		return c
	}
	if d.used == len(d.entries) {
		c.indices = append([]int32(nil), d.indices...)
		c.entries = make([]dictEntry, len(d.entries), cap(d.entries))
		copy(c.entries, d.entries)
		c.used, c.usable = d.used, d.usable
		return c
	}
	c.allocate(dictSizeFor(d.used * 3 / 2))
	c.resizeFrom(d)
	return c
}

// resizeFrom inserts every live entry of src (whose keys are known
// distinct) into the empty dict d.
func (d *Dict) resizeFrom(src *Dict) {
	for i := range src.entries {
		e := &src.entries[i]
		if e.key != nil {
			d.insertNew(e.key, e.hash, e.value)
		}
	}
}

// popLast removes and returns the last item (popitem); ok is false if empty.
func (d *Dict) popLast() (DictItem, bool) {
	if d.used == 0 {
		return DictItem{}, false
	}
	i := len(d.entries) - 1
	for d.entries[i].key == nil {
		i--
	}
	e := d.entries[i]
	d.removeAt(i, e.hash)
	// Like CPython, the trailing holes are dropped (usable is unchanged:
	// the index table keeps a dummy for the popped key).
	d.entries = d.entries[:i]
	return DictItem{e.key, e.value}, true
}

// DictItem is one key/value pair.
type DictItem struct{ Key, Value Object }

// AsDict unwraps a dict or an instance of a dict subclass.
func AsDict(o Object) (*Dict, bool) {
	switch o := o.(type) {
	case *Dict:
		return o, true
	case *Instance:
		if d, ok := o.Base.(*Dict); ok {
			return d, true
		}
	}
	return nil, false
}
