// Package platform shows how the go command selects files: by //go:build
// lines (debug.go / nodebug.go, built with or without -tags debug) and by
// file-name suffixes (os_linux.go, os_windows.go, arch_amd64.go).
package platform

// Describe reports what was compiled in, e.g. "linux/amd64 (release)".
func Describe() string {
	mode := "release"
	if Debug {
		mode = "debug"
	}
	return osName() + "/" + archName() + " (" + mode + ")"
}
