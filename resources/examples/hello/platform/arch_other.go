//go:build !amd64

package platform

import "runtime"

func archName() string { return runtime.GOARCH }
