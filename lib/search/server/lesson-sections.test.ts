import { describe, expect, it } from 'vitest';
import { lessonPieces } from './lesson-sections';

const SOURCE = `---
title: Volumes
summary: x
---

Intro with **bold** and \`docker volume ls\`.

## Cleaning up

Run this:

\`\`\`bash
docker volume prune
\`\`\`

<Callout type="tip" title="Careful">Named volumes stay.</Callout>

### Why it works

Text.

## Cleaning up

Again.

<Exercise id="make-vol" title="Make a volume">

Create a volume named \`data\`.

\`\`\`yaml exercise
goals:
  - id: v
\`\`\`

</Exercise>

| Aspect | Volume |
| --- | --- |
| Lives in | /var/lib/docker |
`;

describe('lessonPieces', () => {
  const pieces = lessonPieces(SOURCE);

  it('makes one piece per h2/h3 with the page heading ids (de-duplicated like the compiler)', () => {
    expect(pieces.filter((p) => p.kind === 'lesson').map((p) => [p.title, p.anchor])).toEqual([
      ['', ''],
      ['Cleaning up', 'cleaning-up'],
      ['Why it works', 'why-it-works'],
      ['Cleaning up', 'cleaning-up-1'],
    ]);
  });

  it('keeps prose, code and component text as plain text, without Markdown or frontmatter', () => {
    expect(pieces[0]!.text).toBe('Intro with bold and docker volume ls.');
    expect(pieces[1]!.text).toBe('Run this: docker volume prune Careful Named volumes stay.');
  });

  it('indexes an exercise on its own, anchored at its panel, without its goal spec', () => {
    const exercise = pieces.find((p) => p.kind === 'exercise');
    expect(exercise).toEqual({ kind: 'exercise', title: 'Make a volume', anchor: 'exercise-make-vol', text: 'Create a volume named data.' });
  });

  it('reads table cells', () => {
    expect(pieces.at(-1)!.text).toContain('Lives in /var/lib/docker');
  });
});
