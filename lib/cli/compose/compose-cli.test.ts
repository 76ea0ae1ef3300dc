import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../host';
import { composeProjectView } from '../../sim/compose/index';

const SHOP = 'services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: example\n  web:\n    image: nginx:1.27-alpine\n    ports:\n      - "8080:80"\n    depends_on:\n      - db\n';

function shop(files: Record<string, string> = { 'shop/compose.yaml': SHOP }) {
  const s = createHostSession({ files });
  s.run('cd shop');
  return s;
}

describe('docker compose (plugin) and docker-compose', () => {
  it('up -d prints the final progress frame on stderr and starts the project', () => {
    const s = shop();
    const r = s.run('docker compose up -d');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^\[\+\] Running \d+\/\d+\n/);
    expect(r.stderr).toMatch(/\n ✔ Container shop-web-1 +Started {2,}\d+\.\ds \n$/);
    expect(composeProjectView(s.engine.world.hosts[0]!, 'shop')!.services).toMatchObject({ db: { running: 1 }, web: { running: 1 } });
  });

  it('ps lists the project\'s containers in compose\'s table, sorted by name', () => {
    const s = shop();
    s.run('docker compose up -d');
    const lines = s.run('docker compose ps').stdout.split('\n');
    expect(lines[0]).toMatch(/^NAME +IMAGE +COMMAND +SERVICE +CREATED +STATUS +PORTS$/);
    expect(lines[1]).toMatch(/^shop-db-1 +postgres:16 +"docker-entrypoint\.s…" +db +/);
    expect(lines[2]).toMatch(/^shop-web-1 +nginx:1\.27-alpine .* 0\.0\.0\.0:8080->80\/tcp, \[::\]:8080->80\/tcp$/);
    expect(s.run("docker compose ps --format '{{.Service}}'").stdout).toBe('db\nweb\n');
  });

  it('the standalone docker-compose behaves the same', () => {
    const s = shop();
    expect(s.run('docker-compose version').stdout).toBe('Docker Compose version v2.36.2\n');
    expect(s.run('docker-compose up -d').exitCode).toBe(0);
    expect(s.run("docker-compose ps --format '{{.Name}}'").stdout).toBe('shop-db-1\nshop-web-1\n');
    expect(s.run('docker-compose down').stderr).toMatch(/ ✔ Network shop_default  Removed/);
  });

  it('global flags go before the subcommand; usage errors use compose\'s codes', () => {
    const s = shop();
    expect(s.run('docker compose up --bogus')).toMatchObject({ stderr: 'unknown flag: --bogus\n', exitCode: 16 });
    expect(s.run('docker compose ps -p x')).toMatchObject({ stderr: "unknown shorthand flag: 'p' in -p\n", exitCode: 16 });
    expect(s.run('docker compose exec web')).toMatchObject({ stderr: 'requires at least 2 arg(s), only received 1\n', exitCode: 1 });
    const unknown = s.run('docker compose nope');
    expect(unknown.stdout).toMatch(/^Usage:  docker compose \[OPTIONS\] COMMAND\n/);
    expect(unknown).toMatchObject({ stderr: 'unknown docker command: "compose nope"\n', exitCode: 1 });
  });

  it('docker compose with no arguments prints its help with Options before Commands', () => {
    const out = shop().run('docker compose').stdout;
    expect(out.indexOf('\nOptions:\n')).toBeGreaterThan(0);
    expect(out.indexOf('\nOptions:\n')).toBeLessThan(out.indexOf('\nCommands:\n'));
    expect(out).toMatch(/\n {2}up {10}Create and start containers\n/);
  });

  it('attached up streams prefixed logs and Ctrl+C stops the project gracefully', () => {
    const s = shop({ 'shop/compose.yaml': 'services:\n  web:\n    image: nginx:1.27-alpine\n' });
    const r = s.run('docker compose up');
    expect(r.stdout).toMatch(/^Attaching to web-1\n(web-1  \| .*\n)+$/);
    const stop = s.interrupt();
    expect(stop.stdout).toMatch(/Gracefully stopping\.\.\. \(press Ctrl\+C again to force\)\n\[\+\] Stopping 1\/1\n ✔ Container shop-web-1  Stopped/);
    expect(stop.exitCode).toBe(130);
    expect(composeProjectView(s.engine.world.hosts[0]!, 'shop')!.services.web).toMatchObject({ containers: 1, running: 0 });
  });

  it('exec runs in the service container; run --rm leaves nothing behind', () => {
    const s = shop();
    s.run('docker compose up -d');
    expect(s.run("docker compose exec db sh -c 'echo $POSTGRES_PASSWORD'").stdout.trim()).toBe('example');
    expect(s.run('docker compose run --rm web echo hi').stdout).toBe('hi\n');
    expect(s.run("docker ps -a --format '{{.Names}}'").stdout).not.toMatch(/run-/);
  });

  it('down by project name works without the file', () => {
    const s = shop();
    s.run('docker compose up -d');
    s.run('cd ~');
    expect(s.run('docker compose ps').stderr).toBe('no configuration file provided: not found\n');
    const r = s.run('docker compose -p shop down');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/ ✔ Container shop-web-1 +Removed[\s\S]* ✔ Container shop-db-1 +Removed[\s\S]* ✔ Network shop_default +Removed/);
  });

  it('docker-compose is the plugin under another name: usage lines say docker compose', () => {
    const s = shop();
    expect(s.run('docker-compose ps --help').stdout).toMatch(/^Usage:  docker compose ps \[OPTIONS\] \[SERVICE\.\.\.\]\n/);
    expect(s.run('docker-compose --version').stdout).toBe('Docker Compose version v2.36.2\n');
  });

  it('logs prefixes each line with the container name padded to the longest', () => {
    const s = shop();
    s.run('docker compose up -d');
    const lines = s.run('docker compose logs --tail 1').stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^db-1 {3}\| /);
    expect(lines[1]).toMatch(/^web-1 {2}\| /);
  });

  it('tab-completes subcommands and their flags after docker compose', () => {
    const s = shop();
    expect(s.complete('docker compose do', 17).candidates).toEqual(['down ']);
    expect(s.complete('docker compose up --remove-o', 28).candidates).toEqual(['--remove-orphans ']);
  });
});
