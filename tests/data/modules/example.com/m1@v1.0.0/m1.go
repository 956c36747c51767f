// Package m1 is an old release of the workspace module example.com/m1.
package m1
