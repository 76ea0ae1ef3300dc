/**
 * Speed of the build subsystem: Dockerfile parsing, a fully cached rebuild, a rebuild after a
 * source change (the cache lesson), and a cold build. Engine with the fake runner; the shell is
 * measured by its own bench.   npx tsx scripts/bench-build.ts
 */
import { parseDockerfile } from '../lib/sim/build/dockerfile/index';
import { project } from '../lib/sim/build/testing';

const DOCKERFILE = `# syntax=docker/dockerfile:1
ARG NODE_VERSION=24
FROM alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN touch /app/node_modules
FROM deps AS build
COPY . .
RUN write /app/index.html built
FROM alpine
ENV NODE_ENV=production PORT=3000
COPY --from=build /app/index.html /srv/
EXPOSE 3000
HEALTHCHECK --interval=30s CMD wget -q -O /dev/null http://localhost:3000/ || exit 1
CMD ["cat", "/srv/index.html"]
`;

function measure(name: string, n: number, fn: (i: number) => void): void {
  const times: number[] = [];
  for (let i = 0; i < Math.min(20, n); i++) fn(i);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    fn(i);
    times.push(performance.now() - s);
  }
  const total = performance.now() - t0;
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(3);
  console.log(`${name.padEnd(34)} ${(n / (total / 1000)).toFixed(0).padStart(8)} /s   p50 ${p(0.5)} ms   p99 ${p(0.99)} ms`);
}

const files = { Dockerfile: DOCKERFILE, 'package.json': '{"name":"app"}', 'package-lock.json': '{}', 'src/index.js': 'x' };
measure('parse a 15-line Dockerfile', 5000, () => void parseDockerfile(DOCKERFILE));

const cached = project(files);
cached.build();
measure('docker build (all cached)', 500, () => void cached.build());

const changing = project(files);
changing.build();
measure('docker build (source changed)', 300, (i) => {
  changing.write({ 'src/index.js': `change ${i}` });
  changing.build();
});

measure('docker build (cold, new engine)', 100, () => void project(files).build({ noCache: true }));
