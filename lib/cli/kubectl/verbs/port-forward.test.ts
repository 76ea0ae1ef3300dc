import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../../host';

function cluster() {
  const host = createHostSession();
  host.run('minikube start');
  host.run('kubectl create deployment web --image=nginx:1.27-alpine --replicas=2');
  host.run('kubectl expose deployment web --port=8000 --target-port=80');
  host.run('sleep 20');
  return host;
}

const TITLE = '<title>Welcome to nginx!</title>\n';

describe('kubectl port-forward', () => {
  it('as a background job forwards host connections to the pod until killed', () => {
    const host = cluster();
    expect(host.run('curl -s localhost:8080').exitCode).toBe(7);
    expect(host.run('kubectl port-forward deployment/web 8080:80 &')).toMatchObject({
      stdout: 'Forwarding from 127.0.0.1:8080 -> 80\nForwarding from [::1]:8080 -> 80\n',
      stderr: '[1] 1001\n',
    });
    const r = host.run('curl -s localhost:8080 | grep title');
    expect(r).toMatchObject({ stdout: `Handling connection for 8080\n${TITLE}`, exitCode: 0 });
    expect(host.run("curl -s 'http://[::1]:8080/' | grep title").stdout).toBe(`Handling connection for 8080\n${TITLE}`);
    expect(host.run('kill %1').stderr).toBe('[1]+  Terminated              kubectl port-forward deployment/web 8080:80\n');
    expect(host.run('curl -s localhost:8080')).toMatchObject({ stdout: '', exitCode: 7 });
  });

  it('a second forward on the same local port fails as kubectl does', () => {
    const host = cluster();
    host.run('kubectl port-forward deployment/web 8080:80 &');
    expect(host.run('kubectl port-forward pod/$(kubectl get pods -o name | head -1 | cut -d/ -f2) 8080:80')).toEqual(
      expect.objectContaining({
        stdout: '',
        stderr:
          'Unable to listen on port 8080: Listeners failed to create with the following errors: [unable to create listener: Error listen tcp4 127.0.0.1:8080: bind: address already in use unable to create listener: Error listen tcp6 [::1]:8080: bind: address already in use]\n' +
          'error: unable to listen on any of the requested ports: [{8080 80}]\n',
        exitCode: 1,
      }),
    );
    expect(host.run('docker run -d -p 9000:80 nginx:1.27-alpine > /dev/null; kubectl port-forward deployment/web 9000:80').exitCode).toBe(1);
  });

  it('to a service uses its target port on one of its pods', () => {
    const host = cluster();
    expect(host.run('kubectl port-forward svc/web 9090:8000 &').stdout).toBe('Forwarding from 127.0.0.1:9090 -> 80\nForwarding from [::1]:9090 -> 80\n');
    expect(host.run('curl -s localhost:9090 | grep title').stdout).toBe(`Handling connection for 9090\n${TITLE}`);
    expect(host.run('kubectl port-forward svc/web 9091:80')).toMatchObject({ stderr: 'error: Service web does not have a service port 80\n', exitCode: 1 });
  });

  it('attached, holds the terminal and stops forwarding on Ctrl+C', () => {
    const host = cluster();
    host.run('kubectl port-forward deployment/web 8080:80');
    expect(host.prompt()).toBe('');
    host.interrupt();
    expect(host.run('curl -s localhost:8080').exitCode).toBe(7);
    expect(host.run('kubectl port-forward deployment/web 8080:80 &').stderr).toBe('[1] 1001\n');
  });
});
