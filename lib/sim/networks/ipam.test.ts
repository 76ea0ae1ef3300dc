import { describe, expect, it } from 'vitest';
import { createRng, nextU32 } from '../core/rng';
import { intToIp, ipToInt, macFor } from './ipam';

/** The definitions: four dot-separated parts of 1–3 digits, each at most 255. */
function ipByDefinition(ip: string): number | null {
  const parts = ip.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

describe('IPv4 text', () => {
  it('reads what docker accepts and refuses the rest', () => {
    expect(ipToInt('172.17.0.2')).toBe(0xac110002);
    expect(ipToInt('255.255.255.255')).toBe(0xffffffff);
    expect(ipToInt('010.0.0.1')).toBe(0x0a000001);
    for (const bad of ['', '1.2.3', '1.2.3.4.', '.1.2.3', '1.2.3.256', '1.2.3.4/8', '1..3.4', '1.2.3.0004', ' 1.2.3.4', '1.2.3.٣']) expect(ipToInt(bad)).toBeNull();
  });

  it('agrees with the definition on random near-addresses', () => {
    const rng = createRng(3);
    const alphabet = '0123456789..../a ';
    for (let k = 0; k < 5000; k++) {
      const s = Array.from({ length: nextU32(rng) % 16 }, () => alphabet[nextU32(rng) % alphabet.length]).join('');
      expect(ipToInt(s)).toBe(ipByDefinition(s));
    }
  });

  it('writes addresses and MACs back as docker shows them', () => {
    expect(intToIp(0xac110002)).toBe('172.17.0.2');
    expect(intToIp(0xffffffff)).toBe('255.255.255.255');
    expect(macFor(0xac110002)).toBe('02:42:ac:11:00:02');
    expect(macFor(0x0a00ff0f)).toBe('02:42:0a:00:ff:0f');
    expect(macFor(0xffffffff)).toBe('02:42:ff:ff:ff:ff');
  });

  it('writes every byte value of a MAC as two lowercase hex digits', () => {
    for (let b = 0; b < 256; b++) {
      const h = b.toString(16).padStart(2, '0');
      expect(macFor(((b << 24) | (b << 16) | (b << 8) | b) >>> 0)).toBe(`02:42:${h}:${h}:${h}:${h}`);
    }
  });
});
