#!/usr/bin/env bash
# Deploys Dozor's Superset: venv, metadata DB, admin user, and the dashboards bundle in assets/.
# Idempotent: run it again after any change to assets/ or to the connection settings.
#
# Required env:
#   DOZOR_SUPERSET_DB_URI          SQLAlchemy URI of the platform's PostgreSQL (read-only role),
#                                  e.g. postgresql+psycopg2://dozor_analyst:secret@127.0.0.1:15432/dozor
#   DOZOR_SUPERSET_ADMIN_PASSWORD  password of the Superset user `admin`
# Optional env:
#   DOZOR_SUPERSET_HOME    metadata DB, secret key, logs    (default $PWD/.dozor/superset)
#   DOZOR_SUPERSET_VENV    the Superset virtualenv          (default ~/.cache/dozor/superset-6.1.0)
#   DOZOR_SUPERSET_PYTHON  interpreter for a new venv       (default python3.11, python3.12, python3)
#   SUPERSET_SECRET_KEY    when unset, a key is generated once into $DOZOR_SUPERSET_HOME/secret_key
set -euo pipefail

SUPERSET_VERSION=6.1.0
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="${DOZOR_SUPERSET_VENV:-$HOME/.cache/dozor/superset-$SUPERSET_VERSION}"
home="${DOZOR_SUPERSET_HOME:-$PWD/.dozor/superset}"
constraints="$here/constraints-superset-$SUPERSET_VERSION.txt"
started=$SECONDS
step=0
steps=10

say() { echo "deploy.sh: $*"; }
progress() { step=$((step + 1)); say "[$step/$steps] $*"; }
fail() { echo "deploy.sh: ERROR: $*" >&2; exit 1; }
# Runs a command with its output in a log file; on failure shows the log's tail and stops.
logged() {
  local name=$1; shift
  local log="$home/logs/deploy-$name.log"
  local rc=0
  "$@" >"$log" 2>&1 || rc=$?
  if ((rc != 0)); then
    echo "deploy.sh: ERROR: step '$name' failed (exit $rc); last lines of $log:" >&2
    tail -n 25 "$log" >&2
    exit 1
  fi
}

# --- 1. prerequisites ------------------------------------------------------------------------
progress "checking prerequisites"
[[ -n "${DOZOR_SUPERSET_DB_URI:-}" ]] \
  || fail "DOZOR_SUPERSET_DB_URI is not set (e.g. postgresql+psycopg2://dozor_analyst:PASSWORD@127.0.0.1:15432/dozor)"
[[ "$DOZOR_SUPERSET_DB_URI" == *://* ]] \
  || fail "DOZOR_SUPERSET_DB_URI does not look like a SQLAlchemy URI (dialect+driver://user:password@host:port/db)"
[[ -n "${DOZOR_SUPERSET_ADMIN_PASSWORD:-}" ]] || fail "DOZOR_SUPERSET_ADMIN_PASSWORD is not set"

version_ok() { "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; }
python=""
if [[ -x "$venv/bin/python" ]]; then
  version_ok "$venv/bin/python" || fail "$venv has Python < 3.11; remove it or set DOZOR_SUPERSET_VENV"
else
  for candidate in ${DOZOR_SUPERSET_PYTHON:-} python3.11 python3.12 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && version_ok "$candidate"; then
      python="$candidate"
      break
    fi
  done
  [[ -n "$python" ]] || fail "Python 3.11 or newer is required to create $venv (none of python3.11, python3.12, python3 is); set DOZOR_SUPERSET_PYTHON"
fi

mkdir -p "$home/logs"
home="$(cd "$home" && pwd)"
chmod 700 "$home"

# --- 2. virtualenv ---------------------------------------------------------------------------
# The marker holds what was installed (version + constraints); when it matches, pip is skipped.
marker="$venv/.dozor-installed"
want="apache-superset[postgres]==$SUPERSET_VERSION cachetools $(sha256sum "$constraints" | cut -c1-16)"
if [[ -f "$marker" && "$(cat "$marker")" == "$want" ]] \
    && "$venv/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('apache-superset') != '$SUPERSET_VERSION')" 2>/dev/null; then
  progress "virtualenv $venv: apache-superset $SUPERSET_VERSION already installed"
else
  progress "virtualenv $venv: installing apache-superset[postgres]==$SUPERSET_VERSION (takes about 2 minutes)"
  if [[ ! -x "$venv/bin/python" ]]; then
    mkdir -p "$(dirname "$venv")"
    logged venv "$python" -m venv "$venv"
  fi
  rm -f "$marker"
  logged pip-install "$venv/bin/pip" install --disable-pip-version-check --no-input \
    -c "$constraints" "apache-superset[postgres]==$SUPERSET_VERSION" cachetools
  echo "$want" >"$marker"
fi

export DOZOR_SUPERSET_HOME="$home" SUPERSET_HOME="$home"
export SUPERSET_CONFIG_PATH="$here/superset_config.py" FLASK_APP=superset
export PYTHONUNBUFFERED=1
superset="$venv/bin/superset"
vpython="$venv/bin/python"

# --- 3. home and secret key ------------------------------------------------------------------
if [[ -n "${SUPERSET_SECRET_KEY:-}" ]]; then
  progress "home $home (secret key from SUPERSET_SECRET_KEY)"
elif [[ -s "$home/secret_key" ]]; then
  progress "home $home (secret key from $home/secret_key)"
else
  progress "home $home: generating $home/secret_key"
  (umask 077 && "$vpython" -c 'import secrets; print(secrets.token_urlsafe(48))' >"$home/secret_key")
fi

# --- 4. bundle ---------------------------------------------------------------------------------
progress "validating the bundle in $here/assets"
logged validate "$vpython" "$here/validate_bundle.py"
say "      $(tail -n 1 "$home/logs/deploy-validate.log")"

# --- 5-6. metadata DB and roles ----------------------------------------------------------------
progress "superset db upgrade"
logged db-upgrade "$superset" db upgrade
progress "superset init (roles and permissions)"
logged init "$superset" init

# --- 7. admin user -------------------------------------------------------------------------------
progress "admin user"
logged admin "$vpython" "$here/deploy_tasks.py" ensure-admin
say "      $(tail -n 1 "$home/logs/deploy-admin.log")"

# --- 8. render + import ----------------------------------------------------------------------------
# The rendered bundle holds the DB password: it lives only in a private temp dir.
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
bundle="$tmp/dozor-superset-bundle.zip"
progress "rendering the bundle with DOZOR_SUPERSET_DB_URI and importing it (superset import-dashboards)"
logged render "$vpython" "$here/validate_bundle.py" --render-zip "$bundle"
logged import "$superset" import-dashboards -p "$bundle" -u admin

# --- 9. overwrite what the CLI keeps -----------------------------------------------------------------
# 6.1.0's import-dashboards never updates an existing database, dataset or chart (overwrite=False
# inside), so a changed URI/password or chart would be ignored on a re-run.
progress "syncing database, dataset and charts by uuid, then verifying"
logged sync "$vpython" "$here/deploy_tasks.py" sync-assets "$bundle"
say "      $(tail -n 1 "$home/logs/deploy-sync.log")"

progress "done in $((SECONDS - started)) s; start the server with dashboards/run.sh, then open" \
  "http://127.0.0.1:${DOZOR_SUPERSET_PORT:-8088}/superset/dashboard/zayavki/ (and .../sla-kachestvo/)"
