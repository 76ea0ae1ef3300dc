/**
 * Logstash pipeline files (`/usr/share/logstash/pipeline/*.conf`), read far enough to know what
 * the lab's pipeline does: its inputs (gelf on a UDP port, beats on TCP, with their defaults 12201
 * and 5044) and its elasticsearch outputs (hosts, index pattern with `%{+YYYY.MM.dd}` and `%{field}`).
 */
import type { FileSystem } from '../../fs/types';

export const PIPELINE_DIR = '/usr/share/logstash/pipeline';

export interface PluginBlock {
  name: string;
  settings: Record<string, string | string[]>;
}

export interface Pipeline {
  inputs: PluginBlock[];
  outputs: PluginBlock[];
}

/** Index just past the `}` closing the block whose body starts at `i` (quoted strings skipped). */
function blockEnd(text: string, i: number): number {
  let depth = 1;
  while (i < text.length && depth > 0) {
    const ch = text[i]!;
    if (ch === '"' || ch === "'") {
      const close = text.indexOf(ch, i + 1);
      i = close < 0 ? text.length : close + 1;
      continue;
    }
    depth += ch === '{' ? 1 : ch === '}' ? -1 : 0;
    i++;
  }
  return i;
}

/** Each `<name> { body }` block at the top level of `text`. */
function blocks(text: string): Array<{ name: string; body: string }> {
  const out: Array<{ name: string; body: string }> = [];
  const re = /(\w+)\s*\{/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = blockEnd(text, m.index + m[0].length);
    out.push({ name: m[1]!, body: text.slice(m.index + m[0].length, end - 1) });
    re.lastIndex = end;
  }
  return out;
}

function plugins(body: string): PluginBlock[] {
  return blocks(body).map(({ name, body: inner }) => {
    const settings: PluginBlock['settings'] = {};
    for (const s of inner.matchAll(/([\w@]+)\s*=>\s*(\[[^\]]*\]|"[^"]*"|'[^']*'|[^\s]+)/g)) {
      const raw = s[2]!;
      settings[s[1]!] = raw.startsWith('[') ? [...raw.matchAll(/"([^"]*)"|'([^']*)'/g)].map((x) => x[1] ?? x[2] ?? '') : raw.replace(/^["'](.*)["']$/, '$1');
    }
    return { name, settings };
  });
}

export function parsePipeline(text: string): Pipeline {
  const clean = text.replace(/^\s*#.*$/gm, '');
  const top = blocks(clean);
  const of = (kind: string) => top.filter((b) => b.name === kind).flatMap((b) => plugins(b.body));
  return { inputs: of('input'), outputs: of('output') };
}

export function readPipelines(fs: FileSystem): Pipeline {
  const all: Pipeline = { inputs: [], outputs: [] };
  if (fs.stat(PIPELINE_DIR)?.type !== 'dir') return all;
  for (const f of fs.readdir(PIPELINE_DIR).filter((n) => n.endsWith('.conf')).sort()) {
    const p = parsePipeline(fs.readFile(`${PIPELINE_DIR}/${f}`));
    all.inputs.push(...p.inputs);
    all.outputs.push(...p.outputs);
  }
  return all;
}

export const gelfPort = (p: Pipeline): number | null => {
  const g = p.inputs.find((i) => i.name === 'gelf');
  return g ? Number(g.settings['port'] ?? 12201) : null;
};

/** `%{+YYYY.MM.dd}` (the event's UTC date) and `%{field}` in an index name. */
export function expandIndex(pattern: string, event: Record<string, unknown>, t: number): string {
  const d = new Date(t);
  const pad = (n: number) => String(n).padStart(2, '0');
  return pattern.replace(/%\{\+([^}]+)\}/g, (_, fmt: string) =>
    fmt.replace(/yyyy|YYYY/g, String(d.getUTCFullYear())).replace(/MM/g, pad(d.getUTCMonth() + 1)).replace(/dd/g, pad(d.getUTCDate())).replace(/HH/g, pad(d.getUTCHours())),
  ).replace(/%\{([^}+]+)\}/g, (_, f: string) => String(event[f] ?? `%{${f}}`));
}
