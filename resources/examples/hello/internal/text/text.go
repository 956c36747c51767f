// Package text is internal: only packages inside example.com/hello may
// import it.
package text

import "strings"

// Underline returns s followed by a line of dashes as wide as s.
func Underline(s string) string {
	return s + "\n" + strings.Repeat("-", len(s))
}
