#!/usr/bin/env bash
# Records how the real docker client (no daemon) answers each line of oracle-lines.txt:
# exit code, stdout, stderr, and the fidelity oracle's verdict. Output: oracle-fixtures.json.
# Run: ./record-fixtures.sh > oracle-fixtures.json (the lines of the network, volume, system and context verbs).
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
done < "$(dirname "$0")/oracle-lines.txt"
echo ']'
