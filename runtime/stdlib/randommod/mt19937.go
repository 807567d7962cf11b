// Package randommod is the _random module of aioplay: the Mersenne Twister
// (MT19937) generator behind random.Random, with CPython's C-level API and
// seeding so that the pure-Python random.py produces CPython's numbers:
// seed(int) uses init_by_array over the 32-bit words of abs(n), random()
// builds 53 bits from two outputs, getstate()/setstate() use the
// (624 words..., index) tuple. Unlike CPython's C code, seed() also does
// random.py's version-2 conversion of str, bytes and bytearray seeds
// (a + sha512(a) as a big-endian int), so random.py needs no hashlib.
//
// It may import aioplay/runtime/py and the Go standard library only.
package randommod

// mtN is the size of the Mersenne Twister state.
const mtN = 624

// mt is the generator state.
type mt struct {
	state [mtN]uint32
	index int
}

// initGenrand seeds from one 32-bit value (the reference init_genrand).
func (m *mt) initGenrand(s uint32) {
	m.state[0] = s
	for i := 1; i < mtN; i++ {
		prev := m.state[i-1]
		m.state[i] = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	m.index = mtN
}

// initByArray seeds from a key (the reference init_by_array).
func (m *mt) initByArray(key []uint32) {
	m.initGenrand(19650218)
	i, j := 1, 0
	k := mtN
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		prev := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = mtN - 1; k > 0; k-- {
		prev := m.state[i-1]
		m.state[i] = (m.state[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			m.state[0] = m.state[mtN-1]
			i = 1
		}
	}
	m.state[0] = 0x80000000
	m.index = mtN
}

// next32 returns the next tempered 32-bit output.
func (m *mt) next32() uint32 {
	const (
		upper = 0x80000000
		lower = 0x7fffffff
		matA  = 0x9908b0df
		mtM   = 397
	)
	if m.index >= mtN {
		s := &m.state
		var kk int
		for kk = 0; kk < mtN-mtM; kk++ {
			y := (s[kk] & upper) | (s[kk+1] & lower)
			s[kk] = s[kk+mtM] ^ (y >> 1) ^ (matA * (y & 1))
		}
		for ; kk < mtN-1; kk++ {
			y := (s[kk] & upper) | (s[kk+1] & lower)
			s[kk] = s[kk+(mtM-mtN)] ^ (y >> 1) ^ (matA * (y & 1))
		}
		y := (s[mtN-1] & upper) | (s[0] & lower)
		s[mtN-1] = s[mtM-1] ^ (y >> 1) ^ (matA * (y & 1))
		m.index = 0
	}
	y := m.state[m.index]
	m.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// random is a float in [0, 1) with 53 random bits.
func (m *mt) random() float64 {
	a := m.next32() >> 5
	b := m.next32() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}
