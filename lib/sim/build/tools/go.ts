/**
 * The Go toolchain for RUN steps in golang images: `go version`, `go mod download` (modules go
 * to $GOPATH/pkg/mod), `go build [-o out] [pkg]` (a static binary, runnable by name in a later
 * stage), `go test`.
 */
import type { CommandContext, CommandFn } from '../../../shell/types';
import { installBinary, writeSized, type ToolEnv } from './env';

const join = (dir: string, name: string) => (dir === '/' ? `/${name}` : `${dir}/${name}`);

function findModule(ctx: CommandContext): string | null {
  for (let dir = ctx.cwd; ; dir = dir.slice(0, dir.lastIndexOf('/')) || '/') {
    try {
      const text = ctx.fs.readFile(join(dir, 'go.mod'));
      return /^module\s+(\S+)/m.exec(text)?.[1] ?? 'app';
    } catch {
      if (dir === '/') return null;
    }
  }
}

function requires(ctx: CommandContext): string[] {
  try {
    const text = ctx.fs.readFile(join(ctx.cwd, 'go.mod'));
    return [...text.matchAll(/^\s*(?:require\s+)?([a-z0-9.-]+\.[a-z]+\/\S+)\s+(v\S+)/gm)].map((m) => `${m[1]}@${m[2]}`);
  } catch {
    return [];
  }
}

export function goCommand(env: ToolEnv): CommandFn {
  return (ctx) => {
    const [cmd, ...rest] = ctx.argv.slice(1);
    if (cmd === 'version') {
      ctx.stdout(`go version go${ctx.env['GOLANG_VERSION'] ?? '1.25.0'} linux/amd64\n`);
      return 0;
    }
    const mod = findModule(ctx);
    if (cmd === 'mod' || cmd === 'build' || cmd === 'test') {
      if (mod === null) {
        ctx.stderr("go: go.mod file not found in current directory or any parent directory; see 'go help modules'\n");
        return 1;
      }
    }
    const gopath = ctx.env['GOPATH'] ?? '/go';
    if (cmd === 'mod' && rest[0] === 'download') {
      if (!env.network) {
        ctx.stderr('go: github.com/example: Get "https://proxy.golang.org/": dial tcp: lookup proxy.golang.org on 127.0.0.11:53: no such host\n');
        return 1;
      }
      for (const r of requires(ctx)) writeSized(env, ctx.fs, `${gopath}/pkg/mod/cache/download/${r.replace('@', '/@v/')}.zip`, r + '\n', 900_000);
      env.advance(1_800);
      return 0;
    }
    if (cmd === 'build') {
      const oi = rest.indexOf('-o');
      const pkg = rest.filter((a, i) => !a.startsWith('-') && i !== oi + 1).pop() ?? '.';
      const base = pkg === '.' ? (mod ?? 'app').split('/').pop()! : pkg.replace(/\/+$/, '').split('/').pop()!;
      const out = oi >= 0 ? rest[oi + 1]! : base;
      let path = out.startsWith('/') ? out : join(ctx.cwd, out);
      if (ctx.fs.stat(path)?.type === 'dir' || out.endsWith('/')) path = join(path.replace(/\/+$/, ''), base);
      env.advance(3_500);
      installBinary(env, ctx.fs, path, base, 8_400_000);
      return 0;
    }
    if (cmd === 'test') {
      ctx.stdout(`ok  \t${mod}\t0.012s\n`);
      env.advance(2_000);
      return 0;
    }
    ctx.stderr(`go ${cmd ?? ''}: unknown command\nRun 'go help' for usage.\n`);
    return 2;
  };
}
