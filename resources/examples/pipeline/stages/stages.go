// Package stages runs the pipeline: parse, then transform.
package stages

import (
	"example.com/pipeline/model"
	"example.com/pipeline/parse"
	"example.com/pipeline/transform"
)

// Run parses input and normalizes the records.
func Run(input string) ([]model.Record, error) {
	recs, err := parse.Lines(input)
	if err != nil {
		return nil, err
	}
	return transform.Normalize(recs), nil
}
