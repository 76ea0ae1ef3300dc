import { describe, expect, it } from 'vitest';
import { ContentError } from '../content/errors';
import { checkReferences, parseQuizFile, type CourseIndex } from './bank';

const FILE = 'content/quizzes/networking.yaml';

function yaml(questions: string): string {
  return `module: networking\nquestions:\n${questions}`;
}

const GOOD = `  - id: net-one
    type: single
    lesson: bridge-basics
    section: recap
    difficulty: easy
    prompt: Which number is the host port in -p 8080:80?
    options: ['80', '8080']
    answer: B
    explanation: The publish syntax is HOST:CONTAINER.
`;

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as Error).message;
  }
  throw new Error('expected a ContentError');
}

describe('parseQuizFile', () => {
  it('parses a valid file and tags questions with the module', () => {
    const { module, questions } = parseQuizFile(FILE, yaml(GOOD));
    expect(module).toBe('networking');
    expect(questions).toHaveLength(1);
    expect(questions[0]).toMatchObject({ id: 'net-one', module: 'networking', answer: 'B' });
  });

  it('names file, question id and field for a type error', () => {
    const msg = errorOf(() => parseQuizFile(FILE, yaml(GOOD.replace('difficulty: easy', 'difficulty: trivial'))));
    expect(msg).toMatch(/^content\/quizzes\/networking\.yaml: question "net-one": difficulty: /);
  });

  it('reports a missing explanation', () => {
    const msg = errorOf(() => parseQuizFile(FILE, yaml(GOOD.replace(/    explanation: .*\n/, ''))));
    expect(msg).toBe('content/quizzes/networking.yaml: question "net-one": explanation: is required (a string)');
  });

  it('reports an answer letter with no option', () => {
    const msg = errorOf(() => parseQuizFile(FILE, yaml(GOOD.replace('answer: B', 'answer: C'))));
    expect(msg).toBe('content/quizzes/networking.yaml: question "net-one": answer: option C does not exist (2 options)');
  });

  it('reports unknown keys, duplicate options, a missing blank and all-correct multiple choice', () => {
    expect(errorOf(() => parseQuizFile(FILE, yaml(GOOD.replace('answer: B', 'answer: B\n    hint: x'))))).toContain('unknown key "hint"');
    expect(errorOf(() => parseQuizFile(FILE, yaml(GOOD.replace("['80', '8080']", "['80', '80']"))))).toContain('options: "80" appears twice');
    const fill = GOOD.replace('type: single', 'type: fill').replace("    options: ['80', '8080']\n    answer: B\n", '    accept: [8080]\n');
    expect(errorOf(() => parseQuizFile(FILE, yaml(fill)))).toContain('prompt: a fill question needs exactly one ___ blank');
    const multi = GOOD.replace('type: single', 'type: multiple').replace("['80', '8080']", "['a', 'b', 'c']").replace('answer: B', 'answer: [A, B, C]');
    expect(errorOf(() => parseQuizFile(FILE, yaml(multi)))).toContain('answer: not every option may be correct');
  });

  it('names a question without an id by its position', () => {
    const msg = errorOf(() => parseQuizFile(FILE, yaml(GOOD.replace('id: net-one', 'id: Not Kebab'))));
    expect(msg).toContain('question "Not Kebab": id: expected a kebab-case id');
    const noId = errorOf(() => parseQuizFile(FILE, yaml(GOOD.replace('  - id: net-one\n    type', '  - type'))));
    expect(noId).toContain('questions[0]: id: is required');
  });

  it('reports YAML syntax errors with the file', () => {
    expect(errorOf(() => parseQuizFile(FILE, 'module: [oops'))).toMatch(/^content\/quizzes\/networking\.yaml: quiz file: invalid YAML/);
  });

  it('fills command defaults and refuses a command question that compares nothing', () => {
    const cmd = `  - id: net-cmd
    type: command
    lesson: bridge-basics
    section: recap
    difficulty: medium
    prompt: List the networks.
    solution: docker network ls
    explanation: network ls lists networks.
`;
    const q = parseQuizFile(FILE, yaml(cmd)).questions[0]!;
    expect(q).toMatchObject({ setup: [], accept: [], reject: [], compare: { output: true, probes: [] } });
    expect(errorOf(() => parseQuizFile(FILE, yaml(`${cmd}    compare: { output: false }\n`)))).toContain('compare: nothing to compare');
  });
});

describe('checkReferences', () => {
  const index: CourseIndex = {
    modules: new Map([
      ['networking', { title: 'Networking', lessons: new Map([['bridge-basics', { title: 'Bridge', sections: new Map([['recap', 'Recap']]) }]]) }],
    ]),
  };
  const parsed = (text: string) => ({ file: FILE, ...parseQuizFile(FILE, yaml(text)) });

  it('accepts questions whose lesson and heading exist', () => {
    expect(() => checkReferences([parsed(GOOD)], index)).not.toThrow();
  });

  it('reports a lesson that does not exist', () => {
    expect(errorOf(() => checkReferences([parsed(GOOD.replace('lesson: bridge-basics', 'lesson: bridges'))], index))).toBe(
      'content/quizzes/networking.yaml: question "net-one": lesson: no lesson "bridges" in module "networking" (have: bridge-basics)',
    );
  });

  it('reports a heading anchor that does not exist', () => {
    expect(errorOf(() => checkReferences([parsed(GOOD.replace('section: recap', 'section: summary'))], index))).toBe(
      'content/quizzes/networking.yaml: question "net-one": section: no heading #summary in lesson "bridge-basics"',
    );
  });

  it('reports duplicate ids across files', () => {
    const other = { ...parsed(GOOD), file: 'content/quizzes/other.yaml' };
    expect(errorOf(() => checkReferences([parsed(GOOD), other], index))).toContain('question "net-one": id: already used in content/quizzes/networking.yaml');
  });

  it('reports an unknown module', () => {
    const text = `module: nets\nquestions:\n${GOOD}`;
    expect(errorOf(() => checkReferences([{ file: FILE, ...parseQuizFile(FILE, text) }], index))).toContain('module: no module "nets" in the course');
  });
});
