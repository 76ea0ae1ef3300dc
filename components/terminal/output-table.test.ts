import { describe, expect, it } from 'vitest';
import { parseOutputTable, tableSummary } from './output-table';

const PS = [
  'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                  NAMES',
  '3f4e8a1c2b9d   nginx     "/docker-entrypoint.…"   2 minutes ago   Up 2 minutes   0.0.0.0:8080->80/tcp   web',
  'a1b2c3d4e5f6   alpine    "echo hi"                3 minutes ago   Exited (0)                            greeter',
].join('\n');

describe('parseOutputTable', () => {
  it('splits docker ps output into named columns, empty cells included', () => {
    const table = parseOutputTable(PS)!;
    expect(table.columns).toEqual(['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES']);
    expect(table.rows[0]).toEqual(['3f4e8a1c2b9d', 'nginx', '"/docker-entrypoint.…"', '2 minutes ago', 'Up 2 minutes', '0.0.0.0:8080->80/tcp', 'web']);
    expect(table.rows[1]).toEqual(['a1b2c3d4e5f6', 'alpine', '"echo hi"', '3 minutes ago', 'Exited (0)', '', 'greeter']);
    expect(tableSummary(table)).toBe('Table, 2 rows, columns: CONTAINER ID, IMAGE, COMMAND, CREATED, STATUS, PORTS, NAMES.');
  });

  it('reads a header alone as a table with no rows', () => {
    const table = parseOutputTable('NAME      READY   STATUS\n')!;
    expect(tableSummary(table)).toBe('Table, no rows, columns: NAME, READY, STATUS.');
  });

  it('leaves ordinary output alone', () => {
    expect(parseOutputTable('hello')).toBeNull();
    expect(parseOutputTable('web Up 2 minutes\ngreeter Exited (0)')).toBeNull();
    expect(parseOutputTable('Error response from daemon: No such container: x')).toBeNull();
    expect(parseOutputTable('Usage:  docker run [OPTIONS] IMAGE\n\nRun a command')).toBeNull();
  });

  it('refuses rows whose text crosses a column start (not aligned output)', () => {
    expect(parseOutputTable('NAME   VALUE\nsomething-long-here x')).toBeNull();
  });
});
