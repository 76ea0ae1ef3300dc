#!/usr/bin/env bash
# Records the real docker client's answers to the lines of the network, volume, system and context
# verbs (oracle-lines.txt beside this script), with the shared recorder.
# Run: ./record-fixtures.sh > oracle-fixtures.json
here=$(dirname "$0")
exec "$here/../../../command/testing/record-fixtures.sh" "$here/oracle-lines.txt"
