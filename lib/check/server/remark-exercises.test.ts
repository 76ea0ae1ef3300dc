import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLesson } from '../../content/server/compile-lesson';
import { exercisesIn } from './discover';
import { lessonKeyOf } from './remark-exercises';

const FILE = 'content/02-demo/01-first.mdx';

async function lesson(body: string): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'exercises-'));
  await mkdir(path.join(root, 'content/02-demo'), { recursive: true });
  await writeFile(path.join(root, FILE), `---\ntitle: T\nsummary: S\nobjectives: [O]\nminutes: 5\n---\n\n${body}\n`);
  return root;
}

const exercise = (yaml: string, attrs = 'id="run-web" title="Run it"') => `<Exercise ${attrs}>

Run **nginx** as \`web\`.

\`\`\`yaml exercise
${yaml}
\`\`\`

</Exercise>`;

const GOOD = `goals:
  - id: running
    type: container
    name: web
    state: running
hints: [Use docker run.]
solution: docker run -d --name web nginx
nearMisses: [docker run --name web nginx]`;

describe('<Exercise> at build time', () => {
  it('becomes a spec prop with labelled goals, and the yaml block leaves the page', async () => {
    const root = await lesson(exercise(GOOD));
    const [found] = await exercisesIn(root, FILE);
    expect(found).toMatchObject({ id: 'run-web', title: 'Run it', lesson: 'demo/first', line: 8, nearMisses: ['docker run --name web nginx'] });
    expect(found!.goals[0]!.label).toBe('A container named `web` is running');
    const { code } = await compileLesson(root, FILE);
    expect(code).toContain('"solution":"docker run -d --name web nginx"');
    expect(code).not.toContain('docker run --name web nginx');
    expect(code).not.toContain('yaml exercise');
  });

  it.each([
    [GOOD.replace('state: running', 'state: started'), 'line 8: exercise "run-web": goals.0.state: Invalid option: expected one of "exists"|"running"|"stopped"|"paused"|"absent"'],
    [GOOD.replace('hints: [Use docker run.]', 'hints: []'), 'line 8: exercise "run-web": hints: expected at least 1 item, got 0'],
    [GOOD.replace('solution:', 'solutoin:'), 'line 8: exercise "run-web": solution: is required (a string)'],
    [`${GOOD}\ngoals2: x`, 'line 8: exercise "run-web": unknown key "goals2"'],
    [GOOD.replace('    name: web\n', '    name: web\n    ports: ["8080-80"]\n'), 'goals.0.ports.0: expected a port as -p writes it'],
    [`${GOOD}\n  bad: [`, 'line 21: exercise "run-web": invalid YAML'],
  ])('fails the build naming the file, line, exercise and field (%#)', async (yaml, message) => {
    const root = await lesson(exercise(yaml));
    await expect(compileLesson(root, FILE)).rejects.toThrow(`${FILE}: `);
    await expect(compileLesson(root, FILE)).rejects.toThrow(message);
  });

  it('rejects duplicate goal ids, duplicate exercise ids, a missing yaml block and a missing task', async () => {
    const dupGoal = GOOD.replace('hints:', '  - id: running\n    type: swarm\nhints:');
    await expect(compileLesson(await lesson(exercise(dupGoal)), FILE)).rejects.toThrow('goals.1.id: duplicate goal id "running"');
    await expect(compileLesson(await lesson(`${exercise(GOOD)}\n\n${exercise(GOOD)}`), FILE)).rejects.toThrow('exercise "run-web": id already used at line 8');
    await expect(compileLesson(await lesson('<Exercise id="x" title="X">\n\nJust words.\n\n</Exercise>'), FILE)).rejects.toThrow('needs exactly one ```yaml exercise block');
    const noTask = `<Exercise id="x" title="X">\n\n\`\`\`yaml exercise\n${GOOD}\n\`\`\`\n\n</Exercise>`;
    await expect(compileLesson(await lesson(noTask), FILE)).rejects.toThrow('exercise "x": the task is missing');
    await expect(compileLesson(await lesson(exercise(GOOD, 'id="Run Web" title="Run it"')), FILE)).rejects.toThrow('<Exercise> id: expected lowercase letters');
    await expect(compileLesson(await lesson(exercise(GOOD, 'id="run-web"')), FILE)).rejects.toThrow('line 8: <Exercise> title: is required (a string)');
  });

  it('names lessons by their slugs', () => {
    expect(lessonKeyOf('content/02-images-and-containers/01-running-containers.mdx')).toBe('images-and-containers/running-containers');
  });
});
