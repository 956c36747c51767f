// Package assets shows //go:embed: one file into a string and a whole
// directory into an embed.FS. Names starting with '.' or '_' inside an
// embedded directory are left out, so static/_draft.txt is not embedded.
package assets

import (
	"embed"
	"strings"
)

//go:embed greeting.txt
var greeting string

//go:embed static
var static embed.FS

// Greeting is the text of greeting.txt.
func Greeting() string {
	return strings.TrimSpace(greeting)
}

// Names lists the files embedded from the static directory.
func Names() []string {
	entries, _ := static.ReadDir("static")
	var names []string
	for _, e := range entries {
		names = append(names, "static/"+e.Name())
	}
	return names
}

// Static returns the content of one embedded file, e.g. "static/motd.txt".
func Static(name string) ([]byte, error) {
	return static.ReadFile(name)
}
