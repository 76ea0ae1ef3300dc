// Reference answers from Go's fmt, strconv, encoding/json and docker/go-units.
// Regenerate (Debian: golang-github-docker-go-units-dev):
//   cd lib/cli/format/testing && GOPATH=/usr/share/gocode GO111MODULE=off go run format-reference.go > format-reference.json
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"time"

	units "github.com/docker/go-units"
)

type row struct {
	Fn  string `json:"fn"`
	In  any    `json:"in"`
	Out string `json:"out"`
}

type S struct {
	Zeta  string
	Alpha int
	Tags  []string
	Inner *S
	M     map[string]any
}

func main() {
	var rows []row
	add := func(fn string, in any, out string) { rows = append(rows, row{fn, in, out}) }
	for _, v := range []float64{0, 1, 999, 1000, 1024, 10100, 187000000, 192456789, 1062500, 999999, 999950, 1.2e9, 8.31e6, 5e15, 3.3e24} {
		add("HumanSize", v, units.HumanSize(v))
		add("HumanSizeWithPrecision3", v, units.HumanSizeWithPrecision(v, 3))
		add("BytesSize", v, units.BytesSize(v))
	}
	for _, s := range []float64{0, 0.5, 1, 1.5, 59, 60, 61, 119, 120, 3599, 3600, 5399, 5400, 86399, 172800, 1209600, 5184000, 63072000, 94608000} {
		add("HumanDuration", s, units.HumanDuration(time.Duration(s*float64(time.Second))))
	}
	for _, f := range []float64{0, 1, -1, 0.5, 2.25, 2.5, 1.0625, 12345, 999.9, 1e21, 1e20, 1e-7, 123456789, 0.000012, 3.14159265, 100, -0.0} {
		add("%v", f, fmt.Sprintf("%v", f))
		add("%.4g", f, fmt.Sprintf("%.4g", f))
		add("%.3g", f, fmt.Sprintf("%.3g", f))
		add("%.2f", f, fmt.Sprintf("%.2f", f))
		add("%.1f", f, fmt.Sprintf("%.1f", f))
		add("%e", f, fmt.Sprintf("%e", f))
		add("%.0f", f, fmt.Sprintf("%.0f", f))
		add("FormatFloat-f-2", f, strconv.FormatFloat(f, 'f', 2, 64))
		b, _ := json.Marshal(f)
		add("json", f, string(b))
	}
	s := S{Zeta: "<a&b>", Alpha: 3, Tags: []string{}, M: map[string]any{"z": 1, "a": []any{}, "m": map[string]any{}, "u": "\u2028é\x01"}}
	b, _ := json.Marshal(s)
	add("jsonStruct", nil, string(b))
	b, _ = json.MarshalIndent([]any{s, map[string]any{}}, "", "    ")
	add("jsonIndent", nil, string(b))
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	enc.Encode(rows)
}
