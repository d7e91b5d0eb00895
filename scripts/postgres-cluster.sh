#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tracegate's tests and benchmarks (Debian's postgresql package).
#
#   scripts/postgres-cluster.sh start DIR   creates (if DIR has none yet) and starts a cluster in DIR,
#                                           listening only on a socket in DIR; prints its URL
#   scripts/postgres-cluster.sh stop DIR [immediate]
#                                           stops it (DIR may then be removed); 'immediate' stops it
#                                           as a crash would, aborting open transactions
#
# initdb refuses to run as root, so as root the cluster belongs to the unprivileged user 'nobody'.
# The superuser is 'postgres' with trust authentication: for tests on this machine only. fsync is off
# (a test cluster needs no durability) unless POSTGRES_CLUSTER_FSYNC=on, as the benchmark sets it.
set -euo pipefail

command=${1:?usage: postgres-cluster.sh start|stop DIR}
dir=${2:?usage: postgres-cluster.sh start|stop DIR}
mode=${3:-fast}

bin=""
for candidate in "$(dirname "$(readlink -f "$(command -v initdb 2>/dev/null || echo /nonexistent)")")" \
                 $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$candidate/initdb" && -x "$candidate/pg_ctl" ]]; then bin=$candidate; break; fi
done
if [[ -z "$bin" ]]; then
    echo "postgres-cluster.sh: no initdb and pg_ctl found; install Debian's 'postgresql' package" >&2
    exit 1
fi

as_owner() {
    if [[ $(id -u) == 0 ]]; then runuser -u nobody -- "$@"; else "$@"; fi
}

case "$command" in
start)
    mkdir -p "$dir"
    [[ $(id -u) == 0 ]] && chown nobody "$dir"
    if [[ ! -d "$dir/data" ]]; then
        as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
            || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=${POSTGRES_CLUSTER_FSYNC:-off} -c max_connections=200" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgres://postgres@/postgres?host=$dir&port=5432&sslmode=disable"
    ;;
stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m "$mode" -w stop >/dev/null 2>&1 || true
    ;;
*)
    echo "usage: postgres-cluster.sh start|stop DIR" >&2
    exit 64
    ;;
esac
