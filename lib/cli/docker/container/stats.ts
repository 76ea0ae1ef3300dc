/**
 * `docker stats` / `docker container stats`: one sample per container (running ones, `-a` all,
 * or those named) through the stats formatter; `--no-stream` prints once, otherwise the frame is
 * drawn as docker redraws its screen (cursor home, erase line, erase below) and the terminal
 * stays attached until Ctrl+C.
 */
import { containerStats, type StatsSample } from '../../../sim/index';
import { defineCommand, f } from '../../command';
import { DEFAULT_STATS_TABLE_FORMAT, STATS_HEADERS, statsIO, statsMemUsage, statsPercentage } from '../../format/docker-formats';
import { FormatContext, formatWrite, TABLE_FORMAT_KEY } from '../../format/formatter';
import { GO_TYPE } from '../../format/template';
import { truncateID } from '../../format/text-width';
import type { ShellControl } from '../../../shell/types';
import type { DockerEnv } from '../env';
import { runningNames } from './completion';
import { FORMAT_HELP } from './help-texts';

export class StatsContext extends FormatContext {
  readonly [GO_TYPE] = '*container.statsContext';

  constructor(
    private readonly s: StatsSample,
    /** What the user named (or the short id when listing everything). */
    private readonly container: string,
    private readonly trunc: boolean,
  ) {
    super();
  }
  Container(): string {
    return this.container;
  }
  Name(): string {
    return this.s.name === '' ? '--' : this.s.name;
  }
  ID(): string {
    return this.trunc ? truncateID(this.s.id) : this.s.id;
  }
  CPUPerc(): string {
    return statsPercentage(this.s.cpuPercent);
  }
  MemUsage(): string {
    return statsMemUsage(this.s.memUsage, this.s.memLimit);
  }
  MemPerc(): string {
    return statsPercentage(this.s.memPercent);
  }
  NetIO(): string {
    return statsIO(this.s.netRx, this.s.netTx);
  }
  BlockIO(): string {
    return statsIO(this.s.blockRead, this.s.blockWrite);
  }
  PIDs(): string {
    return String(this.s.pids);
  }
}

/** One stats frame: `names` are what was asked for (else the short ids), `format` as given to --format. */
export function statsTable(samples: readonly StatsSample[], names: readonly string[], format: string, trunc: boolean): string {
  const rows = samples.map((s, i) => new StatsContext(s, names[i] ?? s.id.slice(0, 12), trunc));
  const f = format === '' || format === TABLE_FORMAT_KEY ? DEFAULT_STATS_TABLE_FORMAT : format;
  return formatWrite(f, STATS_HEADERS, rows);
}

/** The escape sequences docker's streaming mode wraps each frame in. */
function streamFrame(table: string): string {
  return '\x1b[H' + table.split('\n').map((line) => `${line} \x1b[K\n`).join('') + '\x1b[J';
}

/** Where a stats frame goes: the command's output, and the terminal it holds while streaming. */
interface StatsOutput {
  out(text: string): void;
  io: { shell: Pick<ShellControl, 'attach'> };
}

/** Prints one frame with --no-stream, else the first frame of the stream, held until Ctrl+C. */
export function showStats(ctx: StatsOutput, samples: readonly StatsSample[], names: readonly string[], o: { format: string; noTrunc: boolean; noStream: boolean }): number {
  const table = statsTable(samples, names, o.format, !o.noTrunc);
  if (o.noStream) {
    ctx.out(table);
    return 0;
  }
  ctx.out(streamFrame(table));
  ctx.io.shell.attach(() => ({ output: '\n', exitCode: 130 }));
  return 0;
}

export const stats = defineCommand<DockerEnv>()({
  use: 'stats [OPTIONS] [CONTAINER...]',
  short: 'Display a live stream of container(s) resource usage statistics',
  aliasesLine: 'docker container stats, docker stats',
  at: [{ parent: 'container' }, { parent: '' }],
  flags: {
    all: f.bool({ short: 'a', usage: 'Show all containers (default shows just running)' }),
    noStream: f.bool({ usage: 'Disable streaming stats and only pull the first result' }),
    noTrunc: f.bool({ usage: 'Do not truncate output' }),
    format: f.string({ usage: FORMAT_HELP }),
  },
  complete: (ctx) => runningNames(ctx.env),
  run(ctx, o, args) {
    const eng = ctx.env.eng;
    const samples = args.length > 0 ? containerStats(eng, args) : containerStats(eng, [], o.all);
    return showStats(ctx, samples, args, o);
  },
});
