/**
 * Typed Dockerfile instructions (BuildKit's instructions package): what each instruction means
 * after parsing, before variable expansion (which happens per stage while building).
 */
import type { LineRange } from './errors';
import type { HealthConfig } from '../../images/types';

export interface KeyValue {
  key: string;
  value: string;
  /** Legacy `ENV key value` form (no `=`): BuildKit warns LegacyKeyValueFormat. */
  noDelim: boolean;
}

export interface ArgDef {
  key: string;
  /** undefined: `ARG NAME` without a default. */
  value?: string;
}

export interface InlineFile {
  name: string;
  data: string;
  chomp: boolean;
}

/** A heredoc used as a COPY/ADD source (`COPY <<EOF /etc/app.conf`). */
export interface SourceContent {
  path: string;
  data: string;
  expand: boolean;
}

export interface SourcesAndDest {
  dest: string;
  sources: string[];
  contents: SourceContent[];
}

interface Base {
  /** The instruction word as written (`RUN`, `run`). */
  name: string;
  /** The instruction's source text, trimmed (continuations joined). */
  code: string;
  location: LineRange[];
  /** The instruction came from a base image's ONBUILD trigger. */
  onbuild?: boolean;
}

export type Instruction =
  | (Base & { kind: 'env'; env: KeyValue[] })
  | (Base & { kind: 'label'; labels: KeyValue[] })
  | (Base & { kind: 'maintainer'; maintainer: string })
  | (Base & { kind: 'add'; files: SourcesAndDest; chown: string; chmod: string; link: boolean; checksum: string; keepGitDir: boolean })
  | (Base & { kind: 'copy'; files: SourcesAndDest; from: string; chown: string; chmod: string; link: boolean })
  | (Base & { kind: 'onbuild'; expression: string })
  | (Base & { kind: 'workdir'; path: string })
  | (Base & { kind: 'run'; cmdLine: string[]; files: InlineFile[]; prependShell: boolean; mounts: string[]; network: string; security: string; flagsUsed: string[] })
  | (Base & { kind: 'cmd' | 'entrypoint'; cmdLine: string[] | null; files: InlineFile[]; prependShell: boolean })
  | (Base & { kind: 'healthcheck'; health: HealthConfig })
  | (Base & { kind: 'expose'; ports: string[] })
  | (Base & { kind: 'user'; user: string })
  | (Base & { kind: 'volume'; volumes: string[] })
  | (Base & { kind: 'stopsignal'; signal: string })
  | (Base & { kind: 'arg'; args: ArgDef[] })
  | (Base & { kind: 'shell'; shell: string[] });

export type InstructionKind = Instruction['kind'];

export interface Stage {
  /** The image or stage the stage starts from, unexpanded (`node:${NODE_VERSION}`). */
  baseName: string;
  /** `AS name`, lowercased ('' when unnamed). */
  name: string;
  /** The FROM word as written. */
  fromWord: string;
  /** `--platform` value, unexpanded. */
  platform: string;
  code: string;
  location: LineRange[];
  commands: Instruction[];
}

export interface ParsedDockerfile {
  stages: Stage[];
  /** ARGs before the first FROM. */
  metaArgs: Extract<Instruction, { kind: 'arg' }>[];
  escape: string;
  warnings: LintWarning[];
  /** `# syntax=` directive value, if any. */
  syntax?: string;
  /** `# check=` directive value, if any. */
  check?: string;
}

export interface LintWarning {
  rule: string;
  /** The short text: `JSON arguments recommended for CMD to prevent …`. */
  message: string;
  /** 1-based line (0 when not tied to a line). */
  line: number;
  url: string;
}

export const INSTRUCTION_NAMES = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER',
  'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
] as const;
