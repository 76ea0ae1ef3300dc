/** The kubectl command builder and the generated-help glue every verb uses. */
import { defineCommand, type CommandSpec } from '../../command';
import type { FlagSpecs } from '../../flags/types';
import type { KubectlEnv } from '../env';

export const kubectlCommand = defineCommand<KubectlEnv>();

interface GeneratedHelp {
  use: string;
  usage: string;
  short: string;
  long: string;
  example: string;
}

/** Declaration fields from a generated spec (use, short, long, example, the exact usage line). */
export function fromHelp(h: GeneratedHelp): Pick<CommandSpec<KubectlEnv, FlagSpecs>, 'use' | 'short' | 'long' | 'example' | 'annotations'> {
  return { use: h.use, short: h.short, long: h.long, example: h.example, annotations: { usage: h.usage } };
}
