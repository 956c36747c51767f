package parse

import (
	"testing"

	"example.com/pipeline/model"
)

func TestLines(t *testing.T) {
	got, err := Lines("a=1\n\n b = 2 \n")
	if err != nil {
		t.Fatal(err)
	}
	want := []model.Record{{Name: "a", Value: 1}, {Name: "b", Value: 2}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("Lines = %v, want %v", got, want)
	}
}

func TestLinesErrors(t *testing.T) {
	for _, in := range []string{"no equals sign", "x=notanumber"} {
		if _, err := Lines(in); err == nil {
			t.Errorf("Lines(%q): no error", in)
		}
	}
}
