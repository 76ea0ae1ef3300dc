/** Which curl an image or host has (the version shows in User-Agent, -V and a few messages). */
import type { FileSystem } from '../../../sim/fs/types';
import { readOr } from '../resolve';

export interface CurlBuild {
  version: string;
  /** `curl -V` text. */
  banner: string;
  /** What curl prints for a TLS handshake with a plain-HTTP server (exit 35). */
  tlsError: string;
  /** curl < 8 ends the "Connected to" verbose line with `(#0)`. */
  legacyVerbose: boolean;
}

const UBUNTU_NOBLE: CurlBuild = {
  version: '8.5.0',
  banner:
    'curl 8.5.0 (x86_64-pc-linux-gnu) libcurl/8.5.0 OpenSSL/3.0.13 zlib/1.3 brotli/1.1.0 zstd/1.5.5 libidn2/2.3.7 libpsl/0.21.2 (+libidn2/2.3.7) libssh/0.10.6/openssl/zlib nghttp2/1.59.0 librtmp/2.3 OpenLDAP/2.6.7\n' +
    'Release-Date: 2023-12-06, security patched: 8.5.0-2ubuntu10.6\n' +
    'Protocols: dict file ftp ftps gopher gophers http https imap imaps ldap ldaps mqtt pop3 pop3s rtmp rtsp scp sftp smb smbs smtp smtps telnet tftp\n' +
    'Features: alt-svc AsynchDNS brotli GSS-API HSTS HTTP2 HTTPS-proxy IDN IPv6 Kerberos Largefile libz NTLM PSL SPNEGO SSL threadsafe TLS-SRP UnixSockets zstd\n',
  tlsError: 'OpenSSL/3.0.13: error:0A00010B:SSL routines::wrong version number',
  legacyVerbose: false,
};

const DEBIAN_BOOKWORM: CurlBuild = {
  version: '7.88.1',
  banner:
    'curl 7.88.1 (x86_64-pc-linux-gnu) libcurl/7.88.1 OpenSSL/3.0.17 zlib/1.2.13 brotli/1.0.9 zstd/1.5.4 libidn2/2.3.3 libpsl/0.21.2 (+libidn2/2.3.3) libssh2/1.10.0 nghttp2/1.52.0 librtmp/2.3 OpenLDAP/2.5.13\n' +
    'Release-Date: 2023-02-20, security patched: 7.88.1-10+deb12u12\n' +
    'Protocols: dict file ftp ftps gopher gophers http https imap imaps ldap ldaps mqtt pop3 pop3s rtmp rtsp scp sftp smb smbs smtp smtps telnet tftp\n' +
    'Features: alt-svc AsynchDNS brotli GSS-API HSTS HTTP2 HTTPS-proxy IDN IPv6 Kerberos Largefile libz NTLM NTLM_WB PSL SPNEGO SSL threadsafe TLS-SRP UnixSockets zstd\n',
  tlsError: 'OpenSSL/3.0.17: error:0A00010B:SSL routines::wrong version number',
  legacyVerbose: true,
};

const ALPINE: CurlBuild = {
  version: '8.14.1',
  banner:
    'curl 8.14.1 (x86_64-alpine-linux-musl) libcurl/8.14.1 OpenSSL/3.5.1 zlib/1.3.1 brotli/1.1.0 zstd/1.5.7 c-ares/1.34.5 libidn2/2.3.7 libpsl/0.21.5 nghttp2/1.65.0\n' +
    'Release-Date: 2025-06-04\n' +
    'Protocols: dict file ftp ftps gopher gophers http https imap imaps ipfs ipns mqtt pop3 pop3s rtsp smb smbs smtp smtps telnet tftp ws wss\n' +
    'Features: alt-svc AsynchDNS brotli HSTS HTTP2 HTTPS-proxy IDN IPv6 Largefile libz NTLM PSL SSL threadsafe TLS-SRP UnixSockets zstd\n',
  tlsError: 'TLS connect error: error:0A00010B:SSL routines::wrong version number',
  legacyVerbose: false,
};

/** The host (Ubuntu 24.04) or the image's distribution decides the build. */
export function curlBuild(fs: FileSystem | null): CurlBuild {
  if (!fs) return UBUNTU_NOBLE;
  if (readOr(fs, '/etc/alpine-release') !== null) return ALPINE;
  const os = readOr(fs, '/etc/os-release') ?? '';
  if (/^ID=debian$/m.test(os)) return DEBIAN_BOOKWORM;
  return UBUNTU_NOBLE;
}
