/**
 * `docker login [SERVER]` (cli/command/registry/login.go): flag checks, the `--password` warning,
 * `--password-stdin`, stored credentials reused when no flags are given, the daemon's check of
 * the registry, the credential store (with its "stored unencrypted" warning) and `Login Succeeded`.
 * Missing credentials are asked on the terminal (./login-prompt.ts); with stdin not a terminal
 * they get docker's non-TTY error.
 */
import { EngineError, registryLogin } from '../../../sim/index';
import { CliError, defineCommand, f, requiresMaxArgs } from '../../command';
import { daemonMessage, type DockerEnv } from '../env';
import { configDir, getAuth, INDEX_SERVER, readConfig, storeAuth } from './credentials';
import { note } from './push';
import { promptLogin } from './login-prompt';
import { stdinIsTerminal } from '../container/terminal';

const unencrypted = (path: string) => `\nWARNING! Your credentials are stored unencrypted in '${path}'.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/\n\n`;

/** A web-login confirmation code (`ABCD-EFGH`), the same for the same simulated moment. */
function deviceCode(seed: number): string {
  let x = (seed ^ 0x9e3779b9) >>> 0;
  let code = '';
  for (let i = 0; i < 8; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    code += (i === 4 ? '-' : '') + String.fromCharCode(65 + ((x >>> 16) % 26));
  }
  return code;
}

/** ConvertToHostname: `https://host:5000/path` → `host:5000`. */
export function hostnameOf(server: string): string {
  return server.replace(/^https?:\/\//, '').split('/')[0]!;
}

export const login = defineCommand<DockerEnv>()({
  use: 'login [OPTIONS] [SERVER]',
  short: 'Authenticate to a registry',
  long: 'Authenticate to a registry.\nDefaults to Docker Hub if no server is specified.',
  args: requiresMaxArgs(1),
  at: [{ parent: '' }],
  flags: {
    username: f.string({ short: 'u', usage: 'Username' }),
    password: f.string({ short: 'p', usage: 'Password or Personal Access Token (PAT)' }),
    passwordStdin: f.bool({ usage: 'Take the Password or Personal Access Token (PAT) from stdin' }),
  },
  complete: () => [],
  run(ctx, o, args) {
    if (ctx.changed('password-stdin')) {
      if (ctx.changed('password')) throw new CliError('conflicting options: cannot specify both --password and --password-stdin');
      if (!ctx.changed('username')) throw new CliError('the --password-stdin option requires --username to be set');
    }
    if (ctx.changed('username') && o.username === '') throw new CliError('username is empty');
    if (ctx.changed('password') && o.password === '') throw new CliError('password is empty');
    let password = o.password;
    if (password !== '') ctx.err('WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n');
    if (o.passwordStdin) password = ctx.io.stdin.replace(/\n$/, '').replace(/\r$/, '');
    const server = args[0] && args[0] !== 'docker.io' ? args[0] : INDEX_SERVER;
    const key = server === INDEX_SERVER ? INDEX_SERVER : hostnameOf(server);
    const cfg = readConfig(ctx.io, configDir(ctx));
    const eng = ctx.env.eng;
    const attempt = (username: string, pass: string) => {
      try {
        return registryLogin(eng, key, { username, password: pass });
      } catch (e) {
        if (e instanceof EngineError) throw new CliError(daemonMessage(e));
        throw e;
      }
    };
    const stored = o.username === '' && password === '' ? getAuth(cfg, key) : undefined;
    if (stored && stored.username !== '' && stored.password !== '') {
      ctx.err(`Authenticating with existing credentials... [Username: ${stored.username}]\n`);
      ctx.err(note(["To login with a different account, run 'docker logout' followed by 'docker login'"]) + '\n\n');
      ctx.out(attempt(stored.username, stored.password).status + '\n');
      return 0;
    }
    const login = (username: string, pass: string, w: { out(t: string): void; err(t: string): void }) => {
      const { status } = attempt(username, pass);
      if (storeAuth(ctx.io, cfg, key, { username, password: pass })) w.err(unencrypted(cfg.path));
      w.out(status + '\n');
      return 0;
    };
    const username = o.username.trim();
    password = password.trim();
    if (username !== '' && password !== '') return login(username, password, { out: ctx.out, err: ctx.err });
    if (!stdinIsTerminal(ctx.io)) throw new CliError('Error: Cannot perform an interactive login from a non TTY device');
    const hub = key === INDEX_SERVER;
    return promptLogin(ctx.io, { hub, user: username, password, defaultUser: getAuth(cfg, key)?.username ?? '', deviceCode: deviceCode(eng.world.clock), login });
  },
});
