/**
 * `docker manifest inspect [MANIFEST_LIST] MANIFEST` (cli/command/manifest/inspect.go): a
 * multi-platform tag prints the manifest list the client rebuilds (3-space indent), a single
 * manifest prints the registry's bytes re-indented with tabs; `-v` prints the client's
 * ImageManifest records (Ref, Descriptor, Raw, SchemaV2Manifest).
 */
import { EngineError, fullString, parseReference, remoteManifest, tagNameOnly, type ManifestEntry } from '../../../sim/index';
import { base64Encode } from '../../../shell/utils/misc';
import { CliError, defineCommand, f, requiresRangeArgs } from '../../command';
import type { DockerEnv } from '../env';

const MANIFEST_V2 = 'application/vnd.docker.distribution.manifest.v2+json';
const LIST_V2 = 'application/vnd.docker.distribution.manifest.list.v2+json';

function platformJson(e: ManifestEntry): Record<string, string> {
  const variant = e.platform.variant ?? (e.platform.architecture === 'arm64' ? 'v8' : undefined);
  return { architecture: e.platform.architecture, os: e.platform.os, ...(variant ? { variant } : {}) };
}

function verbose(repo: string, e: ManifestEntry): Record<string, unknown> {
  return {
    Ref: `${repo}@${e.digest}`,
    Descriptor: { mediaType: MANIFEST_V2, digest: e.digest, size: e.text.length, platform: platformJson(e) },
    Raw: base64Encode(e.text),
    SchemaV2Manifest: JSON.parse(e.text) as unknown,
  };
}

export const manifestInspect = defineCommand<DockerEnv>()({
  use: 'inspect [OPTIONS] [MANIFEST_LIST] MANIFEST',
  short: 'Display an image manifest, or manifest list',
  args: requiresRangeArgs(1, 2),
  at: [{ parent: 'manifest' }],
  flags: {
    insecure: f.bool({ usage: 'Allow communication with an insecure registry' }),
    verbose: f.bool({ short: 'v', usage: 'Output additional info including layers and platform' }),
  },
  run(ctx, o, args) {
    const ref = tagNameOnly(parseReference(args.at(-1)!));
    if (args.length === 2) {
      const list = tagNameOnly(parseReference(args[0]!));
      throw new CliError(`No such manifest: ${fullString(list)}`);
    }
    let found;
    try {
      found = remoteManifest(ctx.env.eng, ref);
    } catch (e) {
      if (e instanceof EngineError) throw new CliError(e.message.replace(/\n$/, ''));
      throw e;
    }
    const repo = `${ref.domain}/${ref.path}`;
    if (found.kind === 'single') {
      ctx.out(o.verbose ? JSON.stringify(verbose(repo, found.entry), null, '\t') + '\n' : JSON.stringify(JSON.parse(found.entry.text), null, '\t') + '\n');
      return 0;
    }
    if (o.verbose) {
      ctx.out(JSON.stringify(found.entries.map((e) => verbose(repo, e)), null, '\t') + '\n');
      return 0;
    }
    const list = {
      schemaVersion: 2,
      mediaType: LIST_V2,
      manifests: found.entries.map((e) => ({ mediaType: MANIFEST_V2, size: e.text.length, digest: e.digest, platform: platformJson(e) })),
    };
    ctx.out(JSON.stringify(list, null, 3) + '\n');
    return 0;
  },
});
