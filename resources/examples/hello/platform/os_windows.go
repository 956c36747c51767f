package platform

// The _windows suffix alone restricts this file to GOOS=windows.
func osName() string { return "windows" }
