import { describe, expect, it } from 'vitest';
import { DockerfileError, parseDockerfile, warningShort, type Instruction } from './index';

const parse = (text: string) => parseDockerfile(text);
const cmds = (text: string) => parse(text).stages.flatMap((s) => s.commands);
const first = (text: string): Instruction => cmds(text)[0]!;

function failure(text: string): { message: string; lines: number[] } {
  try {
    parse(text);
  } catch (e) {
    if (e instanceof DockerfileError) return { message: e.message, lines: e.ranges.map((r) => r.start) };
    throw e;
  }
  throw new Error('expected a parse failure');
}

describe('instructions', () => {
  it('FROM with platform and stage name', () => {
    const { stages } = parse('FROM --platform=linux/amd64 golang:1.22 AS Build\nFROM alpine\n');
    expect(stages.map((s) => [s.baseName, s.name, s.platform])).toEqual([
      ['golang:1.22', 'build', 'linux/amd64'],
      ['alpine', '', ''],
    ]);
  });

  it.each([
    ['RUN apk add --no-cache curl', { cmdLine: ['apk add --no-cache curl'], prependShell: true }],
    ['RUN ["echo", "hi there"]', { cmdLine: ['echo', 'hi there'], prependShell: false }],
    ['RUN ["echo", \'x\']', { cmdLine: ['["echo", \'x\']'], prependShell: true }],
    ['RUN --mount=type=cache,target=/root/.cache --network=none pip install -r r.txt', { mounts: ['type=cache,target=/root/.cache'], network: 'none', cmdLine: ['pip install -r r.txt'] }],
  ])('%s', (line, want) => {
    expect(first(`FROM alpine\n${line}\n`)).toMatchObject({ kind: 'run', ...want });
  });

  it('CMD and ENTRYPOINT in both forms', () => {
    const [cmd, ep, empty] = cmds('FROM alpine\nCMD ["nginx", "-g", "daemon off;"]\nENTRYPOINT node server.js\nENTRYPOINT []\n');
    expect(cmd).toMatchObject({ kind: 'cmd', cmdLine: ['nginx', '-g', 'daemon off;'], prependShell: false });
    expect(ep).toMatchObject({ kind: 'entrypoint', cmdLine: ['node server.js'], prependShell: true });
    expect(empty).toMatchObject({ kind: 'entrypoint', cmdLine: null });
  });

  it('ENV and LABEL in key=value and legacy forms', () => {
    const [a, b, c] = cmds('FROM alpine\nENV A=1 B="two words" C=\nENV LEGACY value with spaces\nLABEL org.opencontainers.image.title="My app" version=1.0\n');
    expect(a).toMatchObject({ kind: 'env', env: [{ key: 'A', value: '1', noDelim: false }, { key: 'B', value: '"two words"' }, { key: 'C', value: '' }] });
    expect(b).toMatchObject({ kind: 'env', env: [{ key: 'LEGACY', value: 'value with spaces', noDelim: true }] });
    expect(c).toMatchObject({ kind: 'label', labels: [{ key: 'org.opencontainers.image.title', value: '"My app"' }, { key: 'version', value: '1.0' }] });
  });

  it('COPY and ADD flags, JSON form and heredoc sources', () => {
    const [c, a, j, h] = cmds('FROM alpine\nCOPY --from=build --chown=node:node --chmod=755 --link /app/dist /srv\nADD --checksum=sha256:abc https://example.com/a.tgz /tmp/\nCOPY ["my file.txt", "/dest/"]\nCOPY <<EOF /etc/motd\nhello $USER\nEOF\n');
    expect(c).toMatchObject({ kind: 'copy', from: 'build', chown: 'node:node', chmod: '755', link: true, files: { sources: ['/app/dist'], dest: '/srv' } });
    expect(a).toMatchObject({ kind: 'add', checksum: 'sha256:abc', files: { sources: ['https://example.com/a.tgz'], dest: '/tmp/' } });
    expect(j).toMatchObject({ files: { sources: ['my file.txt'], dest: '/dest/' } });
    expect(h).toMatchObject({ files: { sources: [], contents: [{ path: 'EOF', data: 'hello $USER\n', expand: true }], dest: '/etc/motd' } });
  });

  it('RUN heredocs keep their bodies, quoted markers disable expansion, <<- chomps tabs', () => {
    const [r1, r2] = cmds("FROM alpine\nRUN <<EOF\napk add curl\necho done\nEOF\nCOPY <<-'EOT' /x\n\tliteral $X\n\tEOT\n");
    expect(r1).toMatchObject({ kind: 'run', cmdLine: ['<<EOF'], files: [{ name: 'EOF', data: 'apk add curl\necho done\n', chomp: false }] });
    expect(r2).toMatchObject({ files: { contents: [{ path: 'EOT', data: 'literal $X\n', expand: false }] } });
  });

  it('HEALTHCHECK options, CMD-SHELL and NONE', () => {
    const [h, n] = cmds('FROM nginx\nHEALTHCHECK --interval=30s --timeout=3s --start-period=1m30s --retries=3 CMD curl -f http://localhost/ || exit 1\nHEALTHCHECK NONE\n');
    expect(h).toMatchObject({ health: { Test: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'], Interval: 30e9, Timeout: 3e9, StartPeriod: 90e9, Retries: 3 } });
    expect(n).toMatchObject({ health: { Test: ['NONE'] } });
  });

  it('EXPOSE (sorted), VOLUME, USER, WORKDIR, STOPSIGNAL, SHELL, ONBUILD, ARG, MAINTAINER', () => {
    const list = cmds('ARG VERSION=3.19\nFROM alpine:${VERSION}\nEXPOSE 8080/udp 443 80\nVOLUME ["/data", "/logs"]\nUSER node\nWORKDIR /app\nSTOPSIGNAL SIGQUIT\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nONBUILD COPY . /app/src\nARG NAME TAG=latest\nMAINTAINER Jane <jane@example.com>\n');
    expect(list.map((c) => c.kind)).toEqual(['expose', 'volume', 'user', 'workdir', 'stopsignal', 'shell', 'onbuild', 'arg', 'maintainer']);
    expect(list[0]).toMatchObject({ ports: ['443', '80', '8080/udp'] });
    expect(list[1]).toMatchObject({ volumes: ['/data', '/logs'] });
    expect(list[5]).toMatchObject({ shell: ['/bin/bash', '-o', 'pipefail', '-c'] });
    expect(list[6]).toMatchObject({ expression: 'COPY . /app/src' });
    expect(list[7]).toMatchObject({ args: [{ key: 'NAME' }, { key: 'TAG', value: 'latest' }] });
  });

  it('ARG before FROM is a global ARG', () => {
    const d = parse('ARG BASE=alpine\nFROM ${BASE}\n');
    expect(d.metaArgs[0]).toMatchObject({ args: [{ key: 'BASE', value: 'alpine' }] });
  });
});

describe('lines, comments, directives', () => {
  it('joins continuations, skips comments inside them, tracks lines', () => {
    const { stages } = parse('FROM alpine\nRUN apk add \\\n    # a comment\n    curl \\\n    git\n');
    const run = stages[0]!.commands[0]!;
    expect(run).toMatchObject({ cmdLine: ['apk add     curl     git'], location: [{ start: 2 }, { start: 3 }, { start: 4 }, { start: 5 }] });
  });

  it('# escape=` makes the backtick the continuation character', () => {
    expect(first('# escape=`\nFROM alpine\nRUN echo a `\n  b\n')).toMatchObject({ cmdLine: ['echo a   b'] });
    expect(parse('# escape=`\nFROM alpine\n').escape).toBe('`');
  });

  it('directives only count at the top', () => {
    const d = parse('# syntax=docker/dockerfile:1\n# check=skip=JSONArgsRecommended\nFROM alpine\n# escape=`\nCMD echo\n');
    expect(d.syntax).toBe('docker/dockerfile:1');
    expect(d.escape).toBe('\\');
    expect(d.warnings).toEqual([]);
  });

  it('warnings: empty continuation, maintainer, casing', () => {
    const d = parse('from alpine AS Build\nRUN echo a \\\n\n  b\nMAINTAINER me\n');
    expect(d.warnings.map(warningShort)).toEqual([
      'NoEmptyContinuation: Empty continuation line (line 4)',
      "StageNameCasing: Stage name 'Build' should be lowercase (line 1)",
      "FromAsCasing: 'AS' and 'from' keywords' casing do not match (line 1)",
      'MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label (line 5)',
      "ConsistentInstructionCasing: Command 'from' should match the case of the command majority (uppercase) (line 1)",
    ]);
  });
});

describe('errors, worded as BuildKit', () => {
  it.each([
    ['FROM alpine\nRUNN echo hi\n', 'dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)', [2]],
    ['FROM alpine\ncopyy . .\n', 'dockerfile parse error on line 2: unknown instruction: copyy (did you mean copy?)', [2]],
    ['FROM alpine\nFOO bar\n', 'dockerfile parse error on line 2: unknown instruction: FOO (did you mean FROM?)', [2]],
    ['FROM alpine\nBOGUS bar\n', 'dockerfile parse error on line 2: unknown instruction: BOGUS', [2]],
    ['FROM alpine AS\n', 'dockerfile parse error on line 1: FROM requires either one or three arguments', [1]],
    ['FROM\n', 'dockerfile parse error on line 1: FROM requires either one or three arguments', [1]],
    ['FROM alpine AS 1st\n', 'dockerfile parse error on line 1: invalid name for build stage: "1st", name can\'t start with a number or contain symbols', [1]],
    ['FROM alpine\nCOPY app.js\n', 'dockerfile parse error on line 2: COPY requires at least two arguments, but only one was provided. Destination could not be determined', [2]],
    ['FROM alpine\nADD x\n', 'dockerfile parse error on line 2: ADD requires at least two arguments, but only one was provided. Destination could not be determined', [2]],
    ['FROM alpine\nWORKDIR\n', 'dockerfile parse error on line 2: WORKDIR requires exactly one argument', [2]],
    ['FROM alpine\nUSER\n', 'dockerfile parse error on line 2: USER requires exactly one argument', [2]],
    ['FROM alpine\nEXPOSE\n', 'dockerfile parse error on line 2: EXPOSE requires at least one argument', [2]],
    ['FROM alpine\nENV\n', 'dockerfile parse error on line 2: ENV requires at least one argument', [2]],
    ['FROM alpine\nARG\n', 'dockerfile parse error on line 2: ARG requires at least one argument', [2]],
    ['FROM alpine\nARG =x\n', 'dockerfile parse error on line 2: ARG names can not be blank', [2]],
    ['FROM alpine\nVOLUME\n', 'dockerfile parse error on line 2: VOLUME requires at least one argument', [2]],
    ['FROM alpine\nSHELL /bin/bash -c\n', 'dockerfile parse error on line 2: SHELL requires the arguments to be in JSON form', [2]],
    ['FROM alpine\nONBUILD ONBUILD RUN x\n', 'dockerfile parse error on line 2: Chaining ONBUILD via `ONBUILD ONBUILD` isn\'t allowed', [2]],
    ['FROM alpine\nONBUILD FROM x\n', "dockerfile parse error on line 2: FROM isn't allowed as an ONBUILD trigger", [2]],
    ['FROM alpine\nHEALTHCHECK NONE x\n', 'dockerfile parse error on line 2: HEALTHCHECK NONE takes no arguments', [2]],
    ['FROM alpine\nHEALTHCHECK CMD\n', 'dockerfile parse error on line 2: Missing command after HEALTHCHECK CMD', [2]],
    ['FROM alpine\nHEALTHCHECK TEST x\n', 'dockerfile parse error on line 2: Unknown type "TEST" in HEALTHCHECK (try CMD)', [2]],
    ['FROM alpine\nHEALTHCHECK --interval=1us CMD x\n', 'dockerfile parse error on line 2: Interval "interval" cannot be less than 1ms', [2]],
    ['FROM alpine\nHEALTHCHECK --retries=-1 CMD x\n', 'dockerfile parse error on line 2: --retries cannot be negative (-1)', [2]],
    ['FROM alpine\nCOPY --form=build a b\n', 'dockerfile parse error on line 2: unknown flag: --form (did you mean from?)', [2]],
    ['FROM alpine\nCOPY --from a b\n', 'dockerfile parse error on line 2: missing a value on flag: --from', [2]],
    ['FROM alpine\nCOPY --link=maybe a b\n', 'dockerfile parse error on line 2: expecting boolean value for flag --link, not: maybe', [2]],
    ['FROM alpine\nCOPY --from=a --from=b a b\n', 'dockerfile parse error on line 2: duplicate flag specified: --from', [2]],
    ['FROM alpine\nRUN --network=bridge true\n', 'dockerfile parse error on line 2: invalid network mode "bridge"', [2]],
    ['FROM alpine\nRUN [1, 2]\n', 'when using JSON array syntax, arrays must be comprised of strings only', [2]],
    ['FROM alpine\nENV FOO\n', 'ENV must have two arguments', [2]],
    ['FROM alpine\nENV A=1 B\n', 'Syntax error - can\'t find = in "B". Must be of the form: name=value', [2]],
    ['RUN echo hi\n', 'no build stage in current context', [1]],
    ['# only a comment\n\n', 'file with no instructions', [2]],
    ['', 'the Dockerfile cannot be empty', []],
    ['FROM alpine\nRUN <<EOF\necho hi\n', 'unterminated heredoc', [2, 3]],
    ['# escape=x\nFROM alpine\n', "invalid escape token 'x' does not match ` or \\", [0]],
    ['ARG X=1\n', 'dockerfile contains no stages to build', []],
  ])('%j', (text, message, lines) => {
    expect(failure(text)).toEqual({ message, lines });
  });
});
