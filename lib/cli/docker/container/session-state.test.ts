/** The engine lives in the learner's session: its clock is the host clock and snapshots carry its world. */
import { describe, expect, it } from 'vitest';
import { dockerSession, runCases } from './testing/session';

describe('docker state in host snapshots', () => {
  it('restores containers, logs and the clock with the files and the shell', () => {
    const s = dockerSession(['alpine']);
    runCases(s, [{ cmd: 'docker run --name keep alpine echo kept && sleep 30', out: 'kept\n' }]);
    const snap = JSON.parse(JSON.stringify(s.snapshot()));
    runCases(s, [
      { cmd: 'docker rm keep && docker run -d --name extra alpine sleep 100', out: /^keep\n[0-9a-f]{64}\n$/ },
      { cmd: 'sleep 600', out: '' },
    ]);
    s.restore(snap);
    runCases(s, [
      { cmd: "docker ps -a --format '{{.Names}} {{.Status}}'", out: 'keep Exited (0) 30 seconds ago\n' },
      { cmd: 'docker logs keep', out: 'kept\n' },
      { cmd: 'date +%T', out: '09:00:30\n' },
    ]);
  });

  it('shares one clock: sleep in the shell lets containers run', () => {
    runCases(dockerSession(['alpine']), [
      { cmd: "docker run -d --name job alpine sh -c 'sleep 20; echo done'", out: /^[0-9a-f]{64}\n$/ },
      { cmd: 'docker logs job', out: '' },
      { cmd: "sleep 25; docker ps -a --format '{{.Status}}'; docker logs job", out: 'Exited (0) 5 seconds ago\ndone\n' },
    ]);
  });
});
