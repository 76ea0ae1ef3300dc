/**
 * `docker logout [SERVER]`: `Removing login credentials for <host>` and the credentials erased
 * from the config file under every spelling docker ever stored them with.
 */
import { defineCommand, requiresMaxArgs } from '../../command';
import type { DockerEnv } from '../env';
import { configDir, eraseAuth, INDEX_SERVER, readConfig, writeConfig } from './credentials';
import { hostnameOf } from './login';

export const logout = defineCommand<DockerEnv>()({
  use: 'logout [SERVER]',
  short: 'Log out from a registry',
  long: 'Log out from a registry.\nIf no server is specified, the default is defined by the daemon.',
  args: requiresMaxArgs(1),
  at: [{ parent: '' }],
  complete: (ctx) => {
    const cfg = readConfig(ctx.io, `${ctx.io.env['HOME'] ?? '/home/learner'}/.docker`);
    const auths = cfg.data['auths'];
    return auths && typeof auths === 'object' ? Object.keys(auths) : [];
  },
  run(ctx, _o, args) {
    const server = args[0] ?? '';
    const isDefault = server === '';
    const host = isDefault ? INDEX_SERVER : hostnameOf(server);
    const keys = isDefault ? [INDEX_SERVER] : [server, host, `http://${host}`, `https://${host}`];
    ctx.out(`Removing login credentials for ${host}\n`);
    const cfg = readConfig(ctx.io, configDir(ctx));
    for (const k of keys) eraseAuth(cfg, k);
    writeConfig(ctx.io, cfg);
    return 0;
  },
});
