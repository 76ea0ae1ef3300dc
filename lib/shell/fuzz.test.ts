import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Session } from './session';
import { hostMachine } from './test-support';
import type { CommandFn } from './types';

/** Lines learners paste from tutorials and the course notes. */
const REAL_LINES = [
  'echo "Hello, Docker!"',
  'mkdir -p ~/app && cd ~/app',
  "cat > Dockerfile <<'EOF'\nFROM alpine:3.22\nRUN apk add --no-cache curl\nCMD [\"sh\"]\nEOF",
  'for service in $(docker service ls --format "{{.Name}}"); do docker service inspect $service > ${service}_backup.json; done',
  'tar -czvf swarm-backup.tar.gz /var/lib/docker/swarm',
  'docker run --rm -v my-volume:/source -v $(pwd):/backup alpine tar -czvf /backup/my-volume-backup.tar.gz /source',
  'echo "mysecretpassword" | docker secret create db_password -',
  'export DOCKER_CONTENT_TRUST=1',
  "docker ps --format '{{.Names}} {{.Image}}' | grep web | awk '{print $1}'",
  'if [ -f compose.yaml ]; then echo found; else echo missing; fi',
  'i=0; while [ $i -lt 3 ]; do i=$((i+1)); echo $i; done',
  "sed -i 's/80/8080/g' nginx.conf && grep -n listen nginx.conf",
  'ls -la | sort -k5 -n | tail -3',
  'printf "%s\\n" a b c | xargs -I{} echo item-{}',
  'case "$1" in start) echo go;; *) echo usage;; esac',
  'f() { local x=${1:-default}; echo "${x^^}"; }; f',
  'echo $(( $(seq 10 | wc -l) * 2 )) `date +%s`',
  'sudo apt-get update && sudo apt-get install -y curl',
  '[[ "$HOME" == /home/* ]] && echo home || echo elsewhere',
  'cat /etc/os-release | head -n 2 2>/dev/null >&2',
];

const fakeDocker: CommandFn = ctx => {
  ctx.stdout(`docker ${ctx.argv.slice(1).join(' ')}\n`);
  return 0;
};

function freshSession(): Session {
  return new Session({ machine: hostMachine({ commands: { docker: fakeDocker } }) });
}

const SNIPPETS = ['"', "'", '`', '$(', ')', '|', '||', '&&', ';', '&', '<<', '<<EOF\n', '\nEOF', '>', '2>&1', '{', '}', '${', '$((', '))', '\\', '\n', '#', '*', '?', '[', ']', '!', 'if ', 'then ', 'fi', 'do ', 'done', '(', 'case ', ' in ', ';;', 'esac', '$@', '~'];

type Mutation = { kind: 'drop' | 'dup'; at: number } | { kind: 'insert'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('dup' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...SNIPPETS) }),
);

function mutate(line: string, muts: Mutation[]): string {
  let s = line;
  for (const m of muts) {
    const at = s.length === 0 ? 0 : m.at % (s.length + 1);
    if (m.kind === 'drop') s = s.slice(0, at) + s.slice(at + 1);
    else if (m.kind === 'dup') s = s.slice(0, at) + s.slice(at, at + 1) + s.slice(at);
    else if (m.kind === 'insert') s = s.slice(0, at) + m.text + s.slice(at);
  }
  return s;
}

/** Runs one input and checks the session contract: no throw, a numeric exit code, time-bounded. */
function checkContract(session: Session, input: string): void {
  const t0 = performance.now();
  session.needsMore(input);
  const r = session.run(input);
  session.complete(input, input.length);
  session.prompt();
  const ms = performance.now() - t0;
  expect(Number.isInteger(r.exitCode) && r.exitCode >= 0 && r.exitCode <= 255).toBe(true);
  expect(typeof r.stdout).toBe('string');
  expect(r.stderr).not.toMatch(/internal error/);
  // Generous: the machine running the tests may be busy; the point is that nothing hangs.
  expect(ms).toBeLessThan(5000);
}

describe('fuzzing the session', () => {
  it('survives random garbage', () => {
    const session = freshSession();
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...SNIPPETS, 'a', 'b', ' ', '$x', '1', '=', '-', '.', '/'), maxLength: 40 }), input => {
        checkContract(session, input);
      }),
      { numRuns: 400, seed: 42 },
    );
  }, 60_000);

  it('survives arbitrary unicode', () => {
    const session = freshSession();
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), input => checkContract(session, input)), { numRuns: 300, seed: 7 });
  }, 60_000);

  it('survives mutated tutorial lines', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REAL_LINES), fc.array(mutation, { minLength: 1, maxLength: 4 }), (line, muts) => {
        checkContract(freshSession(), mutate(line, muts));
      }),
      { numRuns: 500, seed: 2024 },
    );
  }, 60_000);
});

describe('hostile inputs fail fast with an error', () => {
  it.each([
    ['a 100 KB line', 'echo ' + 'a'.repeat(100 * 1024), /^bash: input too long/],
    ['an unbalanced quote', 'echo "' + 'x'.repeat(5000), /^bash: unexpected EOF while looking for matching `"'/],
    ['200-deep $( ) nesting', 'echo ' + '$('.repeat(200) + 'echo deep' + ')'.repeat(200), /^bash: maximum nesting exceeded/],
    ['200-deep backticks', 'echo ' + '`echo '.repeat(200).replace(/`/g, '$(') + ')'.repeat(200), /^bash: maximum nesting exceeded/],
    ['an endless while loop', 'while true; do :; done', /loop stopped after 10000 iterations/],
    ['an endless until loop', 'until false; do echo x > /dev/null; done', /loop stopped after 10000 iterations/],
    ['endless recursion', 'f() { f; }; f', /nesting/],
    ['a fork bomb', ':(){ :|:& };:', /nesting|too many commands/],
    ['nested loops', 'for a in $(seq 1000); do for b in $(seq 1000); do :; done; done', /too many commands/],
    ['a huge brace expansion', 'echo {1..100000}{a,b} | wc -c', null],
  ])('%s', (_label, input, error) => {
    const session = freshSession();
    const t0 = performance.now();
    const r = session.run(input);
    expect(performance.now() - t0).toBeLessThan(8000);
    if (error) {
      expect(r.exitCode).not.toBe(0);
      expect(r.stderr).toMatch(error);
    }
    expect(session.run('echo still-alive').stdout).toBe('still-alive\n');
  });
});
