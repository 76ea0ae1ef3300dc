/**
 * Package managers and toolchains available inside RUN steps — apk, npm, pip, go — and, through
 * the host wiring (`Runtime.toolsFor`), inside containers. They print short plausible output,
 * write marker files (node_modules/<pkg>/package.json, /usr/bin/curl…) and let time pass.
 * Tools only exist where the image has the program (no `npm` in alpine, no `apk` in debian).
 */
import type { CommandFn } from '../../../shell/types';
import type { FileSystem } from '../../fs/types';
import { apkCommand } from './apk';
import type { ToolEnv } from './env';
import { goCommand } from './go';
import { npmCommand } from './npm';
import { pipCommand } from './pip';

export { recordingEnv, type ToolEnv } from './env';

/** Program name → where an image keeps it. */
const WHERE: Record<string, readonly string[]> = {
  apk: ['/sbin/apk'],
  npm: ['/usr/local/bin/npm', '/usr/bin/npm'],
  pip: ['/usr/local/bin/pip', '/usr/bin/pip'],
  pip3: ['/usr/local/bin/pip3', '/usr/bin/pip3'],
  go: ['/usr/local/go/bin/go', '/usr/bin/go'],
};

/** What /bin/sh prints for a missing program: BusyBox ash or Debian's dash. */
function notFound(fs: FileSystem, name: string): string {
  return fs.stat('/bin/busybox') ? `/bin/sh: ${name}: not found\n` : `/bin/sh: 1: ${name}: not found\n`;
}

/**
 * The tools, each present only when its program exists on the machine at the time it runs
 * (so `apk add npm && npm ci` works, and `npm` in plain alpine is "not found").
 */
export function packageTools(env: ToolEnv): Record<string, CommandFn> {
  const make: Record<string, CommandFn> = { apk: apkCommand(env), npm: npmCommand(env), pip: pipCommand(env), pip3: pipCommand(env), go: goCommand(env) };
  const out: Record<string, CommandFn> = {};
  for (const [name, paths] of Object.entries(WHERE)) {
    const tool = make[name]!;
    out[name] = (ctx) => {
      if (paths.some((p) => ctx.fs.stat(p) !== null)) return tool(ctx);
      ctx.stderr(notFound(ctx.fs, name));
      return 127;
    };
  }
  return out;
}
