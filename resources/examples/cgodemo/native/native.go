// Package native calls C and C++ through cgo: a C file (vec.c), a C++ file
// (words.cc, extern "C" entry points), the C math library (-lm) and a
// header shared by both.
package native

/*
#cgo CPPFLAGS: -I${SRCDIR}/include
#cgo CFLAGS: -DNATIVE_SCALE=2
#cgo CXXFLAGS: -std=c++17
#cgo LDFLAGS: -lm
#include <stdlib.h>
#include "native.h"
*/
import "C"

import "unsafe"

// Norm is the Euclidean length of (x, y), computed in C with hypot(3).
func Norm(x, y float64) float64 {
	return float64(C.native_norm(C.double(x), C.double(y)))
}

// Scaled multiplies n by NATIVE_SCALE, a -D flag of the #cgo CFLAGS line.
func Scaled(n int) int {
	return int(C.native_scaled(C.int(n)))
}

// CountWords counts the words of s in C++ (std::istringstream).
func CountWords(s string) int {
	cs := C.CString(s)
	defer C.free(unsafe.Pointer(cs))
	return int(C.native_count_words(cs))
}
