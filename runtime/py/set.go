package py

// set.go: the storage of set and frozenset objects.
//
// The table reproduces CPython 3.11's setobject.c layout and algorithms
// (8 slots to start, runs of LINEAR_PROBES adjacent slots before jumping with
// the perturbed recurrence, dummies that are reused on insertion, resize when
// fill*5 >= mask*3 to the power of two above used*4, the same bulk-copy
// shortcuts in merge), so that iterating a set of ints or tuples visits the
// elements in exactly CPython's order. set_test.go checks this against
// orders recorded from python3.11.

const (
	setMinSize   = 8
	linearProbes = 9
)

// setEntry is one slot. An empty slot has key == nil; a deleted one holds
// setDummy with hash -1.
type setEntry struct {
	hash int64
	key  Object
}

// setDummyType marks deleted set slots.
type setDummyType struct{}

func (*setDummyType) Type() *Type { return ObjectType }

var setDummy Object = &setDummyType{}

// Set is a set or frozenset (CPython's open-addressing layout, so that
// iteration order matches CPython's for ints).
type Set struct {
	table  []setEntry // len is mask+1; nil means the initial 8 empty slots
	fill   int        // active + dummy slots
	used   int        // active slots
	finger int        // where pop() resumes
	frozen bool
	hash   int64 // frozenset hash, -1 until computed
}

func (s *Set) Type() *Type {
	if s.frozen {
		return FrozenSetType
	}
	return SetType
}

// NewSet returns an empty set; NewFrozenSet an empty frozenset.
func NewSet() *Set       { return &Set{hash: -1} }
func NewFrozenSet() *Set { return &Set{frozen: true, hash: -1} }

// Len is the number of elements.
func (s *Set) Len() int { return s.used }

// Frozen reports whether s is a frozenset.
func (s *Set) Frozen() bool { return s.frozen }

func (s *Set) ensureTable() {
	if s.table == nil {
		s.table = make([]setEntry, setMinSize)
	}
}

func (s *Set) mask() int {
	if s.table == nil {
		return setMinSize - 1
	}
	return len(s.table) - 1
}

// contains reports whether key (hash h) is in s.
func (s *Set) containsHashed(in *Interp, key Object, h int64) (bool, error) {
	i, err := s.lookup(in, key, h)
	return i >= 0, err
}

// lookup returns the slot of key, or -1.
func (s *Set) lookup(in *Interp, key Object, h int64) (int, error) {
	if s.used == 0 {
		return -1, nil
	}
restart:
	table := s.table
	mask := uint64(len(table) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+uint64(probes); j++ {
			e := &table[j]
			if e.key == nil {
				return -1, nil
			}
			if e.hash == h {
				start := e.key
				if start == key {
					return int(j), nil
				}
				switch keysSame(start, key) {
				case 1:
					return int(j), nil
				case 0:
				default:
					if start == setDummy {
						break
					}
					eq, err := Eq(in, start, key)
					if err != nil {
						return -1, err
					}
					if len(s.table) != len(table) || &s.table[0] != &table[0] || e.key != start {
						goto restart
					}
					if eq {
						return int(j), nil
					}
				}
			}
		}
		perturb >>= perturbBits
		i = (i*5 + 1 + perturb) & mask
	}
}

// addHashed adds key (hash h): set_add_entry.
func (s *Set) addHashed(in *Interp, key Object, h int64) error {
	s.ensureTable()
restart:
	table := s.table
	mask := uint64(len(table) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	free := -1
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+uint64(probes); j++ {
			e := &table[j]
			if e.key == nil && e.hash == 0 {
				if free >= 0 {
					s.used++
					table[free] = setEntry{h, key}
					return nil
				}
				s.fill++
				s.used++
				*e = setEntry{h, key}
				if s.fill*5 < int(mask)*3 {
					return nil
				}
				if s.used > 50000 {
					s.resize(s.used * 2)
				} else {
					s.resize(s.used * 4)
				}
				return nil
			}
			if e.hash == h && e.key != setDummy {
				start := e.key
				if start == key {
					return nil
				}
				switch keysSame(start, key) {
				case 1:
					return nil
				case 0:
				default:
					eq, err := Eq(in, start, key)
					if err != nil {
						return err
					}
					if eq {
						return nil
					}
					if len(s.table) != len(table) || &s.table[0] != &table[0] || e.key != start {
						goto restart
					}
				}
			} else if e.hash == -1 && e.key == setDummy {
				// CPython 3.11 remembers the last dummy on the probe path.
				free = int(j)
			}
		}
		perturb >>= perturbBits
		i = (i*5 + 1 + perturb) & mask
	}
}

// insertClean puts a key known to be absent into a table without dummies.
func insertClean(table []setEntry, key Object, h int64) {
	mask := uint64(len(table) - 1)
	perturb := uint64(h)
	i := uint64(h) & mask
	for {
		if table[i].key == nil {
			table[i] = setEntry{h, key}
			return
		}
		if i+linearProbes <= mask {
			for j := i + 1; j <= i+linearProbes; j++ {
				if table[j].key == nil {
					table[j] = setEntry{h, key}
					return
				}
			}
		}
		perturb >>= perturbBits
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize rebuilds the table with more than minused slots.
func (s *Set) resize(minused int) {
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	old := s.table
	s.table = make([]setEntry, size)
	s.fill = s.used
	for i := range old {
		if k := old[i].key; k != nil && k != setDummy {
			insertClean(s.table, k, old[i].hash)
		}
	}
}

// discardHashed removes key; it reports whether it was present.
func (s *Set) discardHashed(in *Interp, key Object, h int64) (bool, error) {
	i, err := s.lookup(in, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = setEntry{-1, setDummy}
	s.used--
	return true, nil
}

// clear empties s.
func (s *Set) clear() {
	s.table = nil
	s.fill, s.used, s.finger = 0, 0, 0
}

// NextEntry iterates without allocating: start with pos 0.
func (s *Set) NextEntry(pos int) (next int, key Object, ok bool) {
	for pos < len(s.table) {
		e := &s.table[pos]
		pos++
		if e.key != nil && e.key != setDummy {
			return pos, e.key, true
		}
	}
	return pos, nil, false
}

// nextHashed is NextEntry that also returns the stored hash.
func (s *Set) nextHashed(pos int) (next int, key Object, h int64, ok bool) {
	for pos < len(s.table) {
		e := &s.table[pos]
		pos++
		if e.key != nil && e.key != setDummy {
			return pos, e.key, e.hash, true
		}
	}
	return pos, nil, 0, false
}

// Items returns the elements in iteration order (a fresh slice).
func (s *Set) Items() []Object {
	out := make([]Object, 0, s.used)
	for i := range s.table {
		if k := s.table[i].key; k != nil && k != setDummy {
			out = append(out, k)
		}
	}
	return out
}

// Add is set.add(key).
func (s *Set) Add(in *Interp, key Object) error {
	h, err := hashKey(in, key)
	if err != nil {
		return err
	}
	return s.addHashed(in, key, h)
}

// Contains reports whether key is in s. A set key is looked up as the
// equal frozenset, as CPython does.
func (s *Set) Contains(in *Interp, key Object) (bool, error) {
	if ks, ok := key.(*Set); ok && !ks.frozen {
		key = ks.copySet(true)
	}
	h, err := hashKey(in, key)
	if err != nil {
		return false, err
	}
	return s.containsHashed(in, key, h)
}

// Discard removes key if present.
func (s *Set) Discard(in *Interp, key Object) (bool, error) {
	h, err := hashKey(in, key)
	if err != nil {
		return false, err
	}
	return s.discardHashed(in, key, h)
}

// merge is set_merge: add every element of the set o.
func (s *Set) merge(in *Interp, o *Set) error {
	if o == s || o.used == 0 {
		return nil
	}
	if (s.fill+o.used)*5 >= s.mask()*3 {
		s.resize((s.used + o.used) * 2)
	}
	s.ensureTable()
	if s.fill == 0 && len(s.table) == len(o.table) && o.fill == o.used {
		copy(s.table, o.table)
		s.fill, s.used = o.fill, o.used
		return nil
	}
	if s.fill == 0 {
		s.fill, s.used = o.used, o.used
		for i := range o.table {
			if k := o.table[i].key; k != nil && k != setDummy {
				insertClean(s.table, k, o.table[i].hash)
			}
		}
		return nil
	}
	for i := 0; i < len(o.table); i++ {
		e := o.table[i]
		if e.key != nil && e.key != setDummy {
			if err := s.addHashed(in, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// Update is set_update_internal: add every element of an iterable.
func (s *Set) Update(in *Interp, it Object) error {
	switch o := it.(type) {
	case *Set:
		return s.merge(in, o)
	case *Dict:
		n := o.Len()
		if (s.fill+n)*5 >= s.mask()*3 {
			s.resize((s.used + n) * 2)
		}
		for pos := 0; pos < len(o.entries); pos++ {
			e := &o.entries[pos]
			if e.key != nil {
				if err := s.addHashed(in, e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	case *List:
		for i := 0; i < len(o.Items); i++ {
			if err := s.Add(in, o.Items[i]); err != nil {
				return err
			}
		}
		return nil
	case *Tuple:
		for _, x := range o.Items {
			if err := s.Add(in, x); err != nil {
				return err
			}
		}
		return nil
	case *Instance:
		if b, ok := o.Base.(*Set); ok {
			return s.merge(in, b)
		}
	}
	iter, err := Iter(in, it)
	if err != nil {
		return err
	}
	for {
		x, err := Next(in, iter)
		if err != nil {
			return err
		}
		if x == nil {
			return nil
		}
		if err := s.Add(in, x); err != nil {
			return err
		}
	}
}

// copySet is set_copy: a new set (or frozenset if frozen) with s's elements.
func (s *Set) copySet(frozen bool) *Set {
	c := &Set{frozen: frozen, hash: -1}
	c.merge(nil, s) // cannot call Python code: the keys are distinct
	return c
}

// FrozenSetHash is hash(frozenset): CPython 3.11's order-independent mix.
func (s *Set) FrozenSetHash() int64 {
	if s.hash != -1 {
		return s.hash
	}
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var h uint64
	for i := range s.table {
		if k := s.table[i].key; k != nil && k != setDummy {
			h ^= shuffle(uint64(s.table[i].hash))
		}
	}
	h ^= (uint64(s.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == ^uint64(0) {
		h = 590923713
	}
	s.hash = int64(h)
	return s.hash
}

// AsSet unwraps a set/frozenset or an instance of a subclass.
func AsSet(o Object) (*Set, bool) {
	switch o := o.(type) {
	case *Set:
		return o, true
	case *Instance:
		if s, ok := o.Base.(*Set); ok {
			return s, true
		}
	}
	return nil, false
}
