/**
 * The template engine against Go's own text/template (testing/template-reference.go ran every
 * case in testing/template-cases.json with docker's functions). JSON data is given as JS Maps,
 * which model Go maps exactly; docker-like typed values use goStruct / GO_TYPE.
 */
import { describe, expect, it } from 'vitest';
import reference from '../testing/template-reference.json';
import { GO_TYPE, goStruct, GoTemplate, TemplateError } from './index';

interface Case {
  tmpl: string;
  data: string;
  missingKey?: 'zero' | 'error';
  out: string;
  err?: string;
}

/** Like Go's *main.Ctx in the reference program: methods, one taking an argument. */
class Ctx {
  readonly [GO_TYPE] = '*main.Ctx';
  ID() {
    return 'abc123';
  }
  Names() {
    return 'web';
  }
  Label(name: string) {
    return 'label:' + name;
  }
  Ports() {
    return ['80/tcp', '443/tcp'];
  }
}

const toGoMaps = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(toGoMaps);
  if (v && typeof v === 'object') return new Map(Object.entries(v).map(([k, x]) => [k, toGoMaps(x)]));
  return v;
};

function data(spec: string): unknown {
  if (spec === 'ctx') return new Ctx();
  if (spec === 'state') return goStruct({ Status: 'running', Running: true, ExitCode: 0, Health: null }, '*main.State');
  if (spec === 'nil') return null;
  return toGoMaps(JSON.parse(spec));
}

function run(tmpl: string, d: unknown, missingKey?: 'zero' | 'error'): { out: string; err?: string } {
  try {
    return { out: GoTemplate.parse(tmpl).execute(d, { missingKey }) };
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    return { out: '', err: e.message };
  }
}

/** Where we knowingly differ from Go 1.19's answer, and why. */
const DEVIATIONS: Record<string, { out: string } | { err: string }> = {
  // Go names the nil pointer's static type (*struct { Status string }); JS has no static types.
  '{{.Health.Status}}': { err: 'template: :1:9: executing "" at <.Health.Status>: nil pointer evaluating interface {}.Status' },
  // Go 1.22+ (docker 28 is built with Go 1.24) ranges over integers; the reference Go is 1.19.
  '{{range .Count}}{{.}}{{end}}': { out: '012' },
  // Arrays of strings stand for docker's typed []string (Config.Cmd…), so join accepts them.
  '{{upper .Name}} {{lower "ABC"}} {{title "hello big-world_x"}} {{split "a,b,c" ","}} {{join .Tags "/"}}': {
    out: 'WEB abc Hello Big-World_x [a b c] a/b/c',
  },
};

describe('Go text/template reference cases', () => {
  it.each((reference as Case[]).map((c) => [c.tmpl, c] as const))('%s', (_t, c) => {
    const got = run(c.tmpl, data(c.data), c.missingKey);
    const deviation = DEVIATIONS[c.tmpl];
    if (deviation) expect(got).toEqual('err' in deviation ? { out: '', err: deviation.err } : deviation);
    else if (c.err) expect(got.err).toBe(c.err);
    else expect(got).toEqual({ out: c.out });
  });
});

describe('engine data as plain objects (docker inspect style)', () => {
  const container = {
    Id: 'f2a6c1',
    Name: '/web',
    State: { Status: 'running', ExitCode: 0 },
    Config: { Cmd: ['nginx', '-g', 'daemon off;'], Labels: { 'com.example.tier': 'front' } },
    NetworkSettings: { Networks: { bridge: { IPAddress: '172.17.0.2' }, appnet: { IPAddress: '172.18.0.2' } } },
  };
  const exec = (t: string, missingKey?: 'error') => GoTemplate.parse(t).execute(container, { missingKey });

  it('ranges over objects in sorted key order, with $k, $v', () => {
    expect(exec('{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}} {{end}}')).toBe('appnet=172.18.0.2 bridge=172.17.0.2 ');
  });

  it('joins string arrays like docker typed []string, indexes labels like map[string]string', () => {
    expect(exec('{{join .Config.Cmd " "}}')).toBe('nginx -g daemon off;');
    expect(exec('[{{index .Config.Labels "com.example.tier"}}][{{index .Config.Labels "nope"}}]')).toBe('[front][]');
  });

  it('encodes JSON in field order (structs) with no HTML escaping', () => {
    expect(exec('{{json .State}}')).toBe('{"Status":"running","ExitCode":0}');
    expect(GoTemplate.parse('{{json .}}').execute({ b: 'x<y>&', a: 1 })).toBe('{"b":"x<y>&","a":1}');
  });

  it('fails on unknown fields the way docker inspect reports them (missingkey=error)', () => {
    expect(() => exec('{{.Bogus}}', 'error')).toThrow('template: :1:2: executing "" at <.Bogus>: map has no entry for key "Bogus"');
    expect(exec('{{.Bogus}}')).toBe('<no value>');
  });

  it('reports parse errors before executing anything', () => {
    expect(() => GoTemplate.parse('{{.Name}} {{foo .}}')).toThrow('template: :1: function "foo" not defined');
  });
});
