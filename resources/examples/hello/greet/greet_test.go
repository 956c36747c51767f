package greet

import (
	"os"
	"strings"
	"testing"
)

func TestMessage(t *testing.T) {
	for _, name := range names {
		if got, want := Message("Hi", name), "Hi, "+name+"!"; got != want {
			t.Errorf("Message(%q, %q) = %q, want %q", "Hi", name, got, want)
		}
	}
}

// TestGreetingInputs reads $HELLO_GREETING and testdata/greeting.txt, so
// `go test` records both as inputs: changing either reruns the test instead
// of reusing the cached result.
func TestGreetingInputs(t *testing.T) {
	data, err := os.ReadFile("testdata/greeting.txt")
	if err != nil {
		t.Fatal(err)
	}
	greeting := strings.TrimSpace(string(data))
	if env := os.Getenv("HELLO_GREETING"); env != "" {
		greeting = env
	}
	t.Logf("greeting: %q", greeting)
	if got := Message(greeting, "gopher"); !strings.HasPrefix(got, greeting+", ") {
		t.Errorf("Message(%q, ...) = %q", greeting, got)
	}
}

func BenchmarkMessage(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Message("Hello", "gopher")
	}
}
