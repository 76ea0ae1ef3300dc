/**
 * How Podman names and fetches images: short names resolve through the local store first, then
 * the alias table of /etc/containers/registries.conf.d/000-shortnames.conf (no unqualified-search
 * registries are configured, so any other short name is refused), and pulls print
 * containers/image's progress (`Trying to pull …`, `Copying blob …`) on stderr.
 */
import { EngineError, findImage, parseReference, pullImage, type Engine, type ImageRecord } from '../../../sim/index';
import { CliError } from '../../command';

export const SHORTNAMES_CONF = '/etc/containers/registries.conf.d/000-shortnames.conf';

/** Short names the alias table maps (docker.io's official images; a few from other registries). */
const ALIASES: Record<string, string> = {
  fedora: 'registry.fedoraproject.org/fedora',
  centos: 'quay.io/centos/centos',
  ...Object.fromEntries(
    ['alpine', 'busybox', 'debian', 'ubuntu', 'nginx', 'httpd', 'redis', 'postgres', 'mysql', 'mariadb', 'mongo', 'node', 'python', 'golang', 'php', 'ruby', 'openjdk', 'eclipse-temurin', 'traefik', 'registry', 'hello-world', 'memcached', 'rabbitmq', 'haproxy', 'caddy', 'wordpress', 'adminer', 'grafana/grafana', 'prom/prometheus'].map((n) => [n, n.includes('/') ? `docker.io/${n}` : `docker.io/library/${n}`]),
  ),
};

export interface Resolved {
  /** Fully qualified reference (`docker.io/library/nginx:latest`). */
  ref: string;
  /** The local image when the store already has it. */
  local?: ImageRecord;
  /** `Resolved "nginx" as an alias (…)` when the alias table was used. */
  alias?: string;
}

function qualified(input: string): boolean {
  const first = input.split('/')[0]!;
  return input.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
}

function withTag(name: string): string {
  return /@sha256:/.test(name) || /:[^/]+$/.test(name) ? name : `${name}:latest`;
}

/** Resolve what the learner typed as Podman does; throws podman's short-name error. */
export function resolveName(p: Engine, input: string): Resolved {
  if (/^[0-9a-f]{12,64}$/.test(input)) {
    const local = findImage(p, input);
    if (local) return { ref: input, local };
  }
  if (qualified(input)) {
    const ref = withTag(input);
    return { ref, local: findImage(p, ref) };
  }
  const tagged = withTag(input);
  const local = findImage(p, `docker.io/${tagged.includes('/') ? '' : 'library/'}${tagged}`) ?? findImage(p, `localhost/${tagged}`);
  const bare = tagged.replace(/[:@].*$/, '');
  const alias = ALIASES[bare];
  if (local) return { ref: alias ? tagged.replace(bare, alias) : `localhost/${tagged}`, local };
  if (!alias) throw new CliError(`Error: short-name "${input}" did not resolve to an alias and no unqualified-search registries are defined in "/etc/containers/registries.conf"`, 125);
  return { ref: tagged.replace(bare, alias), alias: `Resolved "${bare}" as an alias (${SHORTNAMES_CONF})` };
}

function pullError(ref: string, e: EngineError): CliError {
  const r = parseReference(ref);
  const tag = r.tag ?? r.digest ?? 'latest';
  const repo = `${r.domain}/${r.path}`;
  const why = /manifest unknown|not found/.test(e.message) ? 'manifest unknown' : /denied|does not exist/.test(e.message) ? 'requested access to the resource is denied' : e.message;
  return new CliError(`Error: initializing source docker://${ref}: reading manifest ${tag} in ${repo}: ${why}`, 125);
}

/** Pull `resolved.ref` into Podman's store, printing containers/image's lines to `err`. */
export function podmanPull(p: Engine, resolved: Resolved, err: (t: string) => void, quiet = false): ImageRecord {
  if (resolved.alias && !quiet) err(resolved.alias + '\n');
  if (!quiet) err(`Trying to pull ${resolved.ref}...\n`);
  let result;
  try {
    result = pullImage(p, resolved.ref);
  } catch (e) {
    if (e instanceof EngineError) throw pullError(resolved.ref, e);
    throw e;
  }
  if (!quiet) {
    const blobs = result.lines.filter((l) => l.status === 'Pull complete' || l.status === 'Already exists');
    let text = 'Getting image source signatures\n';
    for (const b of blobs) text += `Copying blob ${b.id} ${b.status === 'Already exists' ? 'skipped: already exists' : 'done'}   | \n`;
    text += `Copying config ${result.image.id.slice(7, 17)} done   | \nWriting manifest to image destination\n`;
    err(text);
  }
  return result.image;
}

/** The image for `podman run/create`: local, or pulled (pull policy `missing`). */
export function imageForRun(p: Engine, input: string, err: (t: string) => void, quiet: boolean): { ref: string; image: ImageRecord } {
  const resolved = resolveName(p, input);
  if (resolved.local) return { ref: resolved.ref, image: resolved.local };
  return { ref: resolved.ref, image: podmanPull(p, resolved, err, quiet) };
}
