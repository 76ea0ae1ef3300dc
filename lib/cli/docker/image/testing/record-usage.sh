#!/usr/bin/env bash
# Records how the real docker 28.2.2 client answers each line of usage-lines.txt without a daemon
# (DOCKER_HOST points nowhere, HOME is empty), into usage-fixtures.json. Lines that reach the daemon
# are recorded too; usage.test.ts replays only those the client itself rejected.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export DOCKER_HOST="unix://$work/none.sock" HOME=$work DOCKER_CONFIG=$work/.docker
{
  echo '['
  first=1
  while IFS= read -r line; do
    [ -z "$line" ] && continue
    out=$(cd "$work" && timeout 8 bash -c "$line" </dev/null 2>&1) && rc=0 || rc=$?
    [ $first -eq 1 ] || echo ','
    first=0
    jq -cn --arg line "$line" --arg out "$out" --argjson rc "$rc" '{line: $line, output: $out, exitCode: $rc}'
  done < "$here/usage-lines.txt"
  echo ']'
} > "$here/usage-fixtures.json"
