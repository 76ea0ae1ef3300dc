/**
 * Readiness and liveness probes: httpGet and tcpSocket through the node's network to the pod IP,
 * exec inside the container. Readiness gates the pod's Ready condition (and so the Service's
 * endpoints); failureThreshold liveness failures restart the container.
 */
import { execRun } from '../../containers/exec';
import { httpRequest } from '../../networks/http';
import { connect } from '../../networks/reach';
import { EngineError } from '../../core/errors';
import { KUBELET, recordEvent } from '../events';
import type { Ctx, PodRuntime } from '../state';
import type { Container, Pod, Probe } from '../types';
import { fieldPath } from './pull';
import { engineContainer, signalContainer } from './runtime';
import { refreshReadiness, statusOf } from './status';

function portOf(c: Container, port: number | string): number {
  if (typeof port === 'number') return port;
  return c.ports?.find((p) => p.name === port)?.containerPort ?? Number(port);
}

/** The probe's verdict: null = success, else the failure text kubectl shows. */
function probeOnce(ctx: Ctx, pod: Pod, rt: PodRuntime, c: Container, probe: Probe): string | null {
  const ip = pod.status.podIP ?? '';
  if (probe.httpGet) {
    const port = portOf(c, probe.httpGet.port);
    const path = probe.httpGet.path ?? '/';
    const r = httpRequest(ctx.node, { kind: 'host' }, `http://${ip}:${port}${path}`);
    if (!r.ok) return `Get "http://${ip}:${port}${path}": dial tcp ${ip}:${port}: connect: ${r.error === 'timeout' ? 'i/o timeout' : 'connection refused'}`;
    return r.response.status >= 200 && r.response.status < 400 ? null : `HTTP probe failed with statuscode: ${r.response.status}`;
  }
  if (probe.tcpSocket) {
    const port = portOf(c, probe.tcpSocket.port);
    return connect(ctx.node, { kind: 'host' }, ip, port).ok ? null : `dial tcp ${ip}:${port}: connect: connection refused`;
  }
  if (probe.exec) {
    const id = rt.containers[c.name];
    if (!id) return 'container not running';
    try {
      const r = execRun(ctx.node, id, probe.exec.command);
      return r.exitCode === 0 ? null : r.stdout + r.stderr;
    } catch (e) {
      if (e instanceof EngineError) return e.message;
      throw e;
    }
  }
  return null;
}

export function scheduleProbes(ctx: Ctx, pod: Pod, rt: PodRuntime, name: string): void {
  const c = pod.spec.containers.find((x) => x.name === name)!;
  const p = c.readinessProbe ?? c.livenessProbe;
  if (!p) return;
  rt.probeAt[name] = ctx.now() + Math.max(1, p.initialDelaySeconds ?? 0) * 1000;
  rt.failures[name] = 0;
}

/** Run container `name`'s due probes; `until` lets a long idle stretch skip to one final probe. */
export function runProbes(ctx: Ctx, pod: Pod, rt: PodRuntime, name: string, until: number): void {
  const c = pod.spec.containers.find((x) => x.name === name)!;
  const i = pod.spec.containers.indexOf(c);
  const s = statusOf(pod, name);
  if (!s.state.running || !engineContainer(ctx, rt.containers[name])?.state.Running) {
    delete rt.probeAt[name];
    return;
  }
  let period = 10_000;
  if (c.readinessProbe) {
    period = (c.readinessProbe.periodSeconds ?? 10) * 1000;
    const fail = probeOnce(ctx, pod, rt, c, c.readinessProbe);
    if (fail !== null) recordEvent(ctx, pod, 'Warning', 'Unhealthy', `Readiness probe failed: ${fail}`, KUBELET, fieldPath(pod, i));
    if (s.ready !== (fail === null)) {
      s.ready = fail === null;
      refreshReadiness(ctx, pod);
    }
  }
  if (c.livenessProbe) {
    period = Math.min(period, (c.livenessProbe.periodSeconds ?? 10) * 1000);
    const fail = probeOnce(ctx, pod, rt, c, c.livenessProbe);
    if (fail === null) rt.failures[name] = 0;
    else {
      recordEvent(ctx, pod, 'Warning', 'Unhealthy', `Liveness probe failed: ${fail}`, KUBELET, fieldPath(pod, i));
      rt.failures[name] = (rt.failures[name] ?? 0) + 1;
      if (rt.failures[name]! >= (c.livenessProbe.failureThreshold ?? 3)) {
        recordEvent(ctx, pod, 'Normal', 'Killing', `Container ${name} failed liveness probe, will be restarted`, KUBELET, fieldPath(pod, i));
        signalContainer(ctx, rt.containers[name]!, 'SIGKILL');
        delete rt.probeAt[name];
        return;
      }
    }
  }
  const healthy = s.ready && (rt.failures[name] ?? 0) === 0;
  rt.probeAt[name] = healthy ? Math.max(ctx.now() + period, until) : ctx.now() + period;
}
