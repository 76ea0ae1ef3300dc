/**
 * Test support: a learner session whose `docker` has the build verbs, over an engine whose
 * ProcessRunner is the real shell (RUN steps execute through lib/shell in the build sandbox).
 */
import { createHostSession, type HostSession } from '../../../../host';
import type { ShellControl } from '../../../../shell/types';
import { createEngine, pullImage, type Engine } from '../../../../sim/index';
import { createDockerTool, dockerCommandFn } from '../../root';
import { buildVerbs } from '../verbs';

export interface BuildEnv {
  eng: Engine;
}

export function buildSession(images: readonly string[] = ['alpine'], files: Record<string, string> = {}): { eng: Engine; session: HostSession } {
  let control: ShellControl | null = null;
  const env: { eng: Engine | null } = { eng: null };
  const tool = createDockerTool<BuildEnv>({ verbs: buildVerbs((e) => e.eng), home: '/home/learner' });
  const session = createHostSession({
    files,
    commands: { docker: dockerCommandFn(tool, () => ({ eng: env.eng! })), 'grab-shell': (ctx) => ((control = ctx.shell), 0) },
  });
  session.run('grab-shell');
  const quote = (a: string) => `'${a.replace(/'/g, `'\\''`)}'`;
  const eng = createEngine({ runner: (m, argv, io) => control!.exec(m, argv.map(quote).join(' '), io), hostFs: session.rootFs });
  env.eng = eng;
  for (const i of images) pullImage(eng, i);
  return { eng, session };
}
