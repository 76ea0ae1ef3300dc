/**
 * The local time zone a program sees: `TZ` (`Europe/Paris`, `:Europe/Paris` or a file path) when
 * the machine has that zone's file under /usr/share/zoneinfo (installed by tzdata), else UTC —
 * `docker run -e TZ=Europe/Paris alpine date` stays in UTC until `apk add tzdata`.
 */
import { ZONEINFO_DIR, zoneAt, type ZoneAt } from '../../sim/fs/zoneinfo';
import type { ShellCommandContext } from '../context';

export function localZone(ctx: ShellCommandContext, ms: number): ZoneAt | undefined {
  const tz = (ctx.env['TZ'] ?? '').replace(/^:/, '');
  if (tz === '') return undefined;
  const path = tz.startsWith('/') ? tz : `${ZONEINFO_DIR}/${tz}`;
  const name = path.startsWith(ZONEINFO_DIR + '/') ? path.slice(ZONEINFO_DIR.length + 1) : null;
  if (name === null || ctx.fs.stat(path)?.type !== 'file') return undefined;
  return zoneAt(name, ms) ?? undefined;
}
