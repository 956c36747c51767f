//go:build amd64

package mathx

// Impl names the implementation in use.
const Impl = "assembly"

// Add returns a + b. Its body is TEXT ·Add(SB) in add_amd64.s.
func Add(a, b int64) int64
