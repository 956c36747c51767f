// Package parse turns "name=value" lines into model.Records.
package parse

import (
	"errors"
	"strconv"
	"strings"

	"example.com/pipeline/model"
)

// Lines parses one record per non-empty line.
func Lines(input string) ([]model.Record, error) {
	var recs []model.Record
	for n, line := range strings.Split(input, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		name, value, ok := strings.Cut(line, "=")
		if !ok {
			return nil, errors.New("line " + strconv.Itoa(n+1) + ": missing '='")
		}
		v, err := strconv.Atoi(strings.TrimSpace(value))
		if err != nil {
			return nil, errors.New("line " + strconv.Itoa(n+1) + ": " + err.Error())
		}
		recs = append(recs, model.Record{Name: strings.TrimSpace(name), Value: v})
	}
	return recs, nil
}
