package transform

import (
	"testing"

	"example.com/pipeline/model"
)

func TestNormalize(t *testing.T) {
	in := []model.Record{{Name: "low", Value: -5}, {Name: "high", Value: 500}, {Name: "ok", Value: 42}}
	want := []model.Record{{Name: "LOW", Value: 0}, {Name: "HIGH", Value: 100}, {Name: "OK", Value: 42}}
	got := Normalize(in)
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Normalize[%d] = %v, want %v", i, got[i], want[i])
		}
	}
}
