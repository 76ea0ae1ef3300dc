/**
 * `-o` for objects: yaml, json, name, jsonpath, custom-columns and go-template, with kubectl's
 * List wrapper for several objects and its error for unknown formats. Tables live in get.
 */
import { resourceForKind } from '../../../sim/k8s/resources';
import type { KObject } from '../../../sim/k8s/types';
import { CliError } from '../../command';
import { BUILTIN_FUNCS, GoTemplate, TemplateError } from '../../format/template';
import { goJsonMarshalIndent } from '../../format/go-json';
import { kindName } from '../targets';
import { toJson } from './json';
import { jsonPath, JsonPathError } from './jsonpath';
import { renderTable } from './table';
import { toYaml } from './yaml';

export type OutputMode =
  | { kind: 'table'; wide: boolean }
  | { kind: 'yaml' | 'json' | 'name' }
  | { kind: 'jsonpath' | 'go-template' | 'custom-columns'; template: string };

const ALLOWED = 'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml';

export function parseOutput(o: string, template = '', allowed = ALLOWED): OutputMode {
  if (o === '') return { kind: 'table', wide: false };
  if (o === 'wide' && allowed.includes('wide')) return { kind: 'table', wide: true };
  if (o === 'yaml' || o === 'json' || o === 'name') return { kind: o };
  const eq = o.indexOf('=');
  const key = eq < 0 ? o : o.slice(0, eq);
  const value = eq < 0 ? template : o.slice(eq + 1);
  if (key === 'jsonpath' || key === 'jsonpath-as-json') return { kind: 'jsonpath', template: value };
  if (key === 'go-template' || key === 'template') return { kind: 'go-template', template: value };
  if (key === 'custom-columns') return { kind: 'custom-columns', template: value };
  throw new CliError(`error: unable to match a printer suitable for the output format "${o}", allowed formats are: ${allowed}`, 1);
}

export function listOf(objs: readonly KObject[]): KObject {
  return { apiVersion: 'v1', items: [...objs], kind: 'List', metadata: { resourceVersion: '' } } as unknown as KObject;
}

export function nameOf(o: KObject): string {
  const t = resourceForKind(o.apiVersion, o.kind);
  return t ? kindName(t, o.metadata.name) : `${o.kind.toLowerCase()}/${o.metadata.name}`;
}

function customColumns(spec: string, objs: readonly KObject[], noHeaders: boolean): string {
  const cols = spec.split(',').map((c) => {
    const i = c.indexOf(':');
    if (i < 0) throw new CliError(`error: unexpected custom-columns spec: ${c}, expected <header>:<json-path-expr>`, 1);
    const path = c.slice(i + 1);
    return { header: c.slice(0, i), path: path.startsWith('{') ? path : `{${path.startsWith('.') ? path : '.' + path}}` };
  });
  const rows = objs.map((o) => cols.map((c) => jsonPath(c.path, o) || '<none>'));
  return renderTable(noHeaders ? null : cols.map((c) => c.header), rows);
}

/**
 * Print objects. `single`: one object was asked for by name (printed bare, not in a List).
 * `typed`: client-side objects (dry-run) keep Go's struct field order in JSON.
 */
export function renderObjects(objs: readonly KObject[], mode: OutputMode, o: { single: boolean; typed?: boolean; noHeaders?: boolean }): string {
  const data = o.single && objs.length === 1 ? objs[0]! : listOf(objs);
  try {
    switch (mode.kind) {
      case 'yaml':
        return o.single && objs.length === 1 ? toYaml(data) : toYaml(data);
      case 'json':
        return o.typed ? goJsonMarshalIndent(data, '', '    ') + '\n' : toJson(data);
      case 'name':
        return objs.map((x) => nameOf(x) + '\n').join('');
      case 'jsonpath':
        return jsonPath(mode.template, data);
      case 'go-template':
        return GoTemplate.parse(mode.template, BUILTIN_FUNCS).execute(data);
      case 'custom-columns':
        return customColumns(mode.template, objs, o.noHeaders ?? false);
      case 'table':
        return '';
    }
  } catch (e) {
    if (e instanceof JsonPathError) throw new CliError(`error: error executing jsonpath "${mode.kind === 'jsonpath' ? mode.template : ''}": Error executing template: ${e.message}. Printing more information for debugging the template:\n\ttemplate was:\n\t\t${mode.kind === 'jsonpath' ? mode.template : ''}\n\tobject given to jsonpath engine was:\n\t\t${JSON.stringify(data)}\n\n`, 1);
    if (e instanceof TemplateError) throw new CliError(`error: error parsing template ${mode.kind === 'go-template' ? mode.template : ''}, ${e.message}`, 1);
    throw e;
  }
}
