// Package checksum uses zlib, found through pkg-config.
package checksum

// #cgo pkg-config: zlib
// #include <zlib.h>
import "C"

import "unsafe"

// CRC32 is zlib's crc32 of data.
func CRC32(data []byte) uint32 {
	if len(data) == 0 {
		return 0
	}
	return uint32(C.crc32(0, (*C.Bytef)(unsafe.Pointer(&data[0])), C.uInt(len(data))))
}

// Version is the zlib version the program runs with.
func Version() string {
	return C.GoString(C.zlibVersion())
}
