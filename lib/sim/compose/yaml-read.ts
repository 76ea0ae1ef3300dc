/**
 * Reading a Compose file as compose-go does (yaml.v3 through its ResetProcessor): every YAML
 * document of the file, anchors and aliases, `<<` merge keys (explicit keys win, earlier merge
 * sources win), duplicate keys refused (`line 4: mapping key "image" already defined at line
 * 3`), `!reset` / `!override` tags recorded as paths, non-string keys refused. Syntax errors are
 * worded like yaml.v3 (`yaml: line 3: mapping values are not allowed in this context`).
 */
import { isAlias, isMap as isYamlMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node as YamlNode } from 'yaml';
import { ComposeError } from './errors';
import type { Yaml, YamlMap } from './tree-path';

export interface YamlDocument {
  value: Yaml;
  /** Paths (`services.web.ports`, `<<` removed) tagged `!reset` or `!override`. */
  resets: string[][];
}

type AnyNode = YamlNode | null | undefined;

function goValue(v: unknown): string {
  if (v === null || v === undefined) return '<nil>';
  return String(v);
}

/** yaml.v3's wording for the first syntax error of a document. */
function syntaxError(src: string, code: string, offset: number, lines: LineCounter): ComposeError {
  const lineOf = (o: number) => lines.linePos(o).line;
  let line = lineOf(offset);
  let text = 'did not find expected key';
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const rest = src.slice(offset);
      const m = /:(\s|$)/.exec(rest);
      if (m) line = lineOf(offset + m.index);
      text = rest.trimStart().startsWith('-') ? 'did not find expected key' : 'mapping values are not allowed in this context';
      break;
    }
    case 'TAB_AS_INDENT':
      text = 'found character that cannot start any token';
      break;
    case 'MISSING_CHAR':
      text = 'found unexpected end of stream';
      line = lineOf(Math.max(0, offset - 1));
      break;
    case 'BAD_INDENT':
      text = src[offset] === ']' || src[offset] === '}' || /[[{]/.test(src.slice(0, offset)) ? "did not find expected ',' or ']'" : 'did not find expected key';
      break;
    case 'UNEXPECTED_TOKEN':
      text = 'did not find expected key';
      break;
    case 'BAD_ALIAS':
    case 'BAD_SCALAR_START':
      text = 'found character that cannot start any token';
      break;
  }
  return new ComposeError(`yaml: line ${line}: ${text}`, 'yaml');
}

class Reader {
  readonly resets: string[][] = [];
  private readonly visiting = new Set<YamlNode>();

  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  private line(node: YamlNode): number {
    return this.lines.linePos(node.range?.[0] ?? 0).line;
  }

  private keyOf(node: AnyNode, where: string[]): string {
    if (!node || !isScalar(node)) throw new ComposeError(`non-string key ${where.length ? 'in ' + where.join('.') : 'at top level'}: <nil>`, 'yaml');
    if (typeof node.value === 'string') return node.value;
    throw new ComposeError(`non-string key ${where.length ? 'in ' + where.join('.') : 'at top level'}: ${goValue(node.value)}`, 'yaml');
  }

  private isMergeKey(node: AnyNode): boolean {
    return !!node && isScalar(node) && typeof node.value === 'symbol';
  }

  read(node: AnyNode, path: string[]): Yaml | undefined {
    if (!node) return null;
    if (isAlias(node)) {
      const target = node.resolve(this.doc) as YamlNode | undefined;
      if (!target) throw new ComposeError(`yaml: unknown anchor '${node.source}' referenced`, 'yaml');
      if (this.visiting.has(target)) throw new ComposeError(`cycle detected: node at path ${path.join('.')} references itself`, 'yaml');
      this.visiting.add(target);
      try {
        return this.read(target, path);
      } finally {
        this.visiting.delete(target);
      }
    }
    const tag = (node as { tag?: string }).tag;
    if (tag === '!reset') {
      this.resets.push(path);
      return undefined;
    }
    if (tag === '!override') this.resets.push(path);
    if (isScalar(node)) {
      const v = node.value;
      if (tag === '!!str' || tag === 'tag:yaml.org,2002:str') return String(node.source ?? v);
      if (v === null || v === undefined) return null;
      if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
      return String(v);
    }
    if (isSeq(node)) {
      const out: Yaml[] = [];
      node.items.forEach((item, i) => {
        const v = this.read(item as AnyNode, [...path, String(i)]);
        if (v !== undefined) out.push(v);
      });
      return out;
    }
    if (isYamlMap(node)) return this.readMap(node.items as Array<{ key: AnyNode; value: AnyNode }>, path);
    return null;
  }

  private readMap(items: Array<{ key: AnyNode; value: AnyNode }>, path: string[]): YamlMap {
    const out: YamlMap = {};
    const seen = new Map<string, number>();
    const merges: AnyNode[] = [];
    for (const { key, value } of items) {
      if (this.isMergeKey(key)) {
        merges.push(value);
        continue;
      }
      const k = this.keyOf(key, path);
      const line = key ? this.line(key) : 0;
      const prev = seen.get(k);
      if (prev !== undefined) throw new ComposeError(`line ${line}: mapping key ${JSON.stringify(k)} already defined at line ${prev}`, 'yaml');
      seen.set(k, line);
      const v = this.read(value, [...path, k]);
      if (v !== undefined) out[k] = v;
    }
    for (const m of merges) this.mergeInto(out, m, path);
    return out;
  }

  /** yaml.v3 d.merge: values from the merge sources fill keys the mapping does not set. */
  private mergeInto(out: YamlMap, source: AnyNode, path: string[]): void {
    const resolved = source && isAlias(source) ? (source.resolve(this.doc) as YamlNode) : source;
    const sources = resolved && isSeq(resolved) ? (resolved.items as AnyNode[]) : [source];
    const explicit = new Set(Object.keys(out));
    for (const s of sources) {
      const v = this.read(s, path);
      if (v === undefined) continue;
      if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new ComposeError('yaml: map merge requires map or sequence of maps as the value', 'yaml');
      for (const [k, e] of Object.entries(v)) if (!explicit.has(k) && !(k in out)) out[k] = e;
    }
  }
}

/** Every document of `src`; an empty file has none. */
export function readYamlDocuments(src: string): YamlDocument[] {
  const lines = new LineCounter();
  const docs = parseAllDocuments(src, { lineCounter: lines, merge: true, uniqueKeys: false, prettyErrors: false });
  const list = Array.isArray(docs) ? docs : [docs];
  const out: YamlDocument[] = [];
  for (const doc of list) {
    const err = doc.errors[0];
    if (err) throw syntaxError(src, err.code, err.pos[0], lines);
    if (doc.contents === null) continue;
    const reader = new Reader(doc, lines);
    const value = reader.read(doc.contents as YamlNode, []);
    out.push({ value: value === undefined ? null : value, resets: reader.resets });
  }
  return out;
}
