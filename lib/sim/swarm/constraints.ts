/**
 * Placement constraints as swarmkit parses and matches them (manager/constraint): `key==value`,
 * `key!=value` over node.id, node.hostname, node.ip, node.role, node.platform.*, node.labels.*,
 * engine.labels.*; values compared case-insensitively.
 */
import { EngineError } from '../core/errors';
import { ipToInt, parseCidr } from '../networks/ipam';
import type { NodeRecord } from './types';

export interface Constraint {
  key: string;
  equal: boolean;
  value: string;
}

const KEY = /^[a-z_][a-z0-9\-_.]+$/i;
const VALUE = /^[a-z0-9:\-_\s.*()?+[\]\\^$|/]+$/i;
const NODE_LABEL = 'node.labels.';
const ENGINE_LABEL = 'engine.labels.';

/** Parse the constraints or throw the error the daemon returns (gRPC code Unknown). */
export function parseConstraints(exprs: readonly string[]): Constraint[] {
  return exprs.map((e) => {
    for (const op of ['==', '!=']) {
      const at = e.indexOf(op);
      if (at < 0) continue;
      const key = e.slice(0, at).trim();
      const value = e.slice(at + 2).trim();
      if (!KEY.test(key)) throw unknown(`key '${key}' is invalid`);
      if (!VALUE.test(value)) throw unknown(`value '${value}' is invalid`);
      return { key, equal: op === '==', value };
    }
    throw unknown('constraint expected one operator from ==, !=');
  });
}

function unknown(desc: string): EngineError {
  return new EngineError('unknown', `rpc error: code = Unknown desc = ${desc}`);
}

function matchValue(c: Constraint, what: string): boolean {
  const hit = c.value.toLowerCase() === what.toLowerCase();
  return c.equal ? hit : !hit;
}

function matchIp(c: Constraint, addr: string): boolean {
  const node = ipToInt(addr);
  const ip = ipToInt(c.value);
  if (ip !== null) return (ip === node) === c.equal;
  const subnet = parseCidr(c.value);
  if (!subnet || node === null) return false;
  const within = node >= subnet.base && node < subnet.base + 2 ** (32 - subnet.prefix);
  return within === c.equal;
}

export interface NodeFacts {
  node: NodeRecord;
  engineLabels: Record<string, string>;
}

/** Whether the node satisfies every constraint. */
export function nodeMatches(constraints: readonly Constraint[], { node, engineLabels }: NodeFacts): boolean {
  return constraints.every((c) => {
    const key = c.key.toLowerCase();
    if (key === 'node.id') return matchValue(c, node.id);
    if (key === 'node.hostname') return matchValue(c, node.hostname);
    if (key === 'node.ip') return matchIp(c, node.addr);
    if (key === 'node.role') return matchValue(c, node.spec.Role);
    if (key === 'node.platform.os') return matchValue(c, 'linux');
    if (key === 'node.platform.arch') return matchValue(c, 'x86_64');
    if (key.length > NODE_LABEL.length && key.startsWith(NODE_LABEL)) return matchValue(c, node.spec.Labels[c.key.slice(NODE_LABEL.length)] ?? '');
    if (key.length > ENGINE_LABEL.length && key.startsWith(ENGINE_LABEL)) return matchValue(c, engineLabels[c.key.slice(ENGINE_LABEL.length)] ?? '');
    return false;
  });
}
