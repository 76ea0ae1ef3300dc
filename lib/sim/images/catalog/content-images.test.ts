/**
 * Every image a lesson runs, pulls or builds FROM must exist in the simulated registries: the test
 * reads the runnable code blocks of content/ (bash, yaml, Dockerfiles; not console output or
 * `norun` blocks), collects image references (`docker run/create/pull`, `image:`, `FROM`,
 * `--image=`) and resolves each against the catalog. Names the lessons create themselves
 * (`docker build -t`, `docker tag`, `commit`, `import`), registries that only exist inside a
 * lesson (localhost:5000, example.com) and references built from variables are skipped.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { fullName, parseReference } from '../reference';
import { findRepository, findTag } from './index';

const CONTENT = fileURLToPath(new URL('../../../../content', import.meta.url));
const RUNNABLE = /^(bash|sh|shell|yaml|yml|dockerfile|Dockerfile)\b/;

/** docker run/create options that take a separate value (the image is the first other word). */
const VALUE_FLAGS = new Set(
  ('--name -p --publish -e --env --env-file -v --volume --mount --network --net --network-alias -w --workdir -u --user ' +
    '--entrypoint --restart -m --memory --memory-swap --memory-reservation --cpus -c --cpu-shares --cpuset-cpus --cap-add ' +
    '--cap-drop --tmpfs --volumes-from --platform --pull -l --label --label-file --health-cmd --health-interval ' +
    '--health-retries --health-timeout --health-start-period --log-driver --log-opt -h --hostname --ip --dns --add-host ' +
    '--security-opt --pid --uts --ipc --ulimit --pids-limit --stop-signal --stop-timeout --device --gpus --runtime ' +
    '--storage-opt --blkio-weight --device-write-bps --device-read-bps --expose --sysctl --group-add --link --mac-address ' +
    '--cidfile -a --attach --detach-keys --userns --cgroupns --oom-score-adj --shm-size --secret').split(/\s+/),
);

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? mdxFiles(p) : p.endsWith('.mdx') ? [p] : [];
  });
}

function runImage(rest: string): string | undefined {
  const words = rest.match(/(?:"[^"]*"|'[^']*'|[^\s"'])+/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!w.startsWith('-')) return w;
    // `--name web`, and grouped short flags whose last letter takes a value (`-dp 8080:80`).
    if (VALUE_FLAGS.has(w) || (/^-[a-zA-Z]{2,}$/.test(w) && VALUE_FLAGS.has(`-${w.at(-1)}`))) i++;
  }
  return undefined;
}

/**
 * An exercise block is YAML whose prose (task hints) may quote commands with placeholders: only
 * what runs counts — setup files and commands, the solution and its alternatives (near misses may
 * name a wrong image on purpose).
 */
function exerciseCode(source: string): string {
  const spec = (parseYaml(source) ?? {}) as { setup?: { files?: Record<string, string>; commands?: string[] }; solution?: string; alternatives?: string[] };
  return [...Object.values(spec.setup?.files ?? {}), ...(spec.setup?.commands ?? []), spec.solution ?? '', ...(spec.alternatives ?? [])].join('\n');
}

interface Found {
  refs: Map<string, string>;
  created: Set<string>;
}

function scan(): Found {
  const refs = new Map<string, string>();
  const created = new Set<string>();
  const add = (ref: string | undefined, where: string) => ref && !refs.has(ref) && refs.set(ref, where);
  for (const file of mdxFiles(CONTENT)) {
    const where = file.slice(CONTENT.length + 1);
    for (const m of readFileSync(file, 'utf8').matchAll(/```([^\n]*)\n([\s\S]*?)```/g)) {
      const info = m[1]!.trim();
      if (!RUNNABLE.test(info) || /\bnorun\b/.test(info)) continue;
      const body = /^yaml exercise\b/.test(info) ? exerciseCode(m[2]!) : m[2]!;
      for (const line of body.replace(/\\\n/g, ' ').split('\n')) {
        for (const t of line.matchAll(/(?:\s-t|--tag)[ =](\S+)|docker (?:image )?tag \S+ (\S+)|docker (?:container )?commit (?:-\S+ (?:"[^"]*"|\S+) )*\S+ (\S+)|docker (?:image )?import (?:-\S+ (?:'[^']*'|"[^"]*"|\S+) )*\S+ (\S+)/g)) {
          created.add((t[1] ?? t[2] ?? t[3] ?? t[4])!);
        }
        add(/^\s*-?\s*image:\s*["']?([^\s"'#]+)/.exec(line)?.[1], where);
        add(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/i.exec(line)?.[1], where);
        add(/--image[= ]([^\s`]+)/.exec(line)?.[1], where);
        add(/docker (?:image )?pull (?:(?:--platform|-\S*) (?:\S+ )?)*?([a-z0-9][^\s]*)$/.exec(line.trim())?.[1], where);
        const run = /docker (?:container )?(?:run|create) (.*)/.exec(line);
        if (run) add(runImage(run[1]!), where);
      }
    }
  }
  return { refs, created };
}

/** References a lesson uses to show an error on purpose. */
const MEANT_TO_FAIL = new Set(['nginx:does-not-exist']);

const KNOWN_REGISTRIES = new Set(['docker.io', 'gcr.io', 'ghcr.io', 'quay.io', 'docker.elastic.co', 'registry.k8s.io', 'mcr.microsoft.com']);

describe('images referenced by the lessons', () => {
  const { refs, created } = scan();
  const stages = new Set([...refs.keys()].filter((r) => !r.includes(':') && !r.includes('/')));

  it('finds the references (the scan itself works)', () => {
    expect(refs.size).toBeGreaterThan(30);
    expect([...refs.keys()]).toEqual(expect.arrayContaining(['nginx:1.27-alpine', 'registry:2', 'aquasec/trivy:0.72.0', 'golang:1.25']));
  });

  it('all exist in the simulated registries', () => {
    const missing: string[] = [];
    for (const [ref, where] of refs) {
      if (/[$"']/.test(ref) || MEANT_TO_FAIL.has(ref) || created.has(ref) || created.has(ref.split(':')[0]!)) continue;
      let parsed;
      try {
        parsed = parseReference(ref);
      } catch {
        missing.push(`${ref} (${where}): not a valid reference`);
        continue;
      }
      if (!KNOWN_REGISTRIES.has(parsed.domain)) continue;
      const family = findRepository(fullName(parsed));
      if (!family && stages.has(ref)) continue; // a multi-stage build's stage name (FROM deps)
      if (!family || (!parsed.digest && !findTag(family, parsed.tag ?? 'latest'))) missing.push(`${ref} (${where})`);
    }
    expect(missing).toEqual([]);
  });
});
