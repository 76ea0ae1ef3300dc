import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../../host';
import { compactJson, float, prettyJson } from './es-json';
import { expandIndex, parsePipeline } from './logstash-pipeline';

const ES = 'docker.elastic.co/elasticsearch/elasticsearch';

function esNode(version: string, env = '-e xpack.security.enabled=false') {
  const s = createHostSession({ files: {} });
  expect(s.run(`docker run -d --name es -p 9200:9200 -e discovery.type=single-node ${env} ${ES}:${version}`).exitCode).toBe(0);
  s.run('sleep 25');
  return s;
}

describe('elasticsearch JSON', () => {
  it('prints Jackson\'s pretty layout and Java doubles', () => {
    expect(prettyJson({ a: 1, b: { }, c: [], d: float(100) })).toBe('{\n  "a" : 1,\n  "b" : { },\n  "c" : [ ],\n  "d" : 100.0\n}');
    expect(compactJson({ s: 'x', f: float(50), n: null })).toBe('{"s":"x","f":50.0,"n":null}');
  });
});

describe('logstash pipeline', () => {
  it('reads the gelf input and the elasticsearch output, braces inside strings included', () => {
    const p = parsePipeline('input {\n  gelf {\n    port => 12201\n  }\n}\noutput {\n  elasticsearch {\n    hosts => ["http://elasticsearch:9200"]\n    index => "docker-logs-%{+YYYY.MM.dd}"\n  }\n}\n');
    expect(p.inputs).toEqual([{ name: 'gelf', settings: { port: '12201' } }]);
    expect(p.outputs).toEqual([{ name: 'elasticsearch', settings: { hosts: ['http://elasticsearch:9200'], index: 'docker-logs-%{+YYYY.MM.dd}' } }]);
    expect(expandIndex('docker-logs-%{+YYYY.MM.dd}-%{tag}', { tag: 'shop' }, Date.UTC(2026, 0, 5))).toBe('docker-logs-2026.01.05-shop');
  });
});

describe('elasticsearch node', () => {
  it('answers GET / from the host with the version of its image tag, which its logs also show', () => {
    const s = esNode('8.19.10');
    const r = s.run('curl -s localhost:9200');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^\{\n {2}"name" : "[0-9a-f]{12}",\n {2}"cluster_name" : "docker-cluster",\n/);
    expect(r.stdout).toContain('"number" : "8.19.10"');
    expect(r.stdout).toMatch(/"tagline" : "You Know, for Search"\n\}\n$/);
    expect(s.run('docker logs es').stdout).toContain('version[8.19.10], pid[1]');
    expect(s.run('docker exec es curl -fs localhost:9200/_cluster/health').stdout).toMatch(/^\{"cluster_name":"docker-cluster","status":"green",/);
  });

  it('indexes, fetches, searches and counts documents; health and cat follow', () => {
    const s = esNode('8.19.10');
    const put = s.run(`curl -s -X PUT localhost:9200/books/_doc/1 -H 'Content-Type: application/json' -d '{"title":"Docker Deep Dive","year":2023}'`);
    expect(put.stdout).toBe('{"_index":"books","_id":"1","_version":1,"result":"created","_shards":{"total":2,"successful":1,"failed":0},"_seq_no":0,"_primary_term":1}');
    s.run(`curl -s -X POST localhost:9200/books/_doc -H 'Content-Type: application/json' -d '{"title":"Kubernetes Up and Running","year":2022}'`);
    expect(s.run(`curl -s -X PUT localhost:9200/books/_doc/1 -H 'Content-Type: application/json' -d '{"title":"Docker Deep Dive","year":2024}'`).stdout).toContain('"_version":2,"result":"updated"');
    expect(s.run('curl -s localhost:9200/books/_doc/1').stdout).toContain('"found":true,"_source":{"title":"Docker Deep Dive","year":2024}');
    expect(s.run("curl -s 'localhost:9200/books/_count?q=title:docker'").stdout).toBe('{"count":1,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0}}');
    const search = s.run(`curl -s localhost:9200/books/_search -H 'Content-Type: application/json' -d '{"query":{"match_all":{}},"size":1}'`).stdout;
    expect(search).toMatch(/"hits":\{"total":\{"value":2,"relation":"eq"\},"max_score":1\.0,"hits":\[\{"_index":"books","_id":"1",/);
    expect(search.match(/"_id"/g)).toHaveLength(1);
    expect(s.run("curl -s 'localhost:9200/_cat/indices?v'").stdout).toMatch(/^health status index uuid +pri rep docs\.count docs\.deleted store\.size pri\.store\.size dataset\.size\nyellow open {3}books [\w-]{22} {3}1 {3}1 {10}2 {12}0 /);
    expect(s.run("curl -s 'localhost:9200/_cluster/health?pretty'").stdout).toContain('"status" : "yellow"');
    expect(s.run("curl -s 'localhost:9200/_cat/health?v'").stdout).toMatch(/\n\d{10} \d\d:\d\d:\d\d {2}docker-cluster yellow/);
    expect(s.run('curl -s localhost:9200/nope/_search').stdout).toContain('"type":"index_not_found_exception","reason":"no such index [nope]"');
  });

  it('8.x without xpack.security.enabled=false: plain HTTP gets an empty reply and a warning in the logs', () => {
    const s = esNode('8.19.10', '');
    const r = s.run('curl -s localhost:9200');
    expect(r).toMatchObject({ stdout: '', exitCode: 52 });
    const logs = s.run('docker logs es').stdout;
    expect(logs).toContain('Password for the elastic user');
    expect(logs).toMatch(/"log\.level": " WARN", "message":"received plaintext http traffic on an https channel, closing connection Netty4HttpChannel\{localAddress=\/172\.17\.0\.2:9200, remoteAddress=\/[\d.]+:\d+\}"/);
    expect(s.run('curl -sk https://localhost:9200').stdout).toContain('missing authentication credentials for REST request [/]');
  });

  it('7.17 starts without security', () => {
    const s = esNode('7.17.29', '');
    expect(s.run('curl -s localhost:9200').stdout).toContain('"number" : "7.17.29"');
  });
});

describe('kibana', () => {
  it('reports the version of its image tag on /api/status', () => {
    const s = createHostSession({ files: {} });
    s.run('docker run -d --name kibana -p 5601:5601 docker.elastic.co/kibana/kibana:8.19.10');
    s.run('sleep 20');
    expect(s.run('curl -s localhost:5601/api/status').stdout).toMatch(/"version":\{"number":"8\.19\.10",/);
  });
});

describe('the ELK lab: gelf → logstash → elasticsearch', () => {
  it('a gelf container\'s lines land in the daily index once logstash is up', () => {
    const s = createHostSession({ files: {} });
    s.run('docker network create elk');
    s.run(`docker run -d --name elasticsearch --network elk -p 9200:9200 -e discovery.type=single-node -e xpack.security.enabled=false ${ES}:8.19.10`);
    s.run(`printf 'input {\\n  gelf {\\n    port => 12201\\n  }\\n}\\noutput {\\n  elasticsearch {\\n    hosts => ["http://elasticsearch:9200"]\\n    index => "docker-logs-%%{+YYYY.MM.dd}"\\n  }\\n}\\n' > logstash.conf`);
    s.run('docker run -d --name lost --log-driver gelf --log-opt gelf-address=udp://localhost:12201 alpine echo before logstash');
    s.run('docker run -d --name logstash --network elk -p 12201:12201/udp -v ./logstash.conf:/usr/share/logstash/pipeline/logstash.conf:ro docker.elastic.co/logstash/logstash:8.19.10');
    s.run('sleep 25');
    s.run('docker run -d --name shop --log-driver gelf --log-opt gelf-address=udp://localhost:12201 --log-opt tag=shop alpine echo hello from shop');
    const indices = s.run('curl -s localhost:9200/_cat/indices').stdout;
    expect(indices).toMatch(/^yellow open docker-logs-2026\.\d\d\.\d\d [\w-]{22} 1 1 1 0 /);
    const hit = s.run("curl -s 'localhost:9200/docker-logs-*/_search?q=tag:shop'").stdout;
    expect(hit).toContain('"message":"hello from shop"');
    expect(hit).toContain('"container_name":"shop"');
    expect(s.run("curl -s 'localhost:9200/docker-logs-*/_count'").stdout).toMatch(/^\{"count":1,/);
    expect(s.run("curl -s 'localhost:9200/docker-logs-*/_count'").stdout).toMatch(/^\{"count":1,/);
    expect(s.run('docker logs logstash').stdout).toContain('Starting gelf listener (udp) ... {:address=>"0.0.0.0:12201"}');
  });
});
