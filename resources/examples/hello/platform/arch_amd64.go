package platform

// The _amd64 suffix alone restricts this file to GOARCH=amd64.
func archName() string { return "amd64" }
