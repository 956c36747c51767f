//go:build debug

package platform

// Debug is true in builds made with -tags debug.
const Debug = true
