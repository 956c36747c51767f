// Command cgodemo prints results computed in C, C++, libm and zlib.
package main

import (
	"fmt"

	"example.com/cgodemo/checksum"
	"example.com/cgodemo/native"
)

func main() {
	fmt.Println("norm(3, 4) =", native.Norm(3, 4))
	fmt.Println("scaled(21) =", native.Scaled(21))
	fmt.Println("words:", native.CountWords("built by go or by kiln"))
	fmt.Printf("crc32(\"kiln\") = %08x (zlib %s)\n", checksum.CRC32([]byte("kiln")), checksum.Version())
}
