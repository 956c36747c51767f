//go:build !linux && !windows

package platform

import "runtime"

func osName() string { return runtime.GOOS }
