import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../host';

/** A host with a ready PostgreSQL container `db` (appdb, on the volume pgdata). */
function withPostgres(extra = '') {
  const h = createHostSession();
  h.run('docker network create app >/dev/null');
  h.run(`docker run -d --name db -e POSTGRES_PASSWORD=pw -e POSTGRES_DB=appdb -v pgdata:/var/lib/postgresql/data ${extra} postgres >/dev/null 2>&1`);
  h.run('sleep 2');
  const sh = (line: string) => h.run(line);
  return { h, sh };
}

describe('psql in a postgres container', () => {
  it('runs as root without -U: the role does not exist (exit 2)', () => {
    const { sh } = withPostgres();
    expect(sh('docker exec db psql -c "select 1"')).toMatchObject({
      stderr: 'psql: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: FATAL:  role "root" does not exist\n',
      exitCode: 2,
    });
    expect(sh('docker exec db psql -U postgres -d nope -c "select 1"').stderr).toContain('FATAL:  database "nope" does not exist');
  });

  it('creates, fills and reads a table; a syntax error shows the line and a caret (exit 1)', () => {
    const { sh } = withPostgres();
    expect(sh('docker exec db psql -U postgres -d appdb -c "CREATE TABLE users (id serial PRIMARY KEY, name text)"').stdout).toBe('CREATE TABLE\n');
    expect(sh(`docker exec db psql -U postgres -d appdb -c "INSERT INTO users (name) VALUES ('ann'), ('bob')"`).stdout).toBe('INSERT 0 2\n');
    expect(sh('docker exec db psql -U postgres -d appdb -c "SELECT * FROM users"').stdout).toBe(' id | name \n----+------\n  1 | ann\n  2 | bob\n(2 rows)\n\n');
    expect(sh('docker exec db psql -U postgres -d appdb -c "SELECT * FRM users"')).toMatchObject({
      stderr: 'ERROR:  syntax error at or near "FRM"\nLINE 1: SELECT * FRM users\n                 ^\n',
      exitCode: 1,
    });
    expect(sh(`docker exec db psql -U postgres -c "SELECT 'abc"`).stderr).toBe('ERROR:  unterminated quoted string at or near "\'abc"\nLINE 1: SELECT \'abc\n               ^\n');
  });

  it('a failed -c string changes nothing (one transaction)', () => {
    const { sh } = withPostgres();
    sh('docker exec db psql -U postgres -d appdb -c "CREATE TABLE t (n int)"');
    expect(sh('docker exec db psql -U postgres -d appdb -c "INSERT INTO t VALUES (1); INSERT INTO nope VALUES (2)"').exitCode).toBe(1);
    expect(sh('docker exec db psql -U postgres -d appdb -At -c "SELECT count(*) FROM t"').stdout).toBe('0\n');
  });

  it('dumps with pg_dump and restores with psql from stdin, as the backup lesson does', () => {
    const { sh } = withPostgres();
    sh(`docker exec db psql -U postgres -d appdb -c "CREATE TABLE notes (id serial PRIMARY KEY, body text); INSERT INTO notes (body) VALUES ('one'), ('two')"`);
    sh('mkdir -p ~/backups');
    expect(sh('docker exec db pg_dump -U postgres -d appdb > ~/backups/appdb.sql').exitCode).toBe(0);
    const dump = sh('cat ~/backups/appdb.sql').stdout;
    expect(dump).toContain('COPY public.notes (id, body) FROM stdin;\n1\tone\n2\ttwo\n\\.\n');
    sh('docker exec db psql -U postgres -d appdb -c "DROP TABLE notes"');
    const restore = sh('docker exec -i db psql -U postgres -d appdb < ~/backups/appdb.sql');
    expect(restore.exitCode).toBe(0);
    expect(restore.stdout).toContain('CREATE TABLE\nALTER TABLE\nCREATE SEQUENCE\nALTER SEQUENCE\nALTER SEQUENCE\nALTER TABLE\nCOPY 2\n');
    expect(sh(`docker exec db psql -U postgres -d appdb -c "INSERT INTO notes (body) VALUES ('three') RETURNING id"`).exitCode).toBe(1);
    sh(`docker exec db psql -U postgres -d appdb -c "INSERT INTO notes (body) VALUES ('three')"`);
    expect(sh('docker exec db psql -U postgres -d appdb -At -c "SELECT id, body FROM notes ORDER BY id"').stdout).toBe('1|one\n2|two\n3|three\n');
    const again = sh('docker exec -i db psql -U postgres -d appdb < ~/backups/appdb.sql');
    expect(again.stderr).toContain('psql:<stdin>:');
    expect(again.stderr).toContain('ERROR:  relation "notes" already exists\n');
    expect(again.exitCode).toBe(0);
    expect(sh('docker exec -i db psql -v ON_ERROR_STOP=1 -U postgres -d appdb < ~/backups/appdb.sql').exitCode).toBe(3);
  });

  it('keeps tables on the volume: a new container on it finds them, one without it does not', () => {
    const { sh } = withPostgres();
    sh('docker exec db psql -U postgres -d appdb -c "CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)"');
    sh('docker rm -f db');
    sh('docker run -d --name db2 -e POSTGRES_PASSWORD=other -v pgdata:/var/lib/postgresql/data postgres');
    sh('sleep 1');
    expect(sh('docker exec db2 psql -U postgres -d appdb -At -c "SELECT n FROM kept"').stdout).toBe('42\n');
    sh('docker run -d --name fresh -e POSTGRES_PASSWORD=pw postgres');
    sh('sleep 1');
    expect(sh('docker exec fresh psql -U postgres -c "SELECT n FROM kept"').stderr).toContain('ERROR:  relation "kept" does not exist');
  });

  it('fails before the server is ready, as pg_isready says', () => {
    const h = createHostSession({ stepMs: 0 });
    h.run('docker run -d --name db -e POSTGRES_PASSWORD=pw postgres');
    expect(h.run('docker exec db pg_isready')).toMatchObject({ stdout: '/var/run/postgresql:5432 - no response\n', exitCode: 2 });
    expect(h.run('docker exec db psql -U postgres -c "select 1"')).toMatchObject({ exitCode: 2, stderr: expect.stringContaining('No such file or directory\n\tIs the server running locally') });
    h.run('sleep 2');
    expect(h.run('docker exec db pg_isready')).toMatchObject({ stdout: '/var/run/postgresql:5432 - accepting connections\n', exitCode: 0 });
  });

  it('from another container: a password is needed over TCP; PGPASSWORD gives it', () => {
    const { sh } = withPostgres('--network app');
    const none = sh('docker run --rm --network app postgres psql -h db -U postgres -c "select 1"');
    expect(none.stderr).toMatch(/^psql: error: connection to server at "db" \(172\.\d+\.\d+\.\d+\), port 5432 failed: fe_sendauth: no password supplied\n$/);
    expect(sh('docker run --rm --network app -e PGPASSWORD=pw postgres psql -h db -U postgres -At -c "select 7"').stdout).toBe('7\n');
    expect(sh('docker run --rm --network app -e PGPASSWORD=bad postgres psql -h db -U postgres -c "select 7"').stderr).toContain('FATAL:  password authentication failed for user "postgres"');
    expect(sh('docker run --rm postgres psql -h db -U postgres').stderr).toBe('psql: error: could not translate host name "db" to address: Name or service not known\n');
  });

  it('a client installed in another container (apk add postgresql-client) appears and connects', () => {
    const { sh } = withPostgres('--network app');
    sh('docker run -d --name box --network app alpine sleep 1000');
    expect(sh('docker exec box psql --version').exitCode).toBe(127);
    sh('docker exec box apk add postgresql-client');
    expect(sh('docker exec box psql --version').stdout).toBe('psql (PostgreSQL) 17.5\n');
    expect(sh("docker exec -e PGPASSWORD=pw box psql -h db -U postgres -At -c 'select 1'").stdout).toBe('1\n');
  });

  it("the image docs' client: docker run -it --rm … psql -h db asks the password, then prompts", () => {
    const { h } = withPostgres('--network app');
    expect(h.run('docker run -it --rm --network app postgres psql -h db -U postgres').stdout).toContain('Password for user postgres: ');
    expect(h.asking?.()).toEqual({ secret: true });
    expect(h.run('pw').stdout).toContain('Type "help" for help.\n\npostgres=# ');
    expect(h.run('SELECT 42;').stdout).toBe(' ?column? \n----------\n       42\n(1 row)\n\npostgres=# ');
    expect(h.run('\\q').exitCode).toBe(0);
    expect(h.run('docker run -it --rm --network app postgres psql -h db -U postgres').exitCode).toBe(0);
    expect(h.run('wrong')).toMatchObject({ stderr: expect.stringContaining('FATAL:  password authentication failed for user "postgres"'), exitCode: 2 });
  });

  it('opens the interactive prompt with -it; lines go to psql until \\q', () => {
    const { h } = withPostgres();
    const open = h.run('docker exec -it db psql -U postgres -d appdb');
    expect(open.stdout).toBe('psql (17.5 (Debian 17.5-1.pgdg120+1))\nType "help" for help.\n\nappdb=# ');
    expect(h.run('CREATE TABLE t (a int,').stdout).toBe('appdb-# ');
    expect(h.run('b text);').stdout).toBe('CREATE TABLE\nappdb=# ');
    expect(h.run('\\dt').stdout).toContain(' public | t    | table | postgres\n(1 row)\n\nappdb=# ');
    expect(h.run('\\q')).toMatchObject({ stdout: '', exitCode: 0 });
    expect(h.prompt()).toBe('learner@dockerlings:~$ ');
  });
});
