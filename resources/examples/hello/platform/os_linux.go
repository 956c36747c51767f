package platform

// The _linux suffix alone restricts this file to GOOS=linux.
func osName() string { return "linux" }
