/**
 * Test doubles for the engine's injected behaviour. Not used in production wiring: the CLI
 * supplies the real ProcessRunner (the shell). The fake understands just enough commands for
 * engine tests (echo, true, false, exit, cat, sleep, touch, rm, sh -c 'a; b').
 */
import type { Machine } from '../shell/types';
import type { ProcessIO, ProcessResult, ProcessRunner } from './core/engine';

export const fakeRunner: ProcessRunner = (machine, argv, io) => runArgv(machine, [...argv], io);

function runArgv(m: Machine, argv: string[], io: ProcessIO): ProcessResult {
  const ok = (stdout = ''): ProcessResult => ({ stdout, stderr: '', exitCode: 0 });
  const [cmd, ...args] = argv;
  const name = (cmd ?? '').split('/').pop() ?? '';
  switch (name) {
    case 'echo':
      return ok(args.join(' ') + '\n');
    case 'true':
    case ':':
      return ok();
    case 'false':
      return { stdout: '', stderr: '', exitCode: 1 };
    case 'exit':
      return { stdout: '', stderr: '', exitCode: Number(args[0] ?? 0) };
    case 'cat':
      try {
        return ok(args.map((a) => m.fs.readFile(a)).join(''));
      } catch {
        return { stdout: '', stderr: `cat: ${args[0]}: No such file or directory\n`, exitCode: 1 };
      }
    case 'sleep':
      m.clock.advance(Number(args[0] ?? 0) * 1000);
      return ok();
    case 'touch':
      for (const a of args) m.fs.writeFile(a, '', { append: true });
      return ok();
    case 'write':
      m.fs.writeFile(args[0]!, args.slice(1).join(' '));
      return ok();
    case 'rm':
      for (const a of args.filter((x) => !x.startsWith('-'))) m.fs.rm(a, { recursive: true, force: true });
      return ok();
    case 'printenv':
      return ok(args.map((k) => (io.env?.[k] ?? m.env[k] ?? '') + '\n').join(''));
    case 'hostname':
      return ok(m.hostname + '\n');
    case 'sh':
    case 'bash':
      if (args[0] === '-c') return runScript(m, args[1] ?? '', io);
      return ok();
    default:
      return { stdout: '', stderr: `sh: ${name}: not found\n`, exitCode: 127 };
  }
}

function runScript(m: Machine, script: string, io: ProcessIO): ProcessResult {
  const out: ProcessResult = { stdout: '', stderr: '', exitCode: 0 };
  for (const part of script.split(';')) {
    const words = part.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const r = runArgv(m, words, io);
    out.stdout += r.stdout;
    out.stderr += r.stderr;
    out.exitCode = r.exitCode;
    if (words[0] === 'exit') break;
  }
  return out;
}
