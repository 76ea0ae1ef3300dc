/** The few public hosts the simulated world can reach (curl from the host or a container). */
import type { HttpResponse } from '../containers/behaviours/types';

export interface PublicHost {
  ip: string;
  http(path: string): HttpResponse;
}

const EXAMPLE = `<!doctype html>
<html>
<head>
    <title>Example Domain</title>
</head>
<body>
<div>
    <h1>Example Domain</h1>
    <p>This domain is for use in documentation examples without needing permission. Avoid use in operations.</p>
    <p><a href="https://iana.org/domains/example">Learn more</a></p>
</div>
</body>
</html>
`;

const page = (status: number, statusText: string, body: string, extra: Array<[string, string]> = []): HttpResponse => ({
  status,
  statusText,
  headers: [['Content-Type', 'text/html; charset=UTF-8'], ...extra, ['Content-Length', String(body.length)]],
  body,
});

const HOSTS: Record<string, PublicHost> = {
  'example.com': { ip: '23.192.228.80', http: () => page(200, 'OK', EXAMPLE) },
  'www.example.com': { ip: '23.192.228.84', http: () => page(200, 'OK', EXAMPLE) },
  'google.com': { ip: '142.250.185.78', http: () => page(301, 'Moved Permanently', '<HTML><HEAD><meta http-equiv="content-type" content="text/html;charset=utf-8">\n<TITLE>301 Moved</TITLE></HEAD><BODY>\n<H1>301 Moved</H1>\nThe document has moved\n<A HREF="http://www.google.com/">here</A>.\r\n</BODY></HTML>\r\n', [['Location', 'http://www.google.com/']]) },
  'www.google.com': { ip: '142.250.185.100', http: () => page(200, 'OK', '<!doctype html><html itemscope="" itemtype="http://schema.org/WebPage" lang="en"><head><title>Google</title></head><body></body></html>') },
  'github.com': { ip: '140.82.121.4', http: () => page(301, 'Moved Permanently', '', [['Location', 'https://github.com/']]) },
  'registry-1.docker.io': { ip: '54.227.20.253', http: () => ({ status: 401, statusText: 'Unauthorized', headers: [['Content-Type', 'application/json'], ['Docker-Distribution-Api-Version', 'registry/2.0']], body: '{"errors":[{"code":"UNAUTHORIZED","message":"authentication required","detail":null}]}\n' }) },
  'dns.google': { ip: '8.8.8.8', http: () => page(302, 'Found', '<HTML><HEAD><meta http-equiv="content-type" content="text/html;charset=utf-8">\n<TITLE>302 Moved</TITLE></HEAD><BODY>\n<H1>302 Moved</H1>\nThe document has moved\n<A HREF="https://dns.google/">here</A>.\r\n</BODY></HTML>\r\n', [['Location', 'https://dns.google/']]) },
  'one.one.one.one': { ip: '1.1.1.1', http: () => page(301, 'Moved Permanently', '', [['Location', 'https://one.one.one.one/']]) },
  'deb.debian.org': { ip: '151.101.130.132', http: () => page(200, 'OK', '<html><body>Debian mirror</body></html>') },
  'dl-cdn.alpinelinux.org': { ip: '151.101.2.133', http: () => page(200, 'OK', '<html><body>Alpine mirror</body></html>') },
};

export function publicHost(name: string): PublicHost | undefined {
  return HOSTS[name.toLowerCase()];
}

export function publicHostByIp(ip: string): PublicHost | undefined {
  return Object.values(HOSTS).find((h) => h.ip === ip);
}
