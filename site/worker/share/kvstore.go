//go:build js && wasm

package share

import (
	"context"

	"github.com/syumai/workers/cloudflare/kv"
)

// KVStore is a Store on a Workers KV namespace (GOOS=js only). Values are
// stored as text: canonical payloads are valid UTF-8 JSON objects, so they
// survive the trip through a JavaScript string unchanged.
type KVStore struct {
	ns *kv.Namespace
}

// NewKVStore opens the KV namespace bound as binding (wrangler.jsonc
// kv_namespaces[].binding).
func NewKVStore(binding string) (*KVStore, error) {
	ns, err := kv.NewNamespace(binding)
	if err != nil {
		return nil, err
	}
	return &KVStore{ns: ns}, nil
}

// kvMissing is what kv.Namespace.GetString gives for an absent key: the
// JavaScript null rendered by js.Value.String. A payload is a JSON object,
// so it can never equal it.
const kvMissing = "<null>"

// Get returns the value under key, or ErrNotFound.
func (s *KVStore) Get(_ context.Context, key string) ([]byte, error) {
	v, err := s.ns.GetString(key, nil)
	if err != nil {
		return nil, err
	}
	if v == kvMissing {
		return nil, ErrNotFound
	}
	return []byte(v), nil
}

// Put stores value under key.
func (s *KVStore) Put(_ context.Context, key string, value []byte) error {
	return s.ns.PutString(key, string(value), nil)
}
