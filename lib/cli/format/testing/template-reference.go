// Reference answers from Go's own text/template, with docker's template functions
// (docker/cli templates package, re-declared here) and a docker-like typed context.
// Regenerate: cd lib/cli/format/testing && go run template-reference.go > template-reference.json
package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"text/template"
)

var dockerFuncs = template.FuncMap{
	"json": func(v any) string {
		buf := &bytes.Buffer{}
		enc := json.NewEncoder(buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			panic(err)
		}
		return strings.TrimSpace(buf.String())
	},
	"split": strings.Split,
	"join":  strings.Join,
	"title": strings.Title,
	"lower": strings.ToLower,
	"upper": strings.ToUpper,
	"pad": func(source string, prefix, suffix int) string {
		if source == "" {
			return source
		}
		return strings.Repeat(" ", prefix) + source + strings.Repeat(" ", suffix)
	},
	"truncate": func(source string, length int) string {
		if len(source) < length {
			return source
		}
		return source[:length]
	},
}

// Ctx stands for a docker formatter context: methods, one with an argument.
type Ctx struct{ id, names string }

func (c *Ctx) ID() string                { return c.id }
func (c *Ctx) Names() string             { return c.names }
func (c *Ctx) Label(name string) string  { return "label:" + name }
func (c *Ctx) Ports() []string           { return []string{"80/tcp", "443/tcp"} }

// State stands for a typed inspect struct.
type State struct {
	Status   string
	Running  bool
	ExitCode int
	Health   *struct{ Status string }
}

type Case struct {
	Tmpl       string `json:"tmpl"`
	Data       string `json:"data"`
	MissingKey string `json:"missingKey,omitempty"`
	Out        string `json:"out"`
	Err        string `json:"err,omitempty"`
}

// ints turns JSON numbers that are whole into int (as the TS side models them).
func ints(v any) any {
	switch x := v.(type) {
	case float64:
		if x == float64(int(x)) {
			return int(x)
		}
	case map[string]any:
		for k, e := range x {
			x[k] = ints(e)
		}
	case []any:
		for i, e := range x {
			x[i] = ints(e)
		}
	}
	return v
}

func data(spec string) any {
	switch spec {
	case "ctx":
		return &Ctx{id: "abc123", names: "web"}
	case "state":
		return &State{Status: "running", Running: true, ExitCode: 0}
	case "nil":
		return nil
	}
	var v any
	if err := json.Unmarshal([]byte(spec), &v); err != nil {
		panic(err)
	}
	return ints(v)
}

func main() {
	var cases []Case
	raw, _ := os.ReadFile("template-cases.json")
	if err := json.Unmarshal(raw, &cases); err != nil {
		panic(err)
	}
	for i := range cases {
		c := &cases[i]
		t, err := template.New("").Funcs(dockerFuncs).Parse(c.Tmpl)
		if err != nil {
			c.Err = err.Error()
			continue
		}
		if c.MissingKey != "" {
			t = t.Option("missingkey=" + c.MissingKey)
		}
		var buf bytes.Buffer
		func() {
			defer func() {
				if r := recover(); r != nil {
					c.Err = "panic"
				}
			}()
			if err := t.Execute(&buf, data(c.Data)); err != nil {
				c.Err = err.Error()
			}
		}()
		c.Out = buf.String()
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	enc.Encode(cases)
}
