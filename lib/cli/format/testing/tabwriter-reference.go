// Reference output of Go's text/tabwriter with docker's settings (10, 1, 3, ' ', 0).
// Regenerate: cd lib/cli/format/testing && go run tabwriter-reference.go > tabwriter-reference.json
package main

import (
	"bytes"
	"encoding/json"
	"os"
	"text/tabwriter"
)

func main() {
	inputs := []string{
		"CONTAINER ID\tIMAGE\tCOMMAND\tCREATED\tSTATUS\tPORTS\tNAMES\n",
		"CONTAINER ID\tIMAGE\tCOMMAND\tCREATED\tSTATUS\tPORTS\tNAMES\n3f2a9c1b7d4e\tnginx:alpine\t\"/docker-entrypoint.…\"\t2 minutes ago\tUp 2 minutes\t0.0.0.0:9090->80/tcp, [::]:9090->80/tcp\tapi\nab12cd34ef56\talpine\t\"echo hi\"\t5 seconds ago\tExited (0) 4 seconds ago\t\tonce\n",
		"a\tb\tc\naa\tbb\ncccccccccccccc\td\nno tabs here\nx\ty\tz\n",
		"REPOSITORY\tTAG\tIMAGE ID\tCREATED\tSIZE\n<none>\t<none>\t0123456789ab\tN/A\t0B\n",
		"\t\t\nx\t\ty\n",
		"trailing\t\n",
		"NAME\n",
		"",
		"a\tb",
		"one\ttwo\n\nthree\tfour\n",
	}
	var out []map[string]string
	for _, in := range inputs {
		var buf bytes.Buffer
		w := tabwriter.NewWriter(&buf, 10, 1, 3, ' ', 0)
		w.Write([]byte(in))
		w.Flush()
		out = append(out, map[string]string{"in": in, "out": buf.String()})
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	enc.Encode(out)
}
