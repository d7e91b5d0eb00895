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
# POSTGRES_CLUSTER_PORT=N also listens on 127.0.0.1:N; with POSTGRES_CLUSTER_TLS=1 it offers TLS
# there with a self-signed certificate for 'localhost' (DIR/server.crt) and refuses TCP without it,
# for the TLS tests.
set -euo pipefail

command=${1:?usage: postgres-cluster.sh start|stop DIR}
dir=${2:?usage: postgres-cluster.sh start|stop DIR}
mode=${3:-fast}

# Close every descriptor inherited beyond stdin, stdout and stderr: the server lives on after this
# script, and an inherited pipe (a test runner's, say) would never see its end of file.
for fd in /proc/$$/fd/*; do
    fd=${fd##*/}
    if [[ $fd -gt 2 ]]; then eval "exec $fd>&-" 2>/dev/null || true; fi
done

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
    options="-c unix_socket_directories='$dir' -c fsync=${POSTGRES_CLUSTER_FSYNC:-off} -c max_connections=200"
    port=5432
    if [[ -n "${POSTGRES_CLUSTER_PORT:-}" ]]; then
        port=$POSTGRES_CLUSTER_PORT
        options+=" -c listen_addresses='127.0.0.1' -c port=$port"
    else
        options+=" -c listen_addresses=''"
    fi
    if [[ "${POSTGRES_CLUSTER_TLS:-}" == 1 ]]; then
        if [[ ! -f "$dir/server.crt" ]]; then
            openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost -addext subjectAltName=DNS:localhost \
                -keyout "$dir/server.key" -out "$dir/server.crt" >/dev/null 2>&1
            chmod 600 "$dir/server.key"
            [[ $(id -u) == 0 ]] && chown nobody "$dir/server.key" "$dir/server.crt"
        fi
        options+=" -c ssl=on -c ssl_cert_file='$dir/server.crt' -c ssl_key_file='$dir/server.key'"
        # TCP without TLS is refused, so a connection that gets in proves it encrypted.
        if ! grep -q '^hostnossl' "$dir/data/pg_hba.conf"; then
            { echo 'hostnossl all all 127.0.0.1/32 reject'; cat "$dir/data/pg_hba.conf"; } > "$dir/pg_hba.new"
            mv "$dir/pg_hba.new" "$dir/data/pg_hba.conf"
            [[ $(id -u) == 0 ]] && chown nobody "$dir/data/pg_hba.conf"
        fi
    fi
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$options" start >/dev/null \
        || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgres://postgres@/postgres?host=$dir&port=$port&sslmode=disable"
    ;;
stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m "$mode" -w stop >/dev/null 2>&1 || true
    ;;
*)
    echo "usage: postgres-cluster.sh start|stop DIR" >&2
    exit 64
    ;;
esac
