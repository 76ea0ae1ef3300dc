/**
 * docker/cli's mergeSwarmSpec for `swarm init` and `swarm update`: only the cluster settings given
 * on the command line (flags.Changed) reach the spec; the rest keep the swarm's current values.
 */
export interface SwarmSettingFlags {
  autolock: boolean;
  certExpiry: number;
  dispatcherHeartbeat: number;
  maxSnapshots: number;
  snapshotInterval: number;
}

export function changedSettings(ctx: { changed(flag: string): boolean }, o: SwarmSettingFlags): Partial<SwarmSettingFlags> {
  return {
    ...(ctx.changed('autolock') ? { autolock: o.autolock } : {}),
    ...(ctx.changed('cert-expiry') ? { certExpiry: o.certExpiry } : {}),
    ...(ctx.changed('dispatcher-heartbeat') ? { dispatcherHeartbeat: o.dispatcherHeartbeat } : {}),
    ...(ctx.changed('max-snapshots') ? { maxSnapshots: o.maxSnapshots } : {}),
    ...(ctx.changed('snapshot-interval') ? { snapshotInterval: o.snapshotInterval } : {}),
  };
}
