package py

import (
	"strconv"
	"testing"
)

func BenchmarkDictGetInternedStr(b *testing.B) {
	d := NewDict()
	keys := make([]*Str, 64)
	for i := range keys {
		keys[i] = Intern("name" + strconv.Itoa(i))
		d.SetStr(keys[i], Int(i))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, ok := d.GetStr(keys[i&63]); !ok {
			b.Fatal("missing")
		}
	}
}

func BenchmarkDictSetStr(b *testing.B) {
	keys := make([]*Str, 1024)
	for i := range keys {
		keys[i] = NewStr("k" + strconv.Itoa(i))
	}
	b.ResetTimer()
	d := NewDict()
	for i := 0; i < b.N; i++ {
		if i&1023 == 0 {
			d = NewDict()
		}
		d.SetStr(keys[i&1023], Int(i))
	}
}

func BenchmarkDictGetInt(b *testing.B) {
	d := NewDict()
	for i := 0; i < 1024; i++ {
		d.SetItem(testIn(), Int(i), Int(i))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, ok, _ := d.GetItem(testIn(), Int(i&1023)); !ok {
			b.Fatal("missing")
		}
	}
}

func BenchmarkListAppend(b *testing.B) {
	l := NewList(nil)
	for i := 0; i < b.N; i++ {
		if i&4095 == 0 {
			l = NewList(nil)
		}
		l.Append(Int(i))
	}
}

func BenchmarkListIndex(b *testing.B) {
	l := NewList(ints(0, 1, 2, 3, 4, 5, 6, 7))
	for i := 0; i < b.N; i++ {
		if _, err := GetItem(testIn(), l, Int(i&7)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkListIterate(b *testing.B) {
	l := NewList(make([]Object, 1000))
	for i := range l.Items {
		l.Items[i] = Int(i)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		it, _ := Iter(testIn(), l)
		for {
			x, _ := Next(testIn(), it)
			if x == nil {
				break
			}
		}
	}
}
