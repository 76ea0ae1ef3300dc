/** The image a build produces: config, history (as `docker history` shows it), layers, ONBUILD. */
import { describe, expect, it } from 'vitest';
import { builtImage, project, stepStates } from './testing';

const FULL = [
  'FROM alpine',
  'LABEL org.opencontainers.image.title="My app" version=1.0',
  'ENV NODE_ENV=production PORT=3000',
  'WORKDIR /srv/app',
  'COPY --chown=1000:1000 --chmod=640 app.txt ./',
  'RUN write /srv/app/built yes',
  'EXPOSE 3000 9229/udp',
  'VOLUME ["/data"]',
  'USER 1000',
  'STOPSIGNAL SIGQUIT',
  'HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD wget -q -O /dev/null http://localhost:3000/ || exit 1',
  'ENTRYPOINT ["node"]',
  'CMD ["server.js"]',
  'ONBUILD COPY . /srv/app',
  '',
].join('\n');

describe('built image', () => {
  it('has the config each instruction sets', () => {
    const p = project({ Dockerfile: FULL, 'app.txt': 'hi' });
    const img = builtImage(p, p.build({ labels: { team: 'blue' } }));
    expect(img.config).toMatchObject({
      User: '1000',
      ExposedPorts: { '3000/tcp': {}, '9229/udp': {} },
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'NODE_ENV=production', 'PORT=3000'],
      Entrypoint: ['node'],
      Cmd: ['server.js'],
      Volumes: { '/data': {} },
      WorkingDir: '/srv/app',
      Labels: { 'org.opencontainers.image.title': 'My app', version: '1.0', team: 'blue' },
      StopSignal: 'SIGQUIT',
      Healthcheck: { Test: ['CMD-SHELL', 'wget -q -O /dev/null http://localhost:3000/ || exit 1'], Interval: 30e9, Timeout: 3e9, Retries: 3 },
      OnBuild: ['COPY . /srv/app'],
    });
    expect(img.architecture).toBe('amd64');
    expect(img.os).toBe('linux');
  });

  it('writes history entries worded like BuildKit (docker history --no-trunc)', () => {
    const p = project({ Dockerfile: FULL, 'app.txt': 'hi' });
    const img = builtImage(p, p.build());
    const own = img.history.slice(2).map((h) => [h.createdBy, h.emptyLayer]);
    expect(img.history.slice(0, 2).map((h) => h.createdBy)).toEqual(['ADD alpine-minirootfs-3.22.1-x86_64.tar.gz / # buildkit', 'CMD ["/bin/sh"]']);
    expect(own).toEqual([
      ['LABEL org.opencontainers.image.title=My app version=1.0', true],
      ['ENV NODE_ENV=production PORT=3000', true],
      ['WORKDIR /srv/app', false],
      ['COPY --chown=1000:1000 --chmod=640 app.txt ./ # buildkit', false],
      ['RUN /bin/sh -c write /srv/app/built yes # buildkit', false],
      ['EXPOSE map[3000/tcp:{} 9229/udp:{}]', true],
      ['VOLUME [/data]', true],
      ['USER 1000', true],
      ['STOPSIGNAL SIGQUIT', true],
      ['HEALTHCHECK &{["CMD-SHELL" "wget -q -O /dev/null http://localhost:3000/ || exit 1"] "30s" "3s" "0s" "0s" \'\\x03\'}', true],
      ['ENTRYPOINT ["node"]', true],
      ['CMD ["server.js"]', true],
    ]);
    expect(img.history.slice(2).every((h) => h.comment === 'buildkit.dockerfile.v0')).toBe(true);
  });

  it('applies --chown and --chmod to copied files', () => {
    const p = project({ Dockerfile: FULL, 'app.txt': 'hi' });
    const img = builtImage(p, p.build());
    const copyLayer = img.layers[img.layers.length - 2]!;
    const host = p.eng.world.hosts[0]!;
    const data = host.layers[copyLayer]!.content;
    expect(data.kind).toBe('data');
    if (data.kind === 'data') expect(data.data.entries['/srv/app/app.txt']).toMatchObject({ uid: 1000, gid: 1000, mode: 0o640, data: 'hi' });
  });

  it('ENTRYPOINT drops the base image CMD (not one set in the stage); shell forms get /bin/sh -c and a warning', () => {
    const p = project({ Dockerfile: 'FROM alpine\nENTRYPOINT run.sh --flag\n' });
    const r = p.build();
    expect(builtImage(p, r).config).toMatchObject({ Entrypoint: ['/bin/sh', '-c', 'run.sh --flag'], Cmd: null });
    expect(r.warnings.map((w) => `${w.rule}:${w.line}`)).toEqual(['JSONArgsRecommended:2']);
    p.write({ Dockerfile: 'FROM alpine\nCMD ["a"]\nENTRYPOINT ["run.sh"]\n' });
    expect(builtImage(p, p.build()).config).toMatchObject({ Entrypoint: ['run.sh'], Cmd: ['a'] });
  });

  it('SHELL changes how RUN and CMD shell forms are run (and silences JSONArgsRecommended)', () => {
    const p = project({ Dockerfile: 'FROM alpine\nSHELL ["/bin/sh", "-ec"]\nRUN write /x 1\nCMD echo hi\n' });
    const r = p.build();
    const img = builtImage(p, r);
    expect(img.config.Cmd).toEqual(['/bin/sh', '-ec', 'echo hi']);
    expect(img.history.map((h) => h.createdBy)).toContain('RUN /bin/sh -ec write /x 1 # buildkit');
    expect(r.warnings).toEqual([]);
  });

  it('ONBUILD triggers run first in a build FROM that image, marked ONBUILD', () => {
    const p = project({ Dockerfile: 'FROM alpine\nONBUILD RUN write /triggered yes\n' });
    p.build({ tags: ['base:1'] });
    p.write({ Dockerfile: 'FROM base:1\nRUN write /own yes\n' });
    const r = p.build({ tags: ['child'] });
    expect(Object.keys(stepStates(r))).toEqual(['[1/3] FROM docker.io/library/base:1', '[2/3] ONBUILD RUN write /triggered yes', '[3/3] RUN write /own yes']);
    expect(builtImage(p, r).config.OnBuild).toBeNull();
  });

  it('a FROM scratch image has only its own layers and a PATH', () => {
    const p = project({ Dockerfile: 'FROM scratch\nCOPY app.txt /\n', 'app.txt': 'x' });
    const r = p.build();
    const img = builtImage(p, r);
    expect(img.layers).toHaveLength(1);
    expect(img.config.Env).toEqual(['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin']);
    expect(Object.keys(stepStates(r))).toEqual(['[1/1] COPY app.txt /']);
  });
});
