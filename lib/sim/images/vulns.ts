/**
 * What a vulnerability scanner (Trivy in the security lesson) finds in catalog images: the OS of the
 * base layer, its package count, and known CVEs of the base and of the application layers. The data
 * is a small, illustrative extract of public advisories as of late 2025 (older tags carry more
 * findings than current ones, which is the lesson's point); it is not a vulnerability database.
 */
import { stableHex } from '../core/rng';
import type { ImageRecord } from './types';

export type Severity = 'UNKNOWN' | 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
export const SEVERITIES: readonly Severity[] = ['UNKNOWN', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

export interface Vulnerability {
  pkg: string;
  id: string;
  severity: Severity;
  status: 'fixed' | 'affected' | 'will_not_fix';
  installed: string;
  fixed: string;
  title: string;
}

export interface ScanTarget {
  family: 'alpine' | 'debian' | 'ubuntu';
  version: string;
  packages: number;
  vulns: Vulnerability[];
}

const v = (pkg: string, id: string, severity: Severity, status: Vulnerability['status'], installed: string, fixed: string, title: string): Vulnerability => ({ pkg, id, severity, status, installed, fixed, title });

const OPENSSL_33 = (pkg: string) => v(pkg, 'CVE-2025-9230', 'HIGH', 'fixed', '3.3.3-r0', '3.3.5-r0', 'openssl: Out-of-bounds read & write in RFC 3211 KEK Unwrap');
const OPENSSL_35 = (pkg: string) => v(pkg, 'CVE-2025-9230', 'HIGH', 'fixed', '3.5.1-r0', '3.5.4-r0', 'openssl: Out-of-bounds read & write in RFC 3211 KEK Unwrap');

/** Base operating systems, by the share key of their root layer (see catalog/bases.ts). */
const BASES: Record<string, ScanTarget> = {
  'alpine:3.21.4': {
    family: 'alpine', version: '3.21.4', packages: 15,
    vulns: [
      v('busybox', 'CVE-2024-58251', 'LOW', 'fixed', '1.37.0-r12', '1.37.0-r14', 'In netstat in BusyBox through 1.37.0, local users can launch of networ ...'),
      v('busybox', 'CVE-2025-46394', 'LOW', 'fixed', '1.37.0-r12', '1.37.0-r14', 'In tar in BusyBox through 1.37.0, a TAR archive can have filenames hidd ...'),
      OPENSSL_33('libcrypto3'),
      OPENSSL_33('libssl3'),
    ],
  },
  'alpine:3.22.1': {
    family: 'alpine', version: '3.22.1', packages: 16,
    vulns: [OPENSSL_35('libcrypto3'), OPENSSL_35('libssl3')],
  },
  'debian:bookworm-slim': {
    family: 'debian', version: '12.11', packages: 87,
    vulns: [
      v('apt', 'CVE-2011-3374', 'LOW', 'affected', '2.6.1', '', 'It was found that apt-key in apt, all versions, do not correctly valid ...'),
      v('coreutils', 'CVE-2016-2781', 'LOW', 'will_not_fix', '9.1-1', '', 'coreutils: Non-privileged session can escape to the parent session in chroot'),
      v('perl-base', 'CVE-2023-31484', 'HIGH', 'affected', '5.36.0-7+deb12u2', '', 'perl: CPAN.pm does not verify TLS certificates when downloading distributions over HTTPS'),
      v('tar', 'CVE-2005-2541', 'LOW', 'affected', '1.34+dfsg-1.2+deb12u1', '', 'tar: does not properly warn the user when extracting setuid or setgid files'),
      v('zlib1g', 'CVE-2023-45853', 'CRITICAL', 'will_not_fix', '1:1.2.13.dfsg-1', '', 'zlib: integer overflow and resultant heap-based buffer overflow in zipOpenNewFileInZip4_6'),
    ],
  },
  'ubuntu:24.04': {
    family: 'ubuntu', version: '24.04', packages: 92,
    vulns: [
      v('coreutils', 'CVE-2016-2781', 'LOW', 'affected', '9.4-3ubuntu6', '', 'coreutils: Non-privileged session can escape to the parent session in chroot'),
      v('gpgv', 'CVE-2022-3219', 'LOW', 'affected', '2.4.4-2ubuntu17.3', '', 'gnupg: denial of service issue (resource consumption) using compressed packets'),
    ],
  },
};

/** Application packages added by later layers, by (root filesystem key, base). */
const APPS: Record<string, { packages: number; vulns: Vulnerability[] }> = {
  'nginx-alpine@alpine:3.21.4': {
    packages: 52,
    vulns: [
      v('curl', 'CVE-2025-9086', 'HIGH', 'fixed', '8.12.1-r1', '8.14.1-r2', 'curl: libcurl: Curl out of bounds read for cookie path'),
      v('libxml2', 'CVE-2025-32414', 'HIGH', 'fixed', '2.13.4-r5', '2.13.4-r6', 'libxml2: Out-of-Bounds Read in libxml2'),
      v('libxml2', 'CVE-2025-32415', 'HIGH', 'fixed', '2.13.4-r5', '2.13.4-r6', 'libxml2: Out-of-bounds Read in xmlSchemaIDCFillNodeTables'),
      v('libxml2', 'CVE-2025-49794', 'CRITICAL', 'fixed', '2.13.4-r5', '2.13.9-r0', 'libxml: Heap use after free (UAF) leads to Denial of service (DoS)'),
      v('libxslt', 'CVE-2024-55549', 'HIGH', 'fixed', '1.1.42-r1', '1.1.42-r2', 'libxslt: Use-After-Free in libxslt (xsltGetInheritedNsList)'),
      v('libxslt', 'CVE-2025-24855', 'HIGH', 'fixed', '1.1.42-r1', '1.1.42-r2', 'libxslt: Use-After-Free in libxslt numbers.c'),
    ],
  },
  'nginx-alpine@alpine:3.22.1': {
    packages: 50,
    vulns: [v('curl', 'CVE-2025-9086', 'HIGH', 'fixed', '8.14.1-r1', '8.14.1-r2', 'curl: libcurl: Curl out of bounds read for cookie path')],
  },
};

const baseByLayer = new Map(Object.keys(BASES).map((share) => [`sha256:${stableHex(share + '#diff')}`, share]));

/** The scan of an image: null when its base is not a known distribution (scratch, distroless…). */
export function scanImage(image: ImageRecord, rootfsKeys: readonly string[]): ScanTarget | null {
  const share = image.layers.map((id) => baseByLayer.get(id)).find((s) => s !== undefined);
  if (!share) return null;
  const base = BASES[share]!;
  const apps = rootfsKeys.map((k) => APPS[`${k}@${share}`]).filter((a) => a !== undefined);
  return {
    ...base,
    packages: base.packages + apps.reduce((n, a) => n + a.packages, 0),
    vulns: [...base.vulns, ...apps.flatMap((a) => a.vulns)].sort((a, b) => (a.pkg === b.pkg ? (a.id < b.id ? -1 : 1) : a.pkg < b.pkg ? -1 : 1)),
  };
}
