import { describe, expect, it } from 'vitest';
import { capabilityMask, containerCapabilities, maskHex } from './capabilities';
import { procStatus } from './proc-status';
import { testEngine } from '../testing-engine';
import { createContainer } from './create';

const hex = (hc: { CapAdd?: string[]; CapDrop?: string[]; Privileged?: boolean }) =>
  maskHex(capabilityMask(containerCapabilities({ CapAdd: hc.CapAdd ?? null, CapDrop: hc.CapDrop ?? null, Privileged: hc.Privileged ?? false })));

describe('container capabilities', () => {
  it("Docker's default set is a80425fb; privileged is every capability; drop ALL is none", () => {
    expect(hex({})).toBe('00000000a80425fb');
    expect(hex({ Privileged: true })).toBe('000001ffffffffff');
    expect(hex({ CapDrop: ['ALL'] })).toBe('0000000000000000');
  });

  it('--cap-add / --cap-drop flip single bits, with or without CAP_, any case', () => {
    expect(hex({ CapDrop: ['CHOWN'] })).toBe('00000000a80425fa');
    expect(hex({ CapDrop: ['cap_net_raw'] })).toBe('00000000a80405fb');
    expect(hex({ CapAdd: ['SYS_TIME'] })).toBe('00000000aa0425fb');
    expect(hex({ CapDrop: ['ALL'], CapAdd: ['NET_BIND_SERVICE'] })).toBe('0000000000000400');
    expect(hex({ CapAdd: ['ALL'], CapDrop: ['SYS_ADMIN'] })).toBe('000001ffffdfffff');
  });

  it('/proc/self/status shows the sets for root, only the bounding set for another user', () => {
    const { eng } = testEngine(['alpine']);
    const root = createContainer(eng, { config: { Image: 'alpine', Cmd: ['grep', 'Cap', '/proc/self/status'] }, hostConfig: { CapDrop: ['NET_RAW'] } }).container;
    const text = procStatus(root);
    expect(text).toMatch(/^Name:\tgrep\n/);
    expect(text).toContain('CapInh:\t0000000000000000\nCapPrm:\t00000000a80405fb\nCapEff:\t00000000a80405fb\nCapBnd:\t00000000a80405fb\nCapAmb:\t0000000000000000\n');
    expect(text).toContain('NoNewPrivs:\t0\nSeccomp:\t2\n');
    const user = createContainer(eng, { config: { Image: 'alpine', User: '1000:1000' }, hostConfig: { SecurityOpt: ['no-new-privileges'] } }).container;
    const t2 = procStatus(user);
    expect(t2).toContain('Uid:\t1000\t1000\t1000\t1000\n');
    expect(t2).toContain('CapEff:\t0000000000000000\nCapBnd:\t00000000a80425fb\n');
    expect(t2).toContain('NoNewPrivs:\t1\n');
  });
});
