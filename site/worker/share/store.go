package share

import (
	"context"
	"errors"
	"sync"
)

// ErrNotFound is returned by Store.Get for an absent key.
var ErrNotFound = errors.New("share: not found")

// Store keeps snippets by ID. Values are the canonical payload bytes.
// Implementations: MemStore (tests, native runs) and KVStore (Workers KV,
// GOOS=js only). Put may overwrite: the handler calls it only after Get
// said ErrNotFound, and content addressing makes a racing overwrite write
// the same bytes.
type Store interface {
	Get(ctx context.Context, key string) ([]byte, error)
	Put(ctx context.Context, key string, value []byte) error
}

// MemStore is an in-memory Store, safe for concurrent use.
type MemStore struct {
	mu   sync.Mutex
	m    map[string][]byte
	puts int
}

// NewMemStore returns an empty MemStore.
func NewMemStore() *MemStore { return &MemStore{m: make(map[string][]byte)} }

// Get returns a copy of the value under key, or ErrNotFound.
func (s *MemStore) Get(_ context.Context, key string) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.m[key]
	if !ok {
		return nil, ErrNotFound
	}
	return append([]byte(nil), v...), nil
}

// Put stores a copy of value under key.
func (s *MemStore) Put(_ context.Context, key string, value []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[key] = append([]byte(nil), value...)
	s.puts++
	return nil
}

// Puts reports how many times Put was called (tests check that a snippet
// is written only once).
func (s *MemStore) Puts() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.puts
}
