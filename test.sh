#!/usr/bin/env bash
# Runs every MedPatch test on SQLite and PostgreSQL and in a real browser.
# On a fresh Debian machine (as root) it installs PostgreSQL and Chromium when missing, starts a throwaway
# PostgreSQL cluster on a loopback port, runs the suite and prints "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"

PGPORT="${MEDPATCH_TEST_PGPORT:-55432}"
need_apt=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need_apt+=(postgresql)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "installing ${need_apt[*]} from Debian's packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "missing ${need_apt[*]}: install them (apt-get install ${need_apt[*]}) or run as root" >&2
  fi
fi

PGDATA=""
cleanup() {
  if [ -n "$PGDATA" ]; then
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$PGDATA"
  fi
}
trap cleanup EXIT

if [ -z "${MEDPATCH_TEST_POSTGRES:-}" ] && ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  PGDATA=$(mktemp -d /tmp/medpatch-pg.XXXXXX)
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$PGDATA"
    RUN=(runuser -u postgres --)
  else
    RUN=()
  fi
  "${RUN[@]}" "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust --no-sync -E UTF8 >/dev/null
  "${RUN[@]}" "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 30 \
    -o "-p $PGPORT -k $PGDATA -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null
  export MEDPATCH_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"
  echo "PostgreSQL test server on 127.0.0.1:$PGPORT"
fi
if command -v chromium >/dev/null 2>&1; then
  export MEDPATCH_CHROMIUM="${MEDPATCH_CHROMIUM:-$(command -v chromium)}"
fi

dotnet tool restore >/dev/null
dotnet build MedPatch.slnx -c Release -warnaserror 2>&1 | tail -3

results=$(mktemp -d)
set +e
dotnet test --solution MedPatch.slnx -c Release --no-build --results-directory "$results" 2>&1 | tee "$results/console.log"
status=${PIPESTATUS[0]}
set -e

# The test platform's own summary counts every test module; TRX files of two modules finishing in the same
# second share a name, so they are not a reliable total.
python3 - "$results/console.log" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
def last(name):
    found = re.findall(r"^\s*" + name + r":\s*(\d+)\s*$", text, re.M)
    return int(found[-1]) if found else None
passed, failed, skipped = last("succeeded"), last("failed"), last("skipped")
if passed is None or failed is None:
    print("0 passed, 1 failed")  # no summary: the run itself broke
else:
    print(f"{passed} passed, {failed} failed, {skipped or 0} skipped")
PY
rm -rf "$results"
exit "$status"
