#!/usr/bin/env bash
# Starts a MongoDB-wire-compatible server for the MongoDB read-store suite: FerretDB 1.x on its SQLite
# backend, built once from source into .tmp/mongodb (no Docker, no cgo). Prints the MONGODB_URI to use
# as an `export` line on stdout (progress goes to stderr).
#   eval "$(test/infra/mongodb/start.sh)" && npx jest test/read-store
# MONGODB_PORT overrides the port (27117). test/infra/mongodb/stop.sh stops it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
DIR="$ROOT/.tmp/mongodb"
VERSION=v1.24.0
BIN="$DIR/bin/ferretdb-$VERSION"
PORT="${MONGODB_PORT:-27117}"
URI="mongodb://127.0.0.1:$PORT/"

log() { echo "$@" >&2; }

# `go install ...@v1.24.0` cannot be used: the module zip lacks build/version/version.txt, which the
# binary refuses to start without. So the module is downloaded (checked against the checksum
# database through the Go proxy), copied, given its version file and built; its go.sum checks the rest.
install_ferretdb() {
  log "Building FerretDB $VERSION into $BIN (about a minute the first time)..."
  local module src
  module="$(cd "$DIR" && GOFLAGS=-mod=mod go mod download -json "github.com/FerretDB/FerretDB@$VERSION" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')"
  src="$DIR/src/ferretdb-$VERSION"
  rm -rf "$src"
  mkdir -p "$DIR/src" "$DIR/bin"
  cp -R "$module" "$src"
  chmod -R u+w "$src"
  echo "$VERSION" >"$src/build/version/version.txt"
  (cd "$src" && CGO_ENABLED=0 go build -trimpath -tags ferretdb_no_postgresql -o "$BIN" ./cmd/ferretdb)
  rm -rf "$src"
}

accepts_connections() { (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; }

mkdir -p "$DIR"
if [[ -f "$DIR/ferretdb.pid" ]] && kill -0 "$(cat "$DIR/ferretdb.pid")" 2>/dev/null; then
  # On stdout as a shell comment, harmless to eval, so a caller can tell it did not start the server.
  echo "# FerretDB already running (pid $(cat "$DIR/ferretdb.pid"))"
  echo "export MONGODB_URI=$URI"
  exit 0
fi
if accepts_connections; then
  log "Port $PORT is taken by another process; set MONGODB_PORT to another port"
  exit 1
fi
[[ -x "$BIN" ]] || install_ferretdb

mkdir -p "$DIR/data" "$DIR/state"
nohup "$BIN" --handler=sqlite --sqlite-url="file:$DIR/data/" --state-dir="$DIR/state" \
  --listen-addr="127.0.0.1:$PORT" --debug-addr=- --telemetry=disable --log-level=warn \
  >"$DIR/ferretdb.log" 2>&1 &
echo $! >"$DIR/ferretdb.pid"

for _ in $(seq 1 100); do
  if accepts_connections; then
    log "FerretDB $VERSION listening on 127.0.0.1:$PORT (data in $DIR/data, log in $DIR/ferretdb.log)"
    echo "export MONGODB_URI=$URI"
    exit 0
  fi
  if ! kill -0 "$(cat "$DIR/ferretdb.pid")" 2>/dev/null; then break; fi
  sleep 0.1
done
log "FerretDB did not start; its log:"
cat "$DIR/ferretdb.log" >&2
exit 1
