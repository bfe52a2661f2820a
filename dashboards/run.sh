#!/usr/bin/env bash
# Runs Dozor's Superset in the foreground on 127.0.0.1:${DOZOR_SUPERSET_PORT:-8088}.
# Uses the venv, config and home that deploy.sh prepared (run deploy.sh first, from the same
# working directory or with the same DOZOR_SUPERSET_HOME). gunicorn is exec'd, so the PID of
# this script is gunicorn's master: SIGTERM to it stops the workers and exits.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="${DOZOR_SUPERSET_VENV:-$HOME/.cache/dozor/superset-6.1.0}"
home="${DOZOR_SUPERSET_HOME:-$PWD/.dozor/superset}"
port="${DOZOR_SUPERSET_PORT:-8088}"
workers="${DOZOR_SUPERSET_WORKERS:-2}"

fail() { echo "run.sh: $*" >&2; exit 1; }
[[ -x "$venv/bin/gunicorn" ]] || fail "no Superset venv at $venv: run dashboards/deploy.sh first"
mkdir -p "$home"
home="$(cd "$home" && pwd)"
[[ -f "$home/superset.db" ]] || fail "no metadata DB in $home: run dashboards/deploy.sh first"
if [[ -z "${SUPERSET_SECRET_KEY:-}" && ! -s "$home/secret_key" ]]; then
  fail "no SUPERSET_SECRET_KEY and no $home/secret_key: run dashboards/deploy.sh first"
fi

export DOZOR_SUPERSET_HOME="$home" SUPERSET_HOME="$home"
export SUPERSET_CONFIG_PATH="$here/superset_config.py" FLASK_APP=superset
export PYTHONUNBUFFERED=1

echo "run.sh: Superset on http://127.0.0.1:$port (home $home, $workers workers)" >&2
# gthread workers: a dashboard loads its charts in parallel; --timeout matches
# SUPERSET_WEBSERVER_TIMEOUT (60 s) plus slack.
exec "$venv/bin/gunicorn" \
  --bind "127.0.0.1:$port" \
  --workers "$workers" --worker-class gthread --threads 4 \
  --timeout 120 --graceful-timeout 20 \
  --limit-request-line 0 --limit-request-field_size 0 \
  --access-logfile - --error-logfile - \
  "superset.app:create_app()"
