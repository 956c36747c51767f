// Command mkproxy turns a directory of module trees into a GOPROXY file tree,
// so tests can fill a module cache with `go mod download` and no network.
//
// Usage:
//
//	go run ./tests/data/tools/mkproxy <modules dir> <proxy dir>
//
// The modules directory holds one tree per module version, named
// <module path>@<version> (the path may contain slashes, so
// example.com/a@v1.0.0 is the directory example.com/a@v1.0.0 inside the
// modules directory). A tree without a go.mod gets the synthesized
// "module <path>" that the go command uses for such modules.
//
// For each module the proxy directory receives, with the path and version
// escaped as golang.org/x/mod/module.EscapePath does (upper-case letters
// become '!' followed by the lower-case letter):
//
//	<path>/@v/list            the versions, one a line, in semver order
//	<path>/@v/<version>.info  {"Version":"<version>","Time":"2024-01-02T03:04:05Z"}
//	<path>/@v/<version>.mod   the go.mod file
//	<path>/@v/<version>.zip   every file of the tree under "<path>@<version>/"
//
// Output is deterministic: entries are sorted and zip times are fixed.
package main

import (
	"archive/zip"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

var fixedTime = time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)

type moduleVersion struct {
	path, version, dir string
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: mkproxy <modules dir> <proxy dir>")
		os.Exit(2)
	}
	mods, err := findModules(os.Args[1])
	if err != nil {
		fail(err)
	}
	versions := map[string][]string{}
	for _, m := range mods {
		if err := writeVersion(os.Args[2], m); err != nil {
			fail(err)
		}
		versions[m.path] = append(versions[m.path], m.version)
	}
	for path, list := range versions {
		sort.Slice(list, func(i, j int) bool { return compareSemver(list[i], list[j]) < 0 })
		file := filepath.Join(os.Args[2], escape(path), "@v", "list")
		if err := os.WriteFile(file, []byte(strings.Join(list, "\n")+"\n"), 0o644); err != nil {
			fail(err)
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "mkproxy:", err)
	os.Exit(1)
}

// findModules returns every directory named <path>@<version> below root.
func findModules(root string) ([]moduleVersion, error) {
	var mods []moduleVersion
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() || p == root {
			return err
		}
		if !strings.Contains(d.Name(), "@") {
			return nil
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		path, version, _ := strings.Cut(filepath.ToSlash(rel), "@")
		mods = append(mods, moduleVersion{path: path, version: version, dir: p})
		return filepath.SkipDir
	})
	sort.Slice(mods, func(i, j int) bool { return mods[i].dir < mods[j].dir })
	return mods, err
}

func writeVersion(proxy string, m moduleVersion) error {
	dir := filepath.Join(proxy, escape(m.path), "@v")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	base := filepath.Join(dir, escape(m.version))
	info := fmt.Sprintf("{\"Version\":%q,\"Time\":%q}\n", m.version, fixedTime.Format(time.RFC3339))
	if err := os.WriteFile(base+".info", []byte(info), 0o644); err != nil {
		return err
	}
	gomod, err := os.ReadFile(filepath.Join(m.dir, "go.mod"))
	if os.IsNotExist(err) {
		gomod = []byte("module " + m.path + "\n")
	} else if err != nil {
		return err
	}
	if err := os.WriteFile(base+".mod", gomod, 0o644); err != nil {
		return err
	}
	return writeZip(base+".zip", m)
}

func writeZip(file string, m moduleVersion) error {
	var files []string
	err := filepath.WalkDir(m.dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return err
	}
	sort.Strings(files)
	out, err := os.Create(file)
	if err != nil {
		return err
	}
	zw := zip.NewWriter(out)
	for _, f := range files {
		rel, err := filepath.Rel(m.dir, f)
		if err != nil {
			return err
		}
		data, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		hdr := &zip.FileHeader{
			Name:     m.path + "@" + m.version + "/" + filepath.ToSlash(rel),
			Method:   zip.Deflate,
			Modified: fixedTime,
		}
		w, err := zw.CreateHeader(hdr)
		if err != nil {
			return err
		}
		if _, err := w.Write(data); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return out.Close()
}

// escape is module.EscapePath / EscapeVersion for valid inputs.
func escape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if 'A' <= r && r <= 'Z' {
			b.WriteByte('!')
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// compareSemver orders vMAJOR.MINOR.PATCH[-pre][+build] versions as semver
// does (enough for the test modules: numeric parts, then prerelease).
func compareSemver(a, b string) int {
	ma, pa := splitSemver(a)
	mb, pb := splitSemver(b)
	for i := 0; i < 3; i++ {
		if ma[i] != mb[i] {
			if ma[i] < mb[i] {
				return -1
			}
			return 1
		}
	}
	switch {
	case pa == pb:
		return 0
	case pa == "":
		return 1
	case pb == "":
		return -1
	case pa < pb:
		return -1
	}
	return 1
}

func splitSemver(v string) ([3]int, string) {
	var nums [3]int
	v = strings.TrimPrefix(v, "v")
	v, _, _ = strings.Cut(v, "+")
	core, pre, _ := strings.Cut(v, "-")
	for i, part := range strings.SplitN(core, ".", 3) {
		nums[i], _ = strconv.Atoi(part)
	}
	return nums, pre
}
