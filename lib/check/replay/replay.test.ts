import { describe, expect, it } from 'vitest';
import { goalSchema } from '../spec/goal-schema';
import { replay } from './replay';
import { SetupError } from './setup';

const goals = [
  goalSchema.parse({ id: 'running', type: 'container', name: 'web', state: 'running' }),
  goalSchema.parse({ id: 'page', type: 'container-file', container: 'web', path: '/usr/share/nginx/html/hi.txt', contains: 'hi' }),
];
const setup = { files: { 'site/hi.txt': 'hi\n' }, commands: ['docker run -d --name web nginx'] };

describe('replay', () => {
  it('runs the setup (files, then commands), then the answer, and checks every goal', () => {
    const result = replay({ setup, goals }, 'docker cp ~/site/hi.txt web:/usr/share/nginx/html/hi.txt');
    expect(result.passed).toBe(true);
    expect(result.commands).toEqual([{ line: 'docker cp ~/site/hi.txt web:/usr/share/nginx/html/hi.txt', exitCode: 0 }]);
    expect(result.session.machine.fs.stat('/home/learner/site/hi.txt')?.uid).toBe(1000);
  });

  it('keeps multi-line commands (heredocs) together and presses Ctrl+C when a command holds the terminal', () => {
    const result = replay({ goals: goals.slice(0, 1) }, "cat > run.sh <<'EOF'\ndocker run --name web nginx\nEOF\nsh run.sh");
    expect(result.commands.map((c) => c.line)).toEqual(["cat > run.sh <<'EOF'\ndocker run --name web nginx\nEOF", 'sh run.sh']);
    expect(result.session.prompt()).not.toBe('');
    expect(result.results[0]).toMatchObject({ met: false, detail: '`web` is exited' });
  });

  it('answers answer goals with what the simulator says, so only the commands are under test', () => {
    const ip = goalSchema.parse({ id: 'ip', type: 'answer', prompt: 'IP?', expect: { containerIp: 'web' } });
    expect(replay({ goals: [ip] }, 'docker run -d --name web nginx').passed).toBe(true);
    expect(replay({ goals: [ip] }, 'true').passed).toBe(false);
  });

  it('reports a failing setup step as the exercise author’s bug', () => {
    expect(() => replay({ setup: { commands: ['docker run -d --name web nginx:no-such-tag'] }, goals }, 'true')).toThrow(SetupError);
    expect(() => replay({ setup: { commands: ['docker run -d --name web nginx:no-such-tag'] }, goals }, 'true')).toThrow(/setup step `docker run -d --name web nginx:no-such-tag` failed: [\s\S]*manifest for nginx:no-such-tag not found/);
  });
});
