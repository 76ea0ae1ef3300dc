/** buildah run / config / commit: a step-by-step image build on a working container. */
import { commitContainer, hostOf, machineFor } from '../../../sim/index';
import { CliError, f, requiresMinArgs, exactArgs, requiresRangeArgs } from '../../command';
import { podmanState } from '../engines';
import { buildahCommand, store } from './verbs';
import { workingContainer } from './working';

export const run = buildahCommand({
  use: 'run',
  short: 'Run a command inside of the container',
  long: "Runs a specified command using the container's root filesystem as a root\n  filesystem, using configuration settings inherited from the container's\n  image or as specified using previous calls to the config command.",
  interspersed: false,
  args: requiresMinArgs(1),
  flags: { tty: f.bool({ short: 't', usage: 'allocate a pseudo-TTY in the container' }), user: f.string({ usage: 'user[:group] to run the command as' }), workingdir: f.string({ usage: 'temporarily set working directory for command (default to container\'s workingdir)' }) },
  run(ctx, o, args) {
    const p = store(ctx);
    const w = workingContainer(p, args[0]!);
    const argv = args[1] === '--' ? args.slice(2) : args.slice(1);
    if (argv.length === 0) throw new CliError('Error: command must be specified', 125);
    const machine = machineFor(p, w.container, o.user ? { user: o.user } : {});
    const cwd = o.workingdir || w.container.config.WorkingDir || '/';
    const r = p.rt.runner(machine, argv, { cwd, env: { ...machine.env }, tty: o.tty });
    ctx.out(r.stdout);
    ctx.err(r.stderr);
    if (r.exitCode !== 0) throw new CliError(`error while running runtime: exit status ${r.exitCode}\nError: while running runtime: exit status ${r.exitCode}`, r.exitCode === 127 ? 127 : 1);
  },
});

export const config = buildahCommand({
  use: 'config',
  short: 'Update image configuration settings',
  args: exactArgs(1),
  flags: {
    author: f.string({ usage: 'set image author contact information' }),
    cmd: f.string({ usage: 'set the default command to run for containers based on the image' }),
    entrypoint: f.string({ usage: 'set entry point for containers based on image' }),
    env: f.stringArray({ short: 'e', usage: 'add environment variable to be set when running containers based on image' }),
    label: f.stringArray({ short: 'l', usage: 'add image configuration label e.g. label=value' }),
    port: f.stringArray({ short: 'p', usage: 'add port to expose when running containers based on image' }),
    user: f.string({ short: 'u', usage: 'set default user to run inside containers based on image' }),
    workingdir: f.string({ usage: 'set working directory for containers based on image' }),
  },
  run(ctx, o, args) {
    const p = store(ctx);
    const w = workingContainer(p, args[0]!);
    const asJsonOrShell = (v: string) => (v.trim().startsWith('[') ? v : JSON.stringify(['/bin/sh', '-c', v]));
    const changes = podmanState(p).working[w.name]!.changes;
    if (ctx.changed('cmd')) changes.push(`CMD ${asJsonOrShell(o.cmd)}`);
    if (ctx.changed('entrypoint')) changes.push(`ENTRYPOINT ${asJsonOrShell(o.entrypoint)}`);
    for (const e of o.env) changes.push(`ENV ${e}`);
    for (const l of o.label) changes.push(`LABEL ${l}`);
    for (const port of o.port) changes.push(`EXPOSE ${port}`);
    if (ctx.changed('user')) changes.push(`USER ${o.user}`);
    if (ctx.changed('workingdir')) changes.push(`WORKDIR ${o.workingdir}`);
    if (ctx.changed('author')) podmanState(p).working[w.name]!.author = o.author;
  },
});

function qualify(name: string): string {
  const first = name.split('/')[0]!;
  const q = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost') ? name : `localhost/${name}`;
  return /:[^/]+$/.test(q) ? q : `${q}:latest`;
}

export const commit = buildahCommand({
  use: 'commit',
  short: 'Create an image from a working container',
  long: "Writes a new image using the container's read-write layer and, if it is based\n  on an image, the layers of that image.",
  args: requiresRangeArgs(1, 2),
  flags: { quiet: f.bool({ short: 'q', usage: "don't output progress information when writing images" }), rm: f.bool({ usage: 'remove the container and its content after committing it to an image. Default leaves the container and its content in place.' }) },
  run(ctx, o, args) {
    const p = store(ctx);
    const w = workingContainer(p, args[0]!);
    const state = podmanState(p).working[w.name]!;
    const base = hostOf(p).images[w.container.imageId];
    const reference = args[1] ? qualify(args[1]) : undefined;
    const image = commitContainer(p, w.container.id, { ...(reference ? { reference } : {}), ...(state.author ? { author: state.author } : {}), changes: state.changes });
    if (!o.quiet) {
      const shared = (base?.layers ?? []).map((l) => `Copying blob ${l.slice(7, 19)} skipped: already exists  \n`).join('');
      ctx.err(`Getting image source signatures\n${shared}Copying blob ${image.layers[image.layers.length - 1]!.slice(7, 19)} done   | \nCopying config ${image.id.slice(7, 17)} done   | \nWriting manifest to image destination\n`);
    }
    ctx.out(image.id.slice(7) + '\n');
    if (o.rm) {
      delete podmanState(p).working[w.name];
      delete hostOf(p).containers[w.container.id];
    }
  },
});
