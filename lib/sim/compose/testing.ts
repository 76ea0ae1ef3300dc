/** Test helpers: load a project from in-memory files (path → text) the way the CLI does. */
import type { LoaderFs } from './load-context';
import { loadProject } from './load';
import type { ComposeProject } from './project';
import { discoverProject } from './discover';

export function memoryFs(files: Record<string, string>): LoaderFs {
  const dirs = new Set<string>();
  for (const p of Object.keys(files)) for (let d = p.slice(0, p.lastIndexOf('/')); d !== ''; d = d.slice(0, d.lastIndexOf('/'))) dirs.add(d);
  dirs.add('/');
  return {
    read: (p) => files[p] ?? null,
    kind: (p) => (p in files ? 'file' : dirs.has(p) ? 'dir' : null),
  };
}

export interface LoadInput {
  files: Record<string, string>;
  cwd?: string;
  env?: Record<string, string>;
  flags?: Partial<{ files: string[]; projectName: string; profiles: string[]; envFiles: string[] }>;
}

/** Discover and load as `docker compose` would in `cwd`; warnings collected. */
export function load(input: LoadInput): { project: ComposeProject; warnings: string[] } {
  const fs = memoryFs(input.files);
  const warnings: string[] = [];
  const warn = (m: string) => void warnings.push(m);
  const env = input.env ?? {};
  const d = discoverProject(
    { files: input.flags?.files ?? [], projectName: input.flags?.projectName ?? '', projectDirectory: '', envFiles: input.flags?.envFiles ?? [], profiles: input.flags?.profiles ?? [] },
    { fs, cwd: input.cwd ?? '/home/learner/shop', env, stdin: () => '', warn },
  );
  const project = loadProject(d.files, d.environment, {
    fs,
    home: '/home/learner',
    workingDir: d.workingDir,
    ...(d.projectName !== '' ? { projectName: d.projectName } : {}),
    defaultName: d.defaultName,
    profiles: d.profiles,
    warn,
    discardEnvFiles: true,
  });
  return { project, warnings };
}
