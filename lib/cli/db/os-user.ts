/** The name of the user a client runs as (libpq's and mysql's default user): /proc/self/status's uid in /etc/passwd. */
import type { CommandContext } from '../../shell/types';

export function osUser(ctx: CommandContext): string {
  try {
    const uid = /^Uid:\s+(\d+)/m.exec(ctx.fs.readFile('/proc/self/status'))?.[1];
    if (uid === undefined) return ctx.env['USER'] ?? 'root';
    const entry = ctx.fs.readFile('/etc/passwd').split('\n').find((l) => l.split(':')[2] === uid);
    return entry?.split(':')[0] ?? ctx.env['USER'] ?? 'root';
  } catch {
    return ctx.env['USER'] ?? 'root';
  }
}
