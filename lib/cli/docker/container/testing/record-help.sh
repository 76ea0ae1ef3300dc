#!/usr/bin/env bash
# Records the real docker 28.2.2 client's help for the container verbs into help-fixtures.json
# (no daemon needed). Run from this directory: ./record-help.sh
set -eu
lines=("run" "create" "ps" "container ls" "container list" "start" "stop" "restart" "kill" "pause" "unpause" "rm"
  "container remove" "logs" "exec" "attach" "container inspect" "top" "stats" "port" "rename" "update" "wait" "diff"
  "cp" "commit" "export" "container prune" "container run" "container exec")
{
  echo '['
  sep=''
  for l in "${lines[@]}"; do
    out=$(docker $l --help 2>&1)
    jq -cn --arg cmd "docker $l --help" --arg out "$out" '{cmd:$cmd, out:($out + "\n")}' | sed "s/^/$sep/"
    sep=','
  done
  echo ']'
} > help-fixtures.json
