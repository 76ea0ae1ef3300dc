/**
 * The two goals that look at what the learner typed: `command` (a successful line contained a
 * command of this shape, up to aliases and flag spellings) and `answer` (the typed answer equals
 * what the simulator says, e.g. the container's IP address).
 */
import type { ContainerRecord, HostState } from '../../sim/index';
import { matchesShape, normalizeCommand, type NormalizedCommand } from '../normalize/index';
import type { AnswerExpectation, GoalOf } from '../spec/types';
import type { CommandRecord, Verdict } from './context';
import { parsePortSpec } from './ports';
import { findByRef } from './refs';

const code = (s: string) => `\`${s}\``;

export function checkCommand(commands: readonly CommandRecord[] | undefined, g: GoalOf<'command'>): Verdict {
  const wanted = normalizeCommand(g.shape);
  const ran: NormalizedCommand[] = (commands ?? []).filter((c) => c.exitCode === 0).flatMap((c) => normalizeCommand(c.line));
  const ok = wanted.every((w) => ran.some((r) => matchesShape(r, w, { extraFlags: g.extraFlags })));
  return ok ? null : `you have not run ${code(g.shape)} yet`;
}

const byName = (host: HostState, name: string): ContainerRecord | undefined => Object.values(host.containers).find((c) => c.name === name);

/** What the answer should be, from the state; null when the state cannot say (no such container). */
export function expectedAnswer(host: HostState, e: AnswerExpectation): { value: string; kind: 'text' | 'id' } | null {
  if ('value' in e) return { value: e.value, kind: 'text' };
  if ('containerIp' in e) {
    const c = byName(host, e.containerIp);
    const net = c && (e.network ? c.networks[e.network] : Object.values(c.networks)[0]);
    return net?.ipAddress ? { value: net.ipAddress, kind: 'text' } : null;
  }
  if ('containerId' in e) {
    const c = byName(host, e.containerId);
    return c ? { value: c.id, kind: 'id' } : null;
  }
  if ('imageId' in e) {
    const image = findByRef(host, e.imageId);
    return image ? { value: image.id.replace(/^sha256:/, ''), kind: 'id' } : null;
  }
  if ('exitCode' in e) {
    const c = byName(host, e.exitCode);
    return c && !c.state.Running ? { value: String(c.state.ExitCode), kind: 'text' } : null;
  }
  const c = byName(host, e.hostPort);
  const p = parsePortSpec(e.port);
  const binding = c && p ? (c.ports[`${p.containerPort}/${p.proto}`] ?? [])[0] : undefined;
  return binding ? { value: binding.HostPort, kind: 'text' } : null;
}

const clean = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Ids may be given in full or shortened to at least the 12 characters `docker ps` shows. */
export function answerMatches(given: string, expected: { value: string; kind: 'text' | 'id' }): boolean {
  const g = clean(given);
  if (expected.kind === 'text') return g === clean(expected.value);
  const id = g.replace(/^sha256:/, '');
  return id.length >= 12 && /^[0-9a-f]+$/.test(id) && expected.value.toLowerCase().startsWith(id);
}

export function checkAnswer(host: HostState, answers: Readonly<Record<string, string>> | undefined, g: GoalOf<'answer'>): Verdict {
  const given = answers?.[g.id];
  if (given === undefined || given.trim() === '') return 'no answer yet';
  const expected = expectedAnswer(host, g.expect);
  if (!expected) return 'the simulator has nothing to compare this answer with (is the container there?)';
  return answerMatches(given, expected) ? null : `${code(given.trim())} is not right`;
}
