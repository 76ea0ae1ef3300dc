/**
 * Instructions that only change the image configuration (no filesystem step): ENV, LABEL,
 * MAINTAINER, ARG, CMD, ENTRYPOINT, HEALTHCHECK, EXPOSE, USER, VOLUME, STOPSIGNAL, SHELL,
 * ONBUILD — with BuildKit's history text and build checks.
 */
import { DockerfileError } from '../dockerfile/errors';
import type { Instruction } from '../dockerfile/instructions';
import type { DispatchCtx } from './context';
import { reportUndefined } from './context';
import { addEnv } from './env';
import { goHealthcheck, goQuoteSlice, goSet, goSlice } from './go-fmt';
import { parsePorts } from './ports';
import type { StageState } from './state';

const SECRET = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const SECRET_ALLOW = /(?:_|^)(?:public|file|version)(?:_|$)/i;
const NON_ENV_ARGS = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);
const DEFAULT_SHELL = ['/bin/sh', '-c'];

const SIGNALS = ['ABRT', 'ALRM', 'BUS', 'CHLD', 'CLD', 'CONT', 'FPE', 'HUP', 'ILL', 'INT', 'IO', 'IOT', 'KILL', 'PIPE', 'POLL', 'PROF', 'PWR', 'QUIT', 'SEGV', 'STKFLT', 'STOP', 'SYS', 'TERM', 'TRAP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'USR1', 'USR2', 'VTALRM', 'WINCH', 'XCPU', 'XFSZ'];

function validSignal(s: string): boolean {
  if (/^\d+$/.test(s)) return Number(s) > 0 && Number(s) <= 64;
  const name = s.toUpperCase().replace(/^SIG/, '');
  return SIGNALS.includes(name) || /^RTMIN(\+\d+)?$/.test(name) || /^RTMAX(-\d+)?$/.test(name);
}

export function history(st: StageState, createdBy: string, emptyLayer = true, size = 0): void {
  st.image.history.push({ createdBy, emptyLayer, created: null, size, comment: 'buildkit.dockerfile.v0' });
}

function secretCheck(ctx: DispatchCtx, instr: 'ARG' | 'ENV', key: string, line: number): void {
  if (SECRET.test(key) && !SECRET_ALLOW.test(key)) ctx.lint.run('SecretsUsedInArgOrEnv', line, instr, key);
}

/** The shell form wrapped in the image's SHELL (or /bin/sh -c). */
export function withShell(st: StageState, args: readonly string[]): string[] {
  const shell = st.image.config.Shell;
  return [...(shell && shell.length > 0 ? shell : DEFAULT_SHELL), args.join(' ')];
}

function usedOnce(ctx: DispatchCtx, st: StageState, which: 'cmd' | 'entrypoint' | 'healthcheck', ins: Instruction): void {
  const prev = st.seen[which];
  if (prev !== undefined) ctx.lint.run('MultipleInstructionsDisallowed', prev, ins.name);
  st.seen[which] = ins.location[0]?.start ?? 0;
}

function dispatchArg(ctx: DispatchCtx, st: StageState, ins: Extract<Instruction, { kind: 'arg' }>): void {
  const parts: string[] = [];
  const line = ins.location[0]?.start ?? 0;
  for (const a of ins.args) {
    secretCheck(ctx, 'ARG', a.key, line);
    let value = a.value;
    const given = Object.hasOwn(ctx.req.buildArgs, a.key);
    if (value === undefined && !given) value = ctx.globals.get(a.key);
    else if (given) value = ctx.req.buildArgs[a.key];
    else if (value !== undefined) {
      try {
        const r = ctx.lexer.processWord(value, st.env);
        reportUndefined(ctx, st, ins, new Set(r.unmatched));
        value = r.result;
      } catch (e) {
        throw new DockerfileError((e as Error).message, ins.location);
      }
    }
    if (value !== undefined && !NON_ENV_ARGS.has(a.key)) st.env.set(a.key, value);
    st.buildArgs.push(value === undefined ? { key: a.key } : { key: a.key, value });
    parts.push(value === undefined ? a.key : `${a.key}=${value}`);
  }
  history(st, 'ARG ' + parts.join(' '));
}

/** Apply a metadata instruction; returns false when `ins` is a filesystem step. */
export function dispatchMeta(ctx: DispatchCtx, st: StageState, ins: Instruction): boolean {
  const cfg = st.image.config;
  const line = ins.location[0]?.start ?? 0;
  switch (ins.kind) {
    case 'env': {
      for (const kv of ins.env) {
        if (kv.noDelim) ctx.lint.run('LegacyKeyValueFormat', line, ins.name);
        secretCheck(ctx, 'ENV', kv.key, line);
        st.env.set(kv.key, kv.value);
        cfg.Env = addEnv(cfg.Env, kv.key, kv.value);
      }
      history(st, 'ENV ' + ins.env.map((kv) => `${kv.key}=${kv.value}`).join(' '));
      return true;
    }
    case 'label': {
      cfg.Labels = { ...(cfg.Labels ?? {}) };
      for (const kv of ins.labels) {
        if (kv.noDelim) ctx.lint.run('LegacyKeyValueFormat', line, ins.name);
        cfg.Labels[kv.key] = kv.value;
      }
      history(st, 'LABEL ' + ins.labels.map((kv) => `${kv.key}=${kv.value}`).join(' '));
      return true;
    }
    case 'maintainer':
      st.image.author = ins.maintainer;
      history(st, `MAINTAINER ${ins.maintainer}`);
      return true;
    case 'arg':
      dispatchArg(ctx, st, ins);
      return true;
    case 'cmd':
    case 'entrypoint': {
      usedOnce(ctx, st, ins.kind, ins);
      let args = ins.cmdLine;
      if (ins.prependShell && args !== null) {
        if (!cfg.Shell || cfg.Shell.length === 0) ctx.lint.run('JSONArgsRecommended', line, ins.name);
        args = withShell(st, args);
      }
      if (ins.kind === 'cmd') {
        cfg.Cmd = args;
        st.cmdSet = true;
        history(st, `CMD ${goQuoteSlice(args)}`);
      } else {
        cfg.Entrypoint = args;
        if (!st.cmdSet) cfg.Cmd = null;
        history(st, `ENTRYPOINT ${goQuoteSlice(args)}`);
      }
      return true;
    }
    case 'healthcheck':
      usedOnce(ctx, st, 'healthcheck', ins);
      cfg.Healthcheck = { ...ins.health };
      history(st, `HEALTHCHECK ${goHealthcheck(ins.health)}`);
      return true;
    case 'expose': {
      const words = ins.ports.flatMap((p) => ctx.lexer.processWords(p, st.env));
      const ports = parsePorts(words);
      cfg.ExposedPorts = { ...(cfg.ExposedPorts ?? {}) };
      for (const p of ports) cfg.ExposedPorts[p] = {};
      history(st, `EXPOSE ${goSet(ports)}`);
      return true;
    }
    case 'user':
      cfg.User = ins.user;
      history(st, `USER ${ins.user}`);
      return true;
    case 'volume':
      cfg.Volumes = { ...(cfg.Volumes ?? {}) };
      for (const v of ins.volumes) {
        if (v === '') throw new DockerfileError('VOLUME specified can not be an empty string', ins.location);
        cfg.Volumes[v] = {};
      }
      history(st, `VOLUME ${goSlice(ins.volumes)}`);
      return true;
    case 'stopsignal':
      if (!validSignal(ins.signal)) throw new DockerfileError(`Invalid signal: ${ins.signal}`, ins.location);
      cfg.StopSignal = ins.signal;
      history(st, `STOPSIGNAL ${ins.signal}`);
      return true;
    case 'shell':
      cfg.Shell = [...ins.shell];
      history(st, `SHELL ${goSlice(ins.shell)}`);
      return true;
    case 'onbuild':
      cfg.OnBuild = [...(cfg.OnBuild ?? []), ins.expression];
      return true;
    default:
      return false;
  }
}
