// Package transform cleans up parsed records.
package transform

import (
	"strings"

	"example.com/pipeline/model"
	"example.com/pipeline/util"
)

// Normalize upper-cases names and clamps values to [0, 100].
func Normalize(recs []model.Record) []model.Record {
	out := make([]model.Record, len(recs))
	for i, r := range recs {
		out[i] = model.Record{Name: strings.ToUpper(r.Name), Value: util.Clamp(r.Value, 0, 100)}
	}
	return out
}
