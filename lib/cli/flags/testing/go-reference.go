// Reference answers from Go itself for the flag layer's Go-compatible helpers.
// Regenerate: cd lib/cli/flags/testing && go run go-reference.go > go-reference.json
package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"time"
)

type row struct {
	Fn    string `json:"fn"`
	In    string `json:"in"`
	Out   string `json:"out"`
	Error string `json:"error,omitempty"`
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func main() {
	var rows []row
	add := func(fn, in, out string, err error) { rows = append(rows, row{fn, in, out, errText(err)}) }
	ints := []string{"0", "42", "-7", "+5", "1_000", "0x1F", "0X1f", "010", "08", "0b101", "0o17", "-0x10", "1e3", "", " 1", "1__0", "_1", "0_10", "0x", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "99999999999999999999", "1.5", "abc"}
	for _, s := range ints {
		v, err := strconv.ParseInt(s, 0, 64)
		add("ParseInt64", s, fmt.Sprint(v), err)
		v32, err := strconv.ParseInt(s, 0, 32)
		add("ParseInt32", s, fmt.Sprint(v32), err)
		u, err := strconv.ParseUint(s, 0, 16)
		add("ParseUint16", s, fmt.Sprint(u), err)
	}
	floats := []string{"1.5", "-0.25", "1_000.5", "0x1p-2", "0x1.8p1", "0x10", "inf", "+Infinity", "-inf", "nan", "+nan", "NaN", "1e400", "1e-400", ".5", "5.", "1e", "e5", ".", "1__0.5", "_1.0", "1E5", "1.e5", "- 1", "abc", ""}
	for _, s := range floats {
		v, err := strconv.ParseFloat(s, 64)
		add("ParseFloat", s, fmt.Sprint(v), err)
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRue", "yes", ""} {
		v, err := strconv.ParseBool(s)
		add("ParseBool", s, fmt.Sprint(v), err)
	}
	durs := []string{"0", "1m30s", "1.5h", "300ms", "-2ms", "+5m", ".5s", "1h1h", "1µs", "1μs", "1us", "2h45m30.5s", "1.000000001s", "x", "1", "1x", "", "-", ".s", "9999999999h", "2562047h47m16.854775807s", "2562047h47m16.854775808s", "-2562047h47m16.854775808s"}
	for _, s := range durs {
		d, err := time.ParseDuration(s)
		add("ParseDuration", s, d.String(), err)
	}
	for _, s := range []string{"a,b", `a,"b,c"`, `a"b`, `"a"b`, `"a""b",c`, `"abc`, "a,,b", " a , b", `x,y"z`, "single"} {
		r := csv.NewReader(strings.NewReader(s))
		v, err := r.Read()
		b, _ := json.Marshal(v)
		if err != nil {
			b = []byte("null")
		}
		add("CsvRead", s, string(b), err)
	}
	for _, s := range []string{"a\"b\tc\x01é\u2028", "plain", "back\\slash", "\u00a0x\x7f\U0001F600\u200b", "日本"} {
		add("Quote", s, strconv.Quote(s), nil)
	}
	for _, s := range []string{"1.2.3.4", "01.2.3.4", "256.1.1.1", "::1", "0:0:0:0:0:0:0:1", "2001:db8::1", "::ffff:1.2.3.4", "fe80::1%eth0", "1.2.3", "2001:DB8:0:0:1:0:0:1", "::", "1::2:3:4:5:6:7", "1:0:0:2:0:0:0:3", "1:2:3:4:5:6:7:8", "1::2::3", "::1.2.3.4", "host"} {
		ip := net.ParseIP(s)
		out := "<nil>"
		if ip != nil {
			out = ip.String()
		}
		add("ParseIP", s, out, nil)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	enc.Encode(rows)
}
