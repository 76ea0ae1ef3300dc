/**
 * mysqldump / mariadb-dump: a database's tables as the SQL the tools write (header, session
 * settings in versioned comments, DROP TABLE IF EXISTS, CREATE TABLE with backquoted names and
 * ENGINE=InnoDB, LOCK TABLES + one extended INSERT, footer). `mysql … < dump.sql` reads it back.
 */
import type { CommandContext, CommandFn } from '../../shell/types';
import type { ContainerRecord, Engine } from '../../sim/index';
import type { SqlValue } from '../../sim/db/sql-ast';
import type { MysqlKind } from '../../sim/db/mysql-data';
import { typeScale, type Database, type Table } from '../../sim/db/sql-model';
import { connectMysql, serverVersion } from './mysql-connect';
import { parseMysqlOptions } from './mysql-options';
import { osUser } from './os-user';
import { streams } from './terminal';

const HEAD_SETTINGS = `/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;
`;

const TAIL_SETTINGS = `/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;
`;

const mysqlType = (type: string) => (type === 'integer' ? 'int' : /^bool/.test(type) ? 'tinyint(1)' : type);

function literal(v: SqlValue): string {
  if (v === null) return 'NULL';
  if (typeof v === 'boolean') return v ? '1' : '0';
  if (typeof v === 'number') return String(v);
  return `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

function tableSql(t: Table, kind: MysqlKind): string {
  const cols = t.columns.map((c) => {
    let s = `  \`${c.name}\` ${mysqlType(c.type)}`;
    if (c.notNull || t.primaryKey.includes(c.name)) s += ' NOT NULL';
    if (c.autoIncrement) s += ' AUTO_INCREMENT';
    else if (c.default?.k === 'lit') s += ` DEFAULT ${literal(c.default.v)}`;
    else if (!c.notNull && !t.primaryKey.includes(c.name)) s += ' DEFAULT NULL';
    return s;
  });
  if (t.primaryKey.length) cols.push(`  PRIMARY KEY (${t.primaryKey.map((k) => `\`${k}\``).join(',')})`);
  const ai = t.columns.some((c) => c.autoIncrement) && t.autoIncrement > 0 ? ` AUTO_INCREMENT=${t.autoIncrement + 1}` : '';
  const charset = kind === 'mysql' ? 'DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci' : 'DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_uca1400_ai_ci';
  return `CREATE TABLE \`${t.name}\` (\n${cols.join(',\n')}\n) ENGINE=InnoDB${ai} ${charset};\n`;
}

export function mysqlDump(db: Database, o: { kind: MysqlKind; version: string; host: string; now: string; tables: string[] }): string {
  const product = o.kind === 'mysql' ? `-- MySQL dump 10.13  Distrib ${o.version}, for Linux (x86_64)` : `/*M!999999\\- enable the sandbox mode */ \n-- MariaDB dump 10.19-${o.version.replace(/-ubu\d+$/, '')}, for debian-linux-gnu (x86_64)`;
  let out = `${product}\n--\n-- Host: ${o.host}    Database: ${db.name}\n-- ------------------------------------------------------\n-- Server version\t${o.version}\n\n${HEAD_SETTINGS}`;
  for (const t of Object.values(db.tables).filter((x) => o.tables.length === 0 || o.tables.includes(x.name)).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    out += `\n--\n-- Table structure for table \`${t.name}\`\n--\n\nDROP TABLE IF EXISTS \`${t.name}\`;\n/*!40101 SET @saved_cs_client     = @@character_set_client */;\n/*!50503 SET character_set_client = utf8mb4 */;\n`;
    out += tableSql(t, o.kind) + '/*!40101 SET character_set_client = @saved_cs_client */;\n';
    out += `\n--\n-- Dumping data for table \`${t.name}\`\n--\n\nLOCK TABLES \`${t.name}\` WRITE;\n/*!40000 ALTER TABLE \`${t.name}\` DISABLE KEYS */;\n`;
    const scales = t.columns.map((c) => typeScale(c.type));
    const value = (v: SqlValue, i: number) => (typeof v === 'number' && scales[i] !== undefined ? v.toFixed(scales[i]) : literal(v));
    if (t.rows.length) out += `INSERT INTO \`${t.name}\` VALUES ${t.rows.map((r) => `(${r.map(value).join(',')})`).join(',')};\n`;
    out += `/*!40000 ALTER TABLE \`${t.name}\` ENABLE KEYS */;\nUNLOCK TABLES;\n`;
  }
  return `${out}${TAIL_SETTINGS}\n-- Dump completed on ${o.now}\n`;
}

export function mysqlDumpCommand(eng: Engine, self: ContainerRecord, kind: MysqlKind): CommandFn {
  return (ctx: CommandContext) => {
    const io = streams(ctx);
    const program = (ctx.argv[0] ?? 'mysqldump').replace(/^.*\//, '');
    const o = parseMysqlOptions(ctx.argv.filter((a) => !['--single-transaction', '--routines', '--triggers', '--quick', '--no-tablespaces'].includes(a)), program);
    if (typeof o === 'string') {
      io.err(o + '\n');
      return 7;
    }
    if (o.passwordOnCommandLine && kind === 'mysql') io.err(`${program}: [Warning] Using a password on the command line interface can be insecure.\n`);
    const [dbname, ...tables] = o.args;
    if (!dbname) {
      io.out(`Usage: ${program} [OPTIONS] database [tables]\nOR     ${program} [OPTIONS] --databases DB1 [DB2 DB3...]\nOR     ${program} [OPTIONS] --all-databases\nFor more options, use ${program} --help\n`);
      return 1;
    }
    const user = osUser(ctx);
    const r = connectMysql(eng, self, { host: o.host ?? 'localhost', port: o.port, user: o.user ?? user, password: o.password, database: dbname, osUser: user }, kind);
    if (!r.ok) {
      io.err(`${program}: Got error: ${r.line.replace(/^ERROR /, '').replace(/ \(([^)]*)\): /, ': ')} when ${r.line.includes('1049') ? 'selecting the database' : 'trying to connect'}\n`);
      return 2;
    }
    const d = new Date(eng.world.clock);
    const now = `${d.toISOString().slice(0, 10)} ${String(d.getUTCHours()).padStart(2)}:${d.toISOString().slice(14, 19)}`;
    io.out(mysqlDump(r.conn.db!, { kind, version: serverVersion(r.conn.server), host: o.host ?? 'localhost', now, tables }));
    return 0;
  };
}
