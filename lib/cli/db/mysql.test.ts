import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../host';

const WARNING = 'mysql: [Warning] Using a password on the command line interface can be insecure.\n';

function withMysql(image = 'mysql', env = '-e MYSQL_ROOT_PASSWORD=pw -e MYSQL_DATABASE=shop') {
  const h = createHostSession();
  h.run(`docker run -d --name m -v mdata:/var/lib/mysql ${env} ${image} >/dev/null 2>&1`);
  return h;
}

describe('the mysql client in a mysql container', () => {
  it('cannot connect while the server initialises; mysqladmin ping says when it is alive', () => {
    const h = withMysql();
    expect(h.run('docker exec m mysqladmin -uroot -ppw ping')).toMatchObject({
      stderr: "mysqladmin: [Warning] Using a password on the command line interface can be insecure.\nmysqladmin: connect to server at 'localhost' failed\nerror: 'Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)'\nCheck that mysqld is running and that the socket: '/var/run/mysqld/mysqld.sock' exists!\n",
      exitCode: 1,
    });
    h.run('sleep 10');
    expect(h.run('docker exec m mysqladmin -uroot -ppw ping')).toMatchObject({ stdout: 'mysqld is alive\n', exitCode: 0 });
  });

  it('batch output without a terminal, boxed tables with one; the password warning on stderr', () => {
    const h = withMysql();
    h.run('sleep 10');
    expect(h.run('docker exec m mysql -uroot -ppw -e "SHOW DATABASES"')).toEqual(expect.objectContaining({ stdout: 'Database\ninformation_schema\nmysql\nperformance_schema\nshop\nsys\n', stderr: WARNING, exitCode: 0 }));
    h.run('docker exec m mysql -uroot -ppw shop -e "CREATE TABLE items (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20)); INSERT INTO items (name) VALUES (\'pen\'), (NULL)"');
    expect(h.run('docker exec -it m mysql -uroot -ppw shop -e "SELECT * FROM items"').stdout).toBe(WARNING + '+----+------+\n| id | name |\n+----+------+\n|  1 | pen  |\n|  2 | NULL |\n+----+------+\n');
    expect(h.run('docker exec m mysql -uroot -ppw -N shop -e "SELECT name FROM items WHERE id = 1"').stdout).toBe('pen\n');
  });

  it("words errors as MySQL does: access denied, unknown table with 'at line', syntax", () => {
    const h = withMysql();
    h.run('sleep 10');
    expect(h.run('docker exec m mysql -uroot -pwrong -e "SELECT 1"')).toMatchObject({ stderr: WARNING + "ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)\n", exitCode: 1 });
    expect(h.run('docker exec m mysql -uroot -e "SELECT 1"').stderr).toBe("ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: NO)\n");
    expect(h.run('docker exec m mysql -uroot -ppw shop -e "SELECT * FROM nope"').stderr).toBe(WARNING + "ERROR 1146 (42S02) at line 1: Table 'shop.nope' doesn't exist\n");
    expect(h.run('docker exec m mysql -uroot -ppw -e "SELEC 1"').stderr).toBe(WARNING + "ERROR 1064 (42000) at line 1: You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near 'SELEC 1' at line 1\n");
    expect(h.run('docker exec m mysql -uroot -ppw nodb').stderr).toBe(WARNING + "ERROR 1049 (42000): Unknown database 'nodb'\n");
  });

  it('tables live in the data directory: a new container on the volume has them, with the first password', () => {
    const h = withMysql();
    h.run('sleep 10');
    h.run('docker exec m mysql -uroot -ppw shop -e "CREATE TABLE t (n INT); INSERT INTO t VALUES (5)"');
    expect(h.run('docker exec m ls /var/lib/mysql/shop').stdout).toBe('t.ibd\n');
    h.run('docker rm -f m');
    h.run('docker run -d --name m2 -v mdata:/var/lib/mysql -e MYSQL_ROOT_PASSWORD=changed mysql');
    h.run('sleep 2');
    expect(h.run('docker exec m2 mysql -uroot -ppw -N shop -e "SELECT n FROM t"').stdout).toBe('5\n');
    expect(h.run('docker exec m2 mysql -uroot -pchanged -e "SELECT 1"').exitCode).toBe(1);
  });

  it('the prompt with -it and -p asks the password, then runs statements until exit', () => {
    const h = withMysql();
    h.run('sleep 10');
    expect(h.run('docker exec -it m mysql -uroot -p').stdout).toBe('Enter password: ');
    expect(h.asking?.()).toEqual({ secret: true });
    expect(h.run('pw').stdout).toMatch(/^\nWelcome to the MySQL monitor\.[\s\S]*\n\nmysql> $/);
    expect(h.run('USE shop;').stdout).toBe('Database changed\nmysql> ');
    expect(h.run('CREATE TABLE t (n INT);').stdout).toBe('Query OK, 0 rows affected (0.01 sec)\n\nmysql> ');
    expect(h.run('SELECT * FROM t;').stdout).toBe('Empty set (0.00 sec)\n\nmysql> ');
    expect(h.run('exit')).toMatchObject({ stdout: 'Bye\n', exitCode: 0 });
  });

  it('mysqldump writes what mysql reads back (the backup lesson with MySQL)', () => {
    const h = withMysql();
    h.run('sleep 10');
    h.run(`docker exec m mysql -uroot -ppw shop -e "CREATE TABLE items (id INT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(20), price DECIMAL(6,2)); INSERT INTO items (name, price) VALUES ('pen', 1.5), ('it''s', NULL)"`);
    expect(h.run('docker exec m mysqldump -uroot -ppw shop > shop.sql').stderr).toBe('mysqldump: [Warning] Using a password on the command line interface can be insecure.\n');
    const dump = h.run('cat shop.sql').stdout;
    expect(dump).toMatch(/^-- MySQL dump 10\.13  Distrib [\d.]+, for Linux \(x86_64\)\n--\n-- Host: localhost    Database: shop\n/);
    expect(dump).toContain("CREATE TABLE `items` (\n  `id` int NOT NULL AUTO_INCREMENT,\n  `name` varchar(20) DEFAULT NULL,\n  `price` decimal(6,2) DEFAULT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB AUTO_INCREMENT=3 ");
    expect(dump).toContain("INSERT INTO `items` VALUES (1,'pen',1.50),(2,'it\\'s',NULL);\n");
    h.run('docker exec m mysql -uroot -ppw shop -e "DROP TABLE items"');
    expect(h.run('docker exec -i m mysql -uroot -ppw shop < shop.sql').exitCode).toBe(0);
    expect(h.run('docker exec m mysql -uroot -ppw -N shop -e "SELECT name FROM items ORDER BY id"').stdout).toBe("pen\nit's\n");
  });

  it('MariaDB: root over the socket by unix_socket, the mysql name is deprecated', () => {
    const h = withMysql('mariadb', '-e MARIADB_ROOT_PASSWORD=pw');
    h.run('sleep 10');
    expect(h.run('docker exec m mariadb -N -e "SELECT 1+1"')).toMatchObject({ stdout: '2\n', exitCode: 0 });
    expect(h.run('docker exec m mysql -uroot -ppw -N -e "SELECT 1"').stderr).toBe("mysql: Deprecated program name. It will be removed in a future release, use '/usr/bin/mariadb' instead\n");
    expect(h.run('docker exec m mariadb -uroot -pbad -h 127.0.0.1 -e "SELECT 1"').stderr).toBe("ERROR 1045 (28000): Access denied for user 'root'@'127.0.0.1' (using password: YES)\n");
  });
});
