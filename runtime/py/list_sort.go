package py

import (
	"slices"
	"strings"
)

// list_sort.go: list.sort and sorted(). A stable merge sort (insertion
// sort of short runs, then merges that skip already ordered neighbours)
// that compares with `<` only, like CPython, and stops at the first error
// raised by a key function or a comparison. Lists of only ints or only strs
// are sorted without calling the comparison protocol.
//
// While sorting, the list appears empty; if Python code (a key function or
// __lt__) modifies it, the sort fails with "list modified during sort".

// lessThan is a < b as a Go bool.
func lessThan(in *Interp, a, b Object) (bool, error) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x < y, nil
		}
	case *Str:
		if y, ok := b.(*Str); ok {
			return x.S < y.S, nil
		}
	case Float:
		if y, ok := b.(Float); ok {
			return x < y, nil
		}
	}
	r, err := RichCompare(in, a, b, CmpLT)
	if err != nil {
		return false, err
	}
	if v, ok := r.(Bool); ok {
		return bool(v), nil
	}
	return Truth(in, r)
}

// sortListArgs is list.sort(key=, reverse=) after argument binding.
func sortListArgs(in *Interp, l *List, key, reverse Object) error {
	rev := false
	if reverse != nil {
		n, err := argIndexMsg(in, reverse)
		if err != nil {
			return err
		}
		rev = n != 0
	}
	if key == None {
		key = nil
	}
	return SortList(in, l, key, rev)
}

// SortList sorts l in place (list.sort).
func SortList(in *Interp, l *List, key Object, reverse bool) error {
	items := l.Items
	l.Items = nil
	var err error
	if key == nil {
		if reverse {
			reverseItems(items)
		}
		err = sortObjects(in, items)
		if reverse {
			reverseItems(items)
		}
	} else {
		pairs := make([]sortPair, len(items))
		for i, x := range items {
			k, kerr := Call(in, key, []Object{x}, nil)
			if kerr != nil {
				if l.Items == nil {
					l.Items = items
				}
				return kerr
			}
			pairs[i] = sortPair{k, x}
		}
		if reverse {
			slices.Reverse(pairs)
		}
		err = mergeSort(pairs, func(a, b sortPair) (bool, error) { return lessThan(in, a.key, b.key) })
		if reverse {
			slices.Reverse(pairs)
		}
		for i := range pairs {
			items[i] = pairs[i].value
		}
	}
	if l.Items != nil && err == nil {
		err = Errorf(ValueError, "list modified during sort")
	}
	l.Items = items
	return err
}

type sortPair struct{ key, value Object }

// sortObjects sorts items by <, with fast paths for homogeneous lists.
func sortObjects(in *Interp, items []Object) error {
	if len(items) < 2 {
		return nil
	}
	allInt, allStr := true, true
	for _, x := range items {
		switch x.(type) {
		case Int:
			allStr = false
		case *Str:
			allInt = false
		default:
			allInt, allStr = false, false
		}
		if !allInt && !allStr {
			break
		}
	}
	switch {
	case allInt:
		ints := make([]int64, len(items))
		for i, x := range items {
			ints[i] = int64(x.(Int))
		}
		slices.Sort(ints)
		for i, v := range ints {
			items[i] = Int(v)
		}
		return nil
	case allStr:
		slices.SortStableFunc(items, func(a, b Object) int { return strings.Compare(a.(*Str).S, b.(*Str).S) })
		return nil
	}
	return mergeSort(items, func(a, b Object) (bool, error) { return lessThan(in, a, b) })
}

const sortRun = 24

// mergeSort is a stable sort that only asks less(a, b) and stops at its
// first error.
func mergeSort[T any](a []T, less func(x, y T) (bool, error)) error {
	n := len(a)
	if n < 2 {
		return nil
	}
	for lo := 0; lo < n; lo += sortRun {
		hi := min(lo+sortRun, n)
		for i := lo + 1; i < hi; i++ {
			x := a[i]
			j := i
			for j > lo {
				lt, err := less(x, a[j-1])
				if err != nil {
					a[j] = x
					return err
				}
				if !lt {
					break
				}
				a[j] = a[j-1]
				j--
			}
			a[j] = x
		}
	}
	if n <= sortRun {
		return nil
	}
	buf := make([]T, n)
	for width := sortRun; width < n; width *= 2 {
		for lo := 0; lo+width < n; lo += 2 * width {
			mid, hi := lo+width, min(lo+2*width, n)
			lt, err := less(a[mid], a[mid-1])
			if err != nil {
				return err
			}
			if !lt {
				continue // already in order
			}
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				lt, err := less(a[j], a[i])
				if err != nil {
					return err
				}
				if lt {
					buf[k] = a[j]
					j++
				} else {
					buf[k] = a[i]
					i++
				}
				k++
			}
			k += copy(buf[k:], a[i:mid])
			copy(buf[k:], a[j:hi])
			copy(a[lo:hi], buf[lo:hi])
		}
	}
	return nil
}

// Sorted is sorted(iterable, key=, reverse=).
func Sorted(in *Interp, iterable, key Object, reverse bool) (*List, error) {
	items, err := Collect(in, iterable)
	if err != nil {
		return nil, err
	}
	l := &List{Items: items}
	return l, SortList(in, l, key, reverse)
}
