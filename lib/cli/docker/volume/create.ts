/** `docker volume create [-d driver] [-o k=v] [--label k=v] [NAME]`: prints the volume name. */
import { createVolume } from '../../../sim/index';
import { CliError, defineCommand, f, requiresMaxArgs } from '../../command';
import { validateLabel } from '../../flags';
import type { DockerEnv } from '../env';
import { kvToMap } from '../kv-map';

const CLUSTER = { swarm: 'manager' };

export const create = defineCommand<DockerEnv>()({
  use: 'create [OPTIONS] [VOLUME]',
  short: 'Create a volume',
  args: requiresMaxArgs(1),
  at: [{ parent: 'volume' }],
  flags: {
    driver: f.string({ short: 'd', usage: 'Specify volume driver name', default: 'local' }),
    name: f.string({ usage: 'Specify volume name', hidden: true }),
    opt: f.map({ short: 'o', usage: 'Set driver specific options' }),
    label: f.list({ usage: 'Set metadata for a volume', validator: validateLabel }),
    group: f.string({ usage: 'Cluster Volume group (cluster volumes)', annotations: CLUSTER }),
    scope: f.string({ usage: 'Cluster Volume access scope ("single", "multi")', default: 'single', annotations: CLUSTER }),
    sharing: f.string({ usage: 'Cluster Volume access sharing ("none", "readonly", "onewriter", "all")', default: 'none', annotations: CLUSTER }),
    availability: f.string({ usage: 'Cluster Volume availability ("active", "pause", "drain")', default: 'active', annotations: CLUSTER }),
    type: f.string({ usage: 'Cluster Volume access type ("mount", "block")', default: 'block', annotations: CLUSTER }),
    secret: f.map({ usage: 'Cluster Volume secrets', annotations: CLUSTER }),
    limitBytes: f.bytes({ usage: 'Minimum size of the Cluster Volume in bytes', annotations: CLUSTER }),
    requiredBytes: f.bytes({ usage: 'Maximum size of the Cluster Volume in bytes', annotations: CLUSTER }),
    topologyRequired: f.list({ usage: 'A topology that the Cluster Volume must be accessible from', annotations: CLUSTER }),
    topologyPreferred: f.list({ usage: 'A topology that the Cluster Volume would be preferred in', annotations: CLUSTER }),
  },
  complete: () => [],
  run(ctx, o, args) {
    let name = o.name;
    if (args.length === 1) {
      if (name !== '') throw new CliError('conflicting options: cannot specify a volume-name through both --name and as a positional arg');
      name = args[0]!;
    }
    const vol = createVolume(ctx.env.eng, { ...(name !== '' ? { name } : {}), driver: o.driver, labels: kvToMap(o.label), options: o.opt });
    ctx.out(vol.name + '\n');
    return 0;
  },
});
