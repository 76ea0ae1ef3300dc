import { describe, expect, it } from 'vitest';
import { lessonCommands, quizCommands } from './extract';
import { toolSegments } from './shell-segments';

const texts = (script: string) => toolSegments(script).map((s) => s.text);

describe('toolSegments', () => {
  it('splits lists and pipelines and keeps only docker, kubectl and docker-compose commands', () => {
    expect(texts('cd ~/app && docker compose up -d; docker ps -a | grep web || echo none')).toEqual(['docker compose up -d', 'docker ps -a']);
    expect(texts('FOO=1 sudo docker info\nkubectl get pods\ndocker-compose up')).toEqual(['docker info', 'kubectl get pods', 'docker-compose up']);
  });

  it('judges a command substitution on its own and puts a placeholder in its place', () => {
    expect(texts('docker rm -f $(docker ps -aq --filter status=exited)')).toEqual(['docker rm -f placeholder', 'docker ps -aq --filter status=exited']);
  });

  it('replaces variables (a digest after @) and <placeholders>, and removes redirections', () => {
    expect(texts('docker run -d --name pinned "nginx@$DIGEST"')).toEqual([`docker run -d --name pinned "nginx@sha256:${'0'.repeat(64)}"`]);
    expect(texts('docker logs <container> 2>&1 > ~/out.txt')).toEqual(['docker logs placeholder']);
    expect(texts("docker inspect --format '{{.State.Pid}} $HOME' web >> log")).toEqual(["docker inspect --format '{{.State.Pid}} $HOME' web"]);
  });

  it('joins continuation lines, skips heredoc bodies and comments, and reads the invalid marker', () => {
    const script = "docker run -d \\\n  --name web nginx\ncat > compose.yaml <<'EOF'\ndocker run inside-heredoc\nEOF\n# docker ps in a comment\ndocker run --cpuset 1 alpine # check-commands: invalid";
    const segs = toolSegments(script);
    expect(segs.map((s) => [s.text, s.line, s.expectInvalid])).toEqual([
      ['docker run -d --name web nginx', 0, false],
      ['docker run --cpuset 1 alpine', 6, true],
    ]);
  });
});

describe('lessonCommands', () => {
  const lesson = [
    '---', 'title: t', '---', '', '```bash', 'docker ps', '```', '', '{/* check-commands: invalid */}', '```console',
    '$ docker run --bogus x', 'unknown flag: --bogus', '```', '', '```yaml exercise', 'goals: []', 'solution: docker run -d nginx',
    'nearMisses:', '  - docker run --cpuset 1 nginx  # check-commands: invalid', '```', '', '```yaml', 'image: docker run not-a-command', '```',
  ].join('\n');

  it('finds shell, console and exercise commands with their lines and markers, and nothing in other fences', () => {
    expect(lessonCommands('l.mdx', lesson).map((c) => [c.line, c.source, c.text, c.expectInvalid])).toEqual([
      [6, 'bash', 'docker ps', false],
      [11, 'console', 'docker run --bogus x', true],
      [17, 'exercise solution', 'docker run -d nginx', false],
      [19, 'exercise near miss', 'docker run --cpuset 1 nginx', true],
    ]);
  });

  it('lets a fence marked error hold rejected lines', () => {
    const c = lessonCommands('e.mdx', '```bash error\ndocker run --rm --restart always nginx\n```');
    expect(c.map((x) => [x.text, x.mayFail, x.expectInvalid])).toEqual([['docker run --rm --restart always nginx', true, false]]);
  });

  it('reports an exercise block that does not parse instead of skipping it', () => {
    const broken = '```yaml exercise\ngoals: [\n```';
    expect(lessonCommands('b.mdx', broken)[0]?.error).toMatch(/does not parse/);
  });
});

describe('quizCommands', () => {
  it('reads the type-the-command questions', () => {
    const bank = ['module: m', 'questions:', '  - id: q1', '    type: single', '  - id: q2', '    type: command', '    solution: docker volume create data', '    accept:', '      - docker volume create --driver local data'].join('\n');
    expect(quizCommands('q.yaml', bank).map((c) => [c.line, c.source, c.text])).toEqual([
      [7, 'quiz q2 solution', 'docker volume create data'],
      [9, 'quiz q2 accept', 'docker volume create --driver local data'],
    ]);
  });
});
