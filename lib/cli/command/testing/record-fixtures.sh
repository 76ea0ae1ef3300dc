#!/usr/bin/env bash
# Records how the real docker client (no daemon) answers each line of a lines file (default:
# oracle-lines.txt beside this script): exit code, stdout, stderr, and the fidelity oracle's verdict.
# Run with the docker client installed: ./record-fixtures.sh [LINES-FILE] > oracle-fixtures.json
set -u
oracle=/work/shared/fidelity/docker-syntax-oracle
export DOCKER_HOST=unix:///tmp/dockerlings-no-daemon.sock HOME=/root
first=1
echo '['
while IFS= read -r line; do
  [ -z "$line" ] && continue
  out=$(bash -c "$line" 2>/tmp/rec-err </dev/null); code=$?
  err=$(cat /tmp/rec-err)
  verdict=$("$oracle" "$line" | jq -r .verdict)
  [ $first = 1 ] || echo ','
  first=0
  jq -n --arg line "$line" --arg out "$out" --arg err "$err" --argjson code "$code" --arg verdict "$verdict" \
    '{line: $line, verdict: $verdict, exitCode: $code, stdout: $out, stderr: $err}'
done < "${1:-$(dirname "$0")/oracle-lines.txt}"
echo ']'
