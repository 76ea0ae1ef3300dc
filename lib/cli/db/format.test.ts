import { describe, expect, it } from 'vitest';
import { formatReply, formatTty, quoteRepr } from './redis-format';
import { printTable } from './pg-table';
import { boxTable, batchTable } from './mysql-format';
import type { Reply } from '../../sim/db/redis-commands';

describe('redis-cli reply formats', () => {
  const list: Reply = { k: 'array', items: [{ k: 'bulk', s: 'a' }, { k: 'int', n: 2 }, { k: 'bulk', s: null }] };
  it('on a terminal: quoted strings, typed integers, (nil), numbered items', () => {
    expect(formatReply({ k: 'bulk', s: '1' }, false, 'get')).toBe('"1"\n');
    expect(formatReply({ k: 'int', n: 1 }, false, 'incr')).toBe('(integer) 1\n');
    expect(formatReply({ k: 'bulk', s: null }, false, 'get')).toBe('(nil)\n');
    expect(formatReply({ k: 'error', s: 'ERR x' }, false, 'x')).toBe('(error) ERR x\n');
    expect(formatReply(list, false, 'lrange')).toBe('1) "a"\n2) (integer) 2\n3) (nil)\n');
    expect(formatReply({ k: 'array', items: [] }, false, 'keys')).toBe('(empty array)\n');
  });
  it('raw: the bytes, one item per line, an empty line for nil', () => {
    expect(formatReply({ k: 'bulk', s: '1' }, true, 'get')).toBe('1\n');
    expect(formatReply({ k: 'bulk', s: null }, true, 'get')).toBe('\n');
    expect(formatReply(list, true, 'lrange')).toBe('a\n2\n\n');
    expect(formatReply({ k: 'error', s: 'ERR x' }, true, 'x')).toBe('ERR x\n');
  });
  it('nested arrays indent under their number; index width grows with the count', () => {
    const nested: Reply = { k: 'array', items: [{ k: 'array', items: [{ k: 'bulk', s: 'x' }, { k: 'bulk', s: 'y' }] }, { k: 'bulk', s: 'z' }] };
    expect(formatTty(nested)).toBe('1) 1) "x"\n   2) "y"\n2) "z"\n');
    const ten: Reply = { k: 'array', items: Array.from({ length: 10 }, (_, i) => ({ k: 'int' as const, n: i })) };
    expect(formatTty(ten).split('\n').slice(8, 10)).toEqual([' 9) (integer) 8', '10) (integer) 9']);
  });
  it('quotes control characters as sdscatrepr does', () => {
    expect(quoteRepr('a"b\n\x01')).toBe('"a\\"b\\n\\x01"');
  });
});

describe("psql's aligned table", () => {
  it('centres headers, right-aligns numbers, leaves the last text column unpadded', () => {
    expect(printTable({ headers: ['?column?'], aligns: ['r'], rows: [['1']] })).toBe(' ?column? \n----------\n        1\n(1 row)\n\n');
    expect(printTable({ headers: ['id', 'name'], aligns: ['r', 'l'], rows: [['1', 'alice'], ['2', 'bob']] })).toBe(' id | name  \n----+-------\n  1 | alice\n  2 | bob\n(2 rows)\n\n');
  });
  it('continues multi-line cells with + and centres the title over the table', () => {
    const out = printTable({ title: 'List', headers: ['a', 'b'], aligns: ['l', 'l'], rows: [['x', 'p\nqq']], footers: [] });
    expect(out).toBe('  List\n a | b  \n---+----\n x | p +\n   | qq\n\n');
  });
  it('-t keeps only the rows; -A separates with |', () => {
    expect(printTable({ headers: ['n'], aligns: ['r'], rows: [['5']] }, { tuplesOnly: true, unaligned: false, separator: '|' })).toBe(' 5\n\n');
    expect(printTable({ headers: ['a', 'b'], aligns: ['l', 'l'], rows: [['1', '2']] }, { tuplesOnly: false, unaligned: true, separator: '|' })).toBe('a|b\n1|2\n(1 row)\n');
  });
});

describe("mysql's result formats", () => {
  const cols = [{ name: 'id', family: 'int' as const }, { name: 'name', family: 'text' as const }];
  it('boxed on a terminal, NULL spelled out', () => {
    expect(boxTable(cols, [[1, 'pen'], [22, null]])).toBe('+----+------+\n| id | name |\n+----+------+\n|  1 | pen  |\n| 22 | NULL |\n+----+------+\n');
  });
  it('batch: tab-separated with a header, special characters escaped', () => {
    expect(batchTable(cols, [[1, 'a\tb']], true)).toBe('id\tname\n1\ta\\tb\n');
    expect(batchTable(cols, [[1, 'x']], false)).toBe('1\tx\n');
  });
});
