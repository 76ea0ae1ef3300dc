/**
 * `docker login` on a terminal without full credentials (cli/command/registry/login.go loginUser):
 *  - Docker Hub with neither user nor password: the web-based device login (internal/oauth/manager),
 *    which waits for a browser confirmation the simulated host cannot give: Ctrl+C cancels it;
 *    `DOCKER_CLI_DISABLE_OAUTH_LOGIN=1` skips it;
 *  - otherwise PromptUserForCredentials: `Username: ` (Docker Hub first prints its hints), then
 *    `Password: ` read without echo (the terminal's secret answer), then the login itself.
 * Each answer arrives as the learner's next line (ShellControl.ask), so every step after the first
 * collects its output and returns it as that line's result.
 */
import type { CommandContext, ProcessResult } from '../../../shell/types';
import { CliError } from '../../command';
import { note } from './push';

export const REGISTER_SUGGEST =
  "Log in with your Docker ID or email address to push and pull images from Docker Hub. If you don't have a Docker ID, head over to https://hub.docker.com/ to create one.";
export const PAT_SUGGEST =
  'You can log in with your password or a Personal Access Token (PAT). Using a limited-scope PAT grants better security and is required for organizations using SSO. Learn more at https://docs.docker.com/go/access-tokens/';

const BOLD = '\x1b[1m';
const UNDERLINE = '\x1b[4m';
const RESET = '\x1b[0m';

/** Where a step writes: the command's own streams first, then an answer's collected output. */
interface Writer {
  out(text: string): void;
  err(text: string): void;
}

class Collected implements Writer {
  private stdout = '';
  private stderr = '';
  out(text: string): void {
    this.stdout += text;
  }
  err(text: string): void {
    this.stderr += text;
  }
  result(exitCode: number): ProcessResult {
    return { stdout: this.stdout, stderr: this.stderr, exitCode };
  }
}

/** Go's strconv.ParseBool, with docker's fallback when the value is not a boolean. */
function envFlag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return fallback;
}

export interface PromptedLogin {
  /** The registry is Docker Hub (hints, PAT note, web-based login). */
  readonly hub: boolean;
  /** From -u / -p (empty: ask). */
  readonly user: string;
  readonly password: string;
  /** A stored user name offered as `Username (name): `. */
  readonly defaultUser: string;
  /** A code for the web-based login (`ABCD-EFGH`). */
  readonly deviceCode: string;
  /** Log in with the answers: writes docker's output, returns the exit status; throws CliError. */
  login(user: string, password: string, w: Writer): number;
}

/** Run one step, turning a CliError into its stderr text and status (as the executor would). */
function guarded(w: Writer, step: () => number): number {
  try {
    return step();
  } catch (e) {
    if (!(e instanceof CliError)) throw e;
    if (e.message !== '') w.err(e.message + '\n');
    return e.exitCode;
  }
}

/** Ask what is missing, then log in. Returns the status of the `docker login` line itself. */
export function promptLogin(io: CommandContext, p: PromptedLogin): number {
  const ask = io.shell.ask;
  if (!ask) throw new CliError('Error: Cannot perform an interactive login from a non TTY device');
  const self: Writer = { out: (t) => io.stdout(t), err: (t) => io.stderr(t) };
  if (p.hub && p.user === '' && p.password === '' && !envFlag(io.env['DOCKER_CLI_DISABLE_OAUTH_LOGIN'], false)) {
    return webLogin(io, p.deviceCode);
  }

  const password = (w: Writer, user: string): number => {
    if (p.password !== '') return p.login(user, p.password, w);
    if (p.hub) w.err(note(['A Personal Access Token (PAT) can be used instead.', `To create a PAT, visit ${UNDERLINE}https://app.docker.com/settings${RESET}`, '', '']));
    w.out('Password: ');
    ask((answer) => {
      const c = new Collected();
      c.out('\n');
      const pass = answer.trim();
      return c.result(guarded(c, () => (pass === '' ? fail('Error: Password Required') : p.login(user, pass, c))));
    }, { secret: true });
    return 0;
  };

  if (p.user !== '') return password(self, p.user);
  if (p.hub) {
    self.out(REGISTER_SUGGEST + '\n');
    if (envFlag(io.env['DOCKER_CLI_HINTS'], true)) self.out(PAT_SUGGEST + '\n\n');
  }
  self.out(p.defaultUser !== '' ? `Username (${p.defaultUser}): ` : 'Username: ');
  ask((answer) => {
    const c = new Collected();
    const user = answer.trim() || p.defaultUser;
    return c.result(guarded(c, () => (user === '' ? fail('Error: Non-null Username Required') : password(c, user))));
  });
  return 0;
}

function fail(message: string): never {
  throw new CliError(message);
}

/**
 * The device login's instructions (on stderr), then a wait for the browser that never confirms
 * here: the terminal stays with the command until Ctrl+C, which cancels the login.
 */
function webLogin(io: CommandContext, code: string): number {
  io.stderr(`${BOLD}\nUSING WEB-BASED LOGIN${RESET}\n`);
  io.stderr(note(["To sign in with credentials on the command line, use 'docker login -u <username>'", '']));
  io.stderr(`\nYour one-time device confirmation code is: ${BOLD}${code}\n${RESET}`);
  io.stderr(`${BOLD}Press ENTER${RESET} to open your browser or submit your device code here: ${UNDERLINE}https://login.docker.com/activate\n${RESET}`);
  io.stderr('\nWaiting for authentication in the browser…\n');
  io.shell.attach(() => ({ output: '\nlogin canceled\n', exitCode: 1 }));
  return 0;
}
