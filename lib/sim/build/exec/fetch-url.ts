/**
 * ADD <url>: BuildKit downloads the file in its own vertex (named like the ADD step), saves it
 * with mode 0600 under the URL's base name, never unpacks it. Through the simulated network.
 */
import { httpRequest } from '../../networks/http';
import type { Instruction } from '../dockerfile/instructions';
import type { DispatchCtx } from './context';
import { StepError } from './step';

export interface Download {
  path: string;
  data: string;
  mode: number;
}

function baseOf(url: string): string {
  const path = url.replace(/^https?:\/\/[^/]*/, '').replace(/[?#].*$/, '');
  const base = path.split('/').filter(Boolean).pop();
  return base && base !== '.' ? base : '__unnamed__';
}

export function fetchUrl(ctx: DispatchCtx, url: string, name: string, ins: Instruction): Download {
  const v = ctx.progress.start(name);
  let target = url;
  for (let hop = 0; hop < 3; hop++) {
    v.spend(180);
    const r = httpRequest(ctx.eng, { kind: 'host' }, target);
    if (!r.ok) {
      const why = r.error === 'resolve'
        ? `Get ${JSON.stringify(target)}: dial tcp: lookup ${r.host} on 127.0.0.53:53: no such host`
        : `Get ${JSON.stringify(target)}: dial tcp ${r.ip ?? r.host}:${r.port}: connect: connection refused`;
      throw new StepError(why, `failed to load cache key: ${why}`, ins.location, v.fail(why));
    }
    const { status, headers, body } = r.response;
    const location = headers.find(([k]) => k.toLowerCase() === 'location')?.[1];
    if (status >= 300 && status < 400 && location && location !== target) {
      target = location;
      continue;
    }
    if (status < 200 || status >= 300) {
      const why = `invalid response status ${status}`;
      throw new StepError(why, `failed to load cache key: ${why}`, ins.location, v.fail(why));
    }
    v.done();
    return { path: baseOf(url), data: body, mode: 0o600 };
  }
  const why = 'stopped after 3 redirects';
  throw new StepError(why, `failed to load cache key: ${why}`, ins.location, v.fail(why));
}
