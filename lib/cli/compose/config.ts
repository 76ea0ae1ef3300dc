/**
 * `docker compose config`: the project as compose resolved it (interpolated, merged, normalised,
 * `name:` first, default network added) in YAML or JSON; or one aspect of it: `--services`,
 * `--volumes`, `--profiles`, `--images`, `--variables` (NAME REQUIRED DEFAULT
 * VALUE ALTERNATE VALUE), `--environment`, `-q` (validate only), `-o FILE`.
 */
import { extractVariables, marshalProjectJson, marshalProjectYaml, readYamlDocuments, serviceImage, type ComposeProject } from '../../sim/compose/index';
import { readConfigFile } from '../../sim/compose/load-context';
import { CliError, defineCommand, f } from '../command';
import { tabwrite } from '../format/tabwriter';
import { loaderFs, type ComposeEnv } from './env';
import { discover, loadFromFlags, type ComposeCtx } from './project-options';

const lines = (xs: readonly string[]) => xs.map((x) => x + '\n').join('');

function variablesTable(ctx: ComposeCtx): string {
  const d = discover(ctx);
  const fs = loaderFs(ctx.io.fs);
  const docs = d.files.flatMap((file) => readYamlDocuments(readConfigFile({ fs }, file)).map((doc) => doc.value));
  const vars = extractVariables(docs);
  const rows = [['NAME', 'REQUIRED', 'DEFAULT VALUE', 'ALTERNATE VALUE'], ...vars.map((v) => [v.name, String(v.required), v.defaultValue, v.presenceValue])];
  return tabwrite(rows.map((r) => r.join('\t')).join('\n') + '\n', { minwidth: 20, padding: 3 });
}

/** compose-go's ForEachService over the sorted names: each service after what it depends on. */
function dependenciesFirst(p: ComposeProject): string[] {
  const out: string[] = [];
  const visit = (n: string) => {
    if (out.includes(n) || !(n in p.services)) return;
    const deps = p.services[n]!.depends_on;
    if (deps && typeof deps === 'object' && !Array.isArray(deps)) for (const d of Object.keys(deps).sort()) visit(d);
    if (!out.includes(n)) out.push(n);
  };
  for (const n of Object.keys(p.services).sort()) visit(n);
  return out;
}

function allProfiles(p: ComposeProject): string[] {
  const out = new Set<string>();
  for (const s of [...Object.values(p.services), ...Object.values(p.disabledServices)]) for (const pr of Array.isArray(s.profiles) ? s.profiles : []) out.add(String(pr));
  return [...out].sort();
}

export const config = defineCommand<ComposeEnv>()({
  use: 'config [OPTIONS] [SERVICE...]',
  short: 'Parse, resolve and render compose file in canonical format',
  flags: {
    environment: f.bool({ usage: 'Print environment used for interpolation.' }),
    format: f.string({ usage: 'Format the output. Values: [yaml | json]' }),
    hash: f.string({ usage: 'Print the service config hash, one per line.' }),
    images: f.bool({ usage: 'Print the image names, one per line.' }),
    lockImageDigests: f.bool({ usage: 'Produces an override file with image digests' }),
    noConsistency: f.bool({ usage: "Don't check model consistency - warning: may produce invalid Compose output" }),
    noEnvResolution: f.bool({ usage: "Don't resolve service env files" }),
    noInterpolate: f.bool({ usage: "Don't interpolate environment variables" }),
    noNormalize: f.bool({ usage: "Don't normalize compose model" }),
    noPathResolution: f.bool({ usage: "Don't resolve file paths" }),
    output: f.string({ short: 'o', usage: 'Save to file (default to stdout)' }),
    profiles: f.bool({ usage: 'Print the profile names, one per line.' }),
    quiet: f.bool({ short: 'q', usage: 'Only validate the configuration, don\'t print anything' }),
    resolveImageDigests: f.bool({ usage: 'Pin image tags to digests' }),
    services: f.bool({ usage: 'Print the service names, one per line.' }),
    variables: f.bool({ usage: 'Print model variables and default values.' }),
    volumes: f.bool({ usage: 'Print the volume names, one per line.' }),
  },
  run(ctx, o, services) {
    if (o.variables) {
      ctx.out(variablesTable(ctx));
      return 0;
    }
    const { project, discovered } = loadFromFlags(ctx, services, {
      skipResolveEnvironment: o.noEnvResolution,
      skipInterpolation: o.noInterpolate,
      skipNormalization: o.noNormalize,
      resolvePaths: !o.noPathResolution,
      skipConsistencyCheck: o.noConsistency,
    });
    if (o.environment) {
      ctx.out(lines(Object.entries(discovered.environment).map(([k, v]) => `${k}=${v}`).sort()));
      return 0;
    }
    if (o.services) {
      ctx.out(lines(dependenciesFirst(project)));
      return 0;
    }
    if (o.volumes) {
      ctx.out(lines(Object.keys(project.volumes).sort()));
      return 0;
    }
    if (o.profiles) {
      ctx.out(lines(allProfiles(project)));
      return 0;
    }
    if (o.images) {
      ctx.out(lines(Object.keys(project.services).sort().map((n) => serviceImage(project.name, n, project.services[n]!))));
      return 0;
    }
    if (o.quiet) return 0;
    const format = o.format || 'yaml';
    let text: string;
    if (format === 'yaml') text = marshalProjectYaml(project);
    else if (format === 'json') text = marshalProjectJson(project) + '\n';
    else throw new CliError(`unsupported format ${JSON.stringify(format)}`);
    if (o.output !== '') {
      const path = o.output.startsWith('/') ? o.output : `${ctx.io.cwd}/${o.output}`;
      ctx.io.fs.writeFile(path, text);
      return 0;
    }
    ctx.out(text);
    return 0;
  },
});
