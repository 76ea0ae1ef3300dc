/**
 * AST node → typed instruction, with BuildKit's validation messages (instructions/parse.go).
 * FROM becomes a Stage; everything else an Instruction. Errors are DockerfileErrors located
 * at the instruction's lines; the caller adds `dockerfile parse error on line N: `.
 */
import type { AstNode } from './ast';
import { BFlags } from './bflags';
import { DockerfileError, lineRanges } from './errors';
import { parseDuration } from './go-duration';
import { chompHeredocContent, parseHeredoc } from './heredoc';
import { INSTRUCTION_NAMES, type ArgDef, type Instruction, type KeyValue, type SourcesAndDest, type Stage } from './instructions';
import { withSuggestion } from './suggest';
import type { HealthConfig } from '../../images/types';

const err = (m: string) => new DockerfileError(m);
const atLeastOne = (cmd: string) => err(`${cmd} requires at least one argument`);
const exactlyOne = (cmd: string) => err(`${cmd} requires exactly one argument`);
const noDest = (cmd: string) => err(`${cmd} requires at least two arguments, but only one was provided. Destination could not be determined`);

const VALID_STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

interface Req {
  node: AstNode;
  args: string[];
  flags: BFlags;
  base: { name: string; code: string; location: ReturnType<typeof lineRanges> };
}

function nodeArgs(node: AstNode): string[] {
  return node.sub ? [node.sub.value, ...nodeArgs(node.sub)] : node.args;
}

function kvps(args: string[], cmd: string): KeyValue[] {
  if (args.length === 0) throw atLeastOne(cmd);
  if (args.length % 3 !== 0) throw err(`Bad input to ${cmd}, too many arguments`);
  const out: KeyValue[] = [];
  for (let j = 0; j < args.length; j += 3) {
    if (args[j]!.length === 0) throw err(`${cmd} names can not be blank`);
    out.push({ key: args[j]!, value: args[j + 1]!, noDelim: args[j + 2] === '' });
  }
  return out;
}

function shellDependent(r: Req, emptyAsNil: boolean) {
  const files = r.node.heredocs.map((h) => ({ name: h.name, data: h.content, chomp: h.chomp }));
  let cmdLine: string[] | null = r.args.length === 0 ? [] : r.node.json ? r.args : [r.args.join(' ')];
  if (emptyAsNil && cmdLine.length === 0) cmdLine = null;
  return { cmdLine, files, prependShell: !r.node.json };
}

function sourcesAndDest(r: Req, cmd: string): SourcesAndDest {
  const dest = r.args[r.args.length - 1]!;
  if (parseHeredoc(dest)) throw err(`${cmd} cannot accept a heredoc as a destination`);
  const byName = new Map(r.node.heredocs.map((h) => [h.name, h]));
  const sources: string[] = [];
  const contents: SourcesAndDest['contents'] = [];
  for (const src of r.args.slice(0, -1)) {
    const h = parseHeredoc(src);
    if (!h) {
      sources.push(src);
      continue;
    }
    const body = byName.get(h.name)?.content ?? '';
    contents.push({ path: h.name, data: h.chomp ? chompHeredocContent(body) : body, expand: h.expand });
  }
  return { dest, sources, contents };
}

function interval(flag: { value: string }, name: string): number {
  if (flag.value === '') return 0;
  const d = parseDuration(flag.value);
  if (d === 0) return 0;
  if (d < 1e6) throw err(`Interval "${name}" cannot be less than 1ms`);
  return d;
}

function healthcheck(r: Req): HealthConfig {
  if (r.args.length === 0) throw atLeastOne('HEALTHCHECK');
  const typ = r.args[0]!.toUpperCase();
  const rest = r.args.slice(1);
  if (typ === 'NONE') {
    if (rest.length !== 0) throw err('HEALTHCHECK NONE takes no arguments');
    return { Test: ['NONE'] };
  }
  const f = { interval: r.flags.string('interval'), timeout: r.flags.string('timeout'), startPeriod: r.flags.string('start-period'), startInterval: r.flags.string('start-interval'), retries: r.flags.string('retries') };
  r.flags.parse();
  if (typ !== 'CMD') throw err(`Unknown type ${JSON.stringify(typ)} in HEALTHCHECK (try CMD)`);
  const cmd = rest.length === 0 ? [] : r.node.json ? rest : [rest.join(' ')];
  if (cmd.length === 0) throw err('Missing command after HEALTHCHECK CMD');
  const hc: HealthConfig = { Test: [r.node.json ? 'CMD' : 'CMD-SHELL', ...cmd] };
  hc.Interval = interval(f.interval, 'interval');
  hc.Timeout = interval(f.timeout, 'timeout');
  hc.StartPeriod = interval(f.startPeriod, 'start-period');
  hc.StartInterval = interval(f.startInterval, 'start-interval');
  hc.Retries = 0;
  if (f.retries.value !== '') {
    if (!/^[+-]?\d+$/.test(f.retries.value)) throw err(`strconv.ParseInt: parsing ${JSON.stringify(f.retries.value)}: invalid syntax`);
    const n = Number(f.retries.value);
    if (n < 0) throw err(`--retries cannot be negative (${n})`);
    hc.Retries = n;
  }
  return hc;
}

function parseFrom(r: Req): Stage {
  const a = r.args;
  let name = '';
  if (a.length === 3 && a[1]!.toLowerCase() === 'as') {
    name = a[2]!.toLowerCase();
    if (!VALID_STAGE_NAME.test(name)) throw err(`invalid name for build stage: ${JSON.stringify(a[2])}, name can't start with a number or contain symbols`);
  } else if (a.length !== 1) throw err('FROM requires either one or three arguments');
  const platform = r.flags.string('platform');
  r.flags.parse();
  return { baseName: a[0]!, name, fromWord: r.node.value, platform: platform.value, code: r.base.code, location: r.base.location, commands: [] };
}

function parseOnbuild(r: Req): Instruction {
  if (r.args.length === 0) throw atLeastOne('ONBUILD');
  r.flags.parse();
  const trigger = r.args[0]!.trim().toUpperCase();
  if (trigger === 'ONBUILD') throw err('Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed');
  if (trigger === 'MAINTAINER' || trigger === 'FROM') throw err(`${trigger} isn't allowed as an ONBUILD trigger`);
  let expression = r.node.original.replace(/^\s*ONBUILD\s*/i, '');
  for (const h of r.node.heredocs) expression += '\n' + h.content + h.name;
  return { ...r.base, kind: 'onbuild', expression };
}

function parseArg(r: Req): Instruction {
  if (r.args.length === 0) throw atLeastOne('ARG');
  const args: ArgDef[] = r.args.map((a) => {
    const eq = a.indexOf('=');
    if (eq < 0) return { key: a };
    if (eq === 0) throw err('ARG names can not be blank');
    return { key: a.slice(0, eq), value: a.slice(eq + 1) };
  });
  return { ...r.base, kind: 'arg', args };
}

function one(r: Req, cmd: string): string {
  if (r.args.length !== 1) throw exactlyOne(cmd);
  r.flags.parse();
  return r.args[0]!;
}

function dispatch(kind: string, r: Req): Instruction | Stage {
  const b = r.base;
  switch (kind) {
    case 'env':
      r.flags.parse();
      return { ...b, kind: 'env', env: kvps(r.args, 'ENV') };
    case 'label':
      r.flags.parse();
      return { ...b, kind: 'label', labels: kvps(r.args, 'LABEL') };
    case 'maintainer':
      return { ...b, kind: 'maintainer', maintainer: one(r, 'MAINTAINER') };
    case 'add': {
      if (r.args.length < 2) throw noDest('ADD');
      const f = { chown: r.flags.string('chown'), chmod: r.flags.string('chmod'), link: r.flags.bool('link'), keepGit: r.flags.bool('keep-git-dir'), checksum: r.flags.string('checksum') };
      r.flags.parse();
      const files = sourcesAndDest(r, 'ADD');
      return { ...b, kind: 'add', files, chown: f.chown.value, chmod: f.chmod.value, link: f.link.value === 'true', checksum: f.checksum.value, keepGitDir: f.keepGit.value === 'true' };
    }
    case 'copy': {
      if (r.args.length < 2) throw noDest('COPY');
      const f = { chown: r.flags.string('chown'), from: r.flags.string('from'), chmod: r.flags.string('chmod'), link: r.flags.bool('link') };
      r.flags.parse();
      const files = sourcesAndDest(r, 'COPY');
      return { ...b, kind: 'copy', files, from: f.from.value, chown: f.chown.value, chmod: f.chmod.value, link: f.link.value === 'true' };
    }
    case 'from':
      return parseFrom(r);
    case 'onbuild':
      return parseOnbuild(r);
    case 'workdir':
      return { ...b, kind: 'workdir', path: one(r, 'WORKDIR') };
    case 'run': {
      const f = { device: r.flags.strings('device'), mount: r.flags.strings('mount'), network: r.flags.string('network', 'default'), security: r.flags.string('security', 'sandbox') };
      r.flags.parse();
      if (!['default', 'none', 'host'].includes(f.network.value)) throw err(`invalid network mode ${JSON.stringify(f.network.value)}`);
      if (!['sandbox', 'insecure'].includes(f.security.value)) throw err(`security ${JSON.stringify(f.security.value)} is not valid`);
      const sd = shellDependent(r, false);
      return { ...b, kind: 'run', cmdLine: sd.cmdLine ?? [], files: sd.files, prependShell: sd.prependShell, mounts: f.mount.values, network: f.network.value, security: f.security.value, flagsUsed: r.flags.usedNames() };
    }
    case 'cmd':
    case 'entrypoint': {
      r.flags.parse();
      return { ...b, kind, ...shellDependent(r, kind === 'entrypoint') };
    }
    case 'healthcheck':
      return { ...b, kind: 'healthcheck', health: healthcheck(r) };
    case 'expose':
      if (r.args.length === 0) throw atLeastOne('EXPOSE');
      r.flags.parse();
      return { ...b, kind: 'expose', ports: [...r.args].sort() };
    case 'user':
      return { ...b, kind: 'user', user: one(r, 'USER') };
    case 'volume': {
      if (r.args.length === 0) throw atLeastOne('VOLUME');
      r.flags.parse();
      const volumes = r.args.map((v) => v.trim());
      if (volumes.some((v) => v === '')) throw err('VOLUME specified can not be an empty string');
      return { ...b, kind: 'volume', volumes };
    }
    case 'stopsignal':
      if (r.args.length !== 1) throw exactlyOne('STOPSIGNAL');
      return { ...b, kind: 'stopsignal', signal: r.args[0]! };
    case 'arg':
      return parseArg(r);
    case 'shell': {
      r.flags.parse();
      const shell = r.args.length === 0 ? [] : r.node.json ? r.args : [r.args.join(' ')];
      if (shell.length === 0) throw atLeastOne('SHELL');
      if (!r.node.json) throw err('SHELL requires the arguments to be in JSON form');
      return { ...b, kind: 'shell', shell };
    }
    default:
      throw err(withSuggestion(`unknown instruction: ${r.node.value}`, r.node.value, INSTRUCTION_NAMES, false));
  }
}

/** Parse one node; errors carry the node's lines. */
export function parseInstruction(node: AstNode): Instruction | Stage {
  const location = lineRanges(node.startLine, node.endLine);
  const r: Req = { node, args: nodeArgs(node), flags: new BFlags(node.flags), base: { name: node.value, code: node.original.trim(), location } };
  try {
    return dispatch(node.value.toLowerCase(), r);
  } catch (e) {
    if (e instanceof DockerfileError) throw e.at(location);
    if (e instanceof Error) throw new DockerfileError(e.message, location);
    throw e;
  }
}

export function isStage(v: Instruction | Stage): v is Stage {
  return 'baseName' in v;
}
