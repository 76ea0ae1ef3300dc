/** inspectWrite's template path: docker tries the typed Go value, then the raw JSON map. */
import { describe, expect, it } from 'vitest';
import { inspectWrite } from './inspect';

const net = { Name: 'n1', Id: 'abc123', Driver: 'bridge' };

describe('inspect templates', () => {
  it('answer to the Go field name (.ID) and the JSON key (.Id) alike', () => {
    expect(inspectWrite([{ value: net }], '{{.ID}} {{.Id}} {{.Name}}')).toEqual({ stdout: 'abc123 abc123 n1\n', error: undefined });
  });

  it('report a missing key with the raw map error, exit 1', () => {
    const r = inspectWrite([{ value: net }], '{{.Nope}}');
    expect(r.stdout).toBe('\n');
    expect(r.error?.message).toBe('template parsing error: template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"');
  });

  it('do not add an ID key to what {{json .}} prints', () => {
    expect(inspectWrite([{ value: net }], '{{json .}}').stdout).toBe('{"Name":"n1","Id":"abc123","Driver":"bridge"}\n');
  });
});
