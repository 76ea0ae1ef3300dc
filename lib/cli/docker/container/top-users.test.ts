/**
 * docker top runs the host's ps: the uid column is numeric, and user names come from the host's
 * /etc/passwd by uid (a container user the host lacks shows as its number).
 */
import { describe, it } from 'vitest';
import { dockerSession, ID64, runCases } from './testing/session';

describe('docker top users as the host sees them', () => {
  it('nginx workers (uid 101 in the image) show as 101; -o uid is numeric; root is root', () => {
    runCases(dockerSession(), [
      { cmd: 'docker run -d --name web nginx', out: ID64 },
      { cmd: 'docker exec web grep ^nginx: /etc/passwd', out: /^nginx:x:101:101:/ },
      { cmd: 'docker top web -o pid,uid,user | tail -n +2', out: /^(\d+ +0 +root\n)(\d+ +101 +101\n){4}$/ },
      { cmd: 'docker top web -o user,pid | sed -n 2,3p', out: /^root +\d+\n101 +\d+\n$/ },
      { cmd: 'docker top web | sed -n 3p', out: /^101 +\d+ +\d+ +0 /},
      { cmd: 'docker top web -o uid', err: "Error response from daemon: Couldn't find PID field in ps output\n", exit: 1 },
    ]);
  });

  it('a uid the host has is named from the host passwd (1000 is learner), others stay numbers', () => {
    runCases(dockerSession(), [
      { cmd: 'docker run -d --name a --user 1000 alpine sleep 300', out: ID64 },
      { cmd: 'docker top a -o user,uid,pid | tail -1', out: /^learner +1000 +\d+\n$/ },
      { cmd: 'docker run -d --name b --user 4242:4242 alpine sleep 300', out: ID64 },
      { cmd: 'docker top b | tail -1', out: /^4242 +\d+/ },
      { cmd: 'docker run -d --name c --user nobody alpine sleep 300', out: ID64 },
      { cmd: 'docker top c -o uid,user,pid | tail -1', out: /^65534 +nobody +\d+\n$/ },
    ]);
  });
});
