/** `docker login` asking on the terminal: each answer is the learner's next line. */
import { describe, expect, it } from 'vitest';
import { dockerSession } from '../image/testing/docker-session';

const UNENCRYPTED = "\nWARNING! Your credentials are stored unencrypted in '/home/learner/.docker/config.json'.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/\n\n";
const PAT_NOTE = '\n Info -> A Personal Access Token (PAT) can be used instead.\n         To create a PAT, visit \x1b[4mhttps://app.docker.com/settings\x1b[0m\n         \n         \n';

function withRegistry() {
  const d = dockerSession();
  d.setup('docker run -d -p 5000:5000 --name registry registry:2');
  return d;
}

describe('docker login on a terminal', () => {
  it('asks Username, then Password (a secret answer), then logs in and stores the credential', () => {
    const d = withRegistry();
    expect(d.run('docker login localhost:5000')).toEqual({ stdout: 'Username: ', stderr: '', exit: 0 });
    expect(d.session.asking?.()).toEqual({ secret: false });
    expect(d.run('  alice ')).toEqual({ stdout: 'Password: ', stderr: '', exit: 0 });
    expect(d.session.asking?.()).toEqual({ secret: true });
    expect(d.run('s3cret')).toEqual({ stdout: '\nLogin Succeeded\n', stderr: UNENCRYPTED, exit: 0 });
    expect(d.run('grep -A1 localhost:5000 ~/.docker/config.json').stdout).toContain(`"auth": "${btoa('alice:s3cret')}"`);
    expect(d.session.history()).not.toContain('s3cret');
  });

  it('with -u asks only the password; Docker Hub adds the PAT note on stderr', () => {
    const d = dockerSession();
    expect(d.run('docker login -u learner')).toEqual({ stdout: 'Password: ', stderr: PAT_NOTE, exit: 0 });
    expect(d.run('tok3n')).toEqual({ stdout: '\nLogin Succeeded\n', stderr: UNENCRYPTED, exit: 0 });
    expect(d.run('docker login -u learner localhost:5000').stderr).toBe('');
  });

  it('an empty user name or password is refused with docker wording', () => {
    const d = withRegistry();
    d.run('docker login localhost:5000');
    expect(d.run('')).toEqual({ stdout: '', stderr: 'Error: Non-null Username Required\n', exit: 1 });
    d.run('docker login localhost:5000');
    d.run('alice');
    expect(d.run('')).toEqual({ stdout: '\n', stderr: 'Error: Password Required\n', exit: 1 });
    expect(d.run('cat ~/.docker/config.json').exit).toBe(1);
  });

  it('a registry that does not answer fails after the questions, as the daemon is asked last', () => {
    const d = dockerSession();
    d.run('docker login localhost:5000');
    d.run('alice');
    const r = d.run('pw');
    expect(r.exit).toBe(1);
    expect(r.stderr).toMatch(/^Error response from daemon: Get "http:\/\/localhost:5000\/v2\/": dial tcp 127\.0\.0\.1:5000: connect: connection refused\n$/);
  });

  it('Docker Hub without credentials starts the web-based login, which Ctrl+C cancels', () => {
    const d = dockerSession();
    const r = d.run('docker login');
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^\x1b\[1m\nUSING WEB-BASED LOGIN\x1b\[0m\n\n Info -> To sign in with credentials on the command line, use 'docker login -u <username>'\n {9}\n\nYour one-time device confirmation code is: \x1b\[1m[A-Z]{4}-[A-Z]{4}\n\x1b\[0m\x1b\[1mPress ENTER\x1b\[0m to open your browser or submit your device code here: \x1b\[4mhttps:\/\/login\.docker\.com\/activate\n\x1b\[0m\nWaiting for authentication in the browser…\n$/);
    expect(d.session.prompt()).toBe('');
    const c = d.session.interrupt();
    expect({ out: c.stdout, code: c.exitCode }).toEqual({ out: '^C\nlogin canceled\n', code: 1 });
  });

  it('DOCKER_CLI_DISABLE_OAUTH_LOGIN=1 asks for Docker Hub credentials with its hints', () => {
    const d = dockerSession();
    const r = d.run('DOCKER_CLI_DISABLE_OAUTH_LOGIN=1 docker login');
    expect(r.stdout).toBe(
      "Log in with your Docker ID or email address to push and pull images from Docker Hub. If you don't have a Docker ID, head over to https://hub.docker.com/ to create one.\n" +
        'You can log in with your password or a Personal Access Token (PAT). Using a limited-scope PAT grants better security and is required for organizations using SSO. Learn more at https://docs.docker.com/go/access-tokens/\n\nUsername: ',
    );
    expect(d.run('learner')).toEqual({ stdout: 'Password: ', stderr: PAT_NOTE, exit: 0 });
    expect(d.run('pw').stdout).toBe('\nLogin Succeeded\n');
    expect(d.run('DOCKER_CLI_HINTS=false DOCKER_CLI_DISABLE_OAUTH_LOGIN=1 docker logout >/dev/null; DOCKER_CLI_HINTS=false DOCKER_CLI_DISABLE_OAUTH_LOGIN=1 docker login').stdout).toMatch(/create one\.\nUsername: $/);
  });
});
