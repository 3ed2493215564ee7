#!/usr/bin/env bash
# Stops the server test/infra/mongodb/start.sh started; `--wipe` also deletes its data.
set -euo pipefail

DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)/.tmp/mongodb"
PID_FILE="$DIR/ferretdb.pid"

if [[ -f "$PID_FILE" ]]; then
  pid="$(cat "$PID_FILE")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    echo "FerretDB (pid $pid) stopped" >&2
  fi
  rm -f "$PID_FILE"
else
  echo "FerretDB is not running" >&2
fi
if [[ "${1:-}" == "--wipe" ]]; then rm -rf "$DIR/data" "$DIR/state"; fi
