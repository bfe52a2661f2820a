#!/usr/bin/env python3
"""Steps of deploy.sh that need Superset's own app and models (run with the Superset venv).

  deploy_tasks.py ensure-admin            create user `admin` (Admin role) or reset its password
                                          to DOZOR_SUPERSET_ADMIN_PASSWORD when it differs
  deploy_tasks.py sync-assets BUNDLE.zip  overwrite the bundle's database, dataset and charts,
                                          then verify
  deploy_tasks.py verify BUNDLE.zip       check that every object of the bundle is in Superset,
                                          the database has the bundle's URI and the dashboards
                                          hold exactly their charts

Why not the CLI: `superset fab create-admin` takes the password in argv (visible in ps), exits 0
even when it creates nothing, and never changes an existing user's password. And in 6.1.0
`superset import-dashboards` imports databases, datasets and charts with overwrite=False: once
they exist, a changed URI/password, column or chart in the bundle is silently kept as it was.
sync-assets runs the assets importer (what POST /api/v1/assets/import/ runs), which overwrites
every object of the bundle, keyed by uuid.
"""

from __future__ import annotations

import os
import sys
from zipfile import ZipFile

ADMIN = "admin"
PASSWORD_ENV = "DOZOR_SUPERSET_ADMIN_PASSWORD"


def ensure_admin() -> int:
    from werkzeug.security import check_password_hash

    from superset import security_manager as sm

    password = os.environ.get(PASSWORD_ENV, "")
    if not password:
        print(f"{PASSWORD_ENV} is not set", file=sys.stderr)
        return 2
    role = sm.find_role("Admin")
    if role is None:
        print("role Admin is missing: run `superset init` first", file=sys.stderr)
        return 1
    user = sm.find_user(username=ADMIN)
    if user is None:
        user = sm.add_user(ADMIN, "Dozor", "Admin", "admin@dozor.invalid", role, password)
        if not user:
            print("could not create user admin (see the log above)", file=sys.stderr)
            return 1
        print("admin user: created")
        return 0
    changes = []
    if not check_password_hash(user.password or "", password):
        sm.reset_password(user.id, password)
        changes.append("password reset")
    user = sm.find_user(username=ADMIN)
    if role not in user.roles or not user.active:
        user.roles = list({*user.roles, role})
        user.active = True
        sm.update_user(user)
        changes.append("Admin role/active restored")
    print("admin user: " + (", ".join(changes) if changes else "unchanged"))
    return 0


def _contents(path: str) -> dict[str, str]:
    from superset.commands.importers.v1.utils import get_contents_from_bundle

    with ZipFile(path) as bundle:
        return get_contents_from_bundle(bundle)


def sync_assets(path: str) -> int:
    from superset import security_manager as sm
    from superset.commands.exceptions import CommandInvalidError
    from superset.commands.importers.v1.assets import ImportAssetsCommand
    from superset.utils.core import override_user

    user = sm.find_user(username=ADMIN)
    if user is None:
        print("user admin is missing: run ensure-admin first", file=sys.stderr)
        return 1
    with override_user(user):
        try:
            ImportAssetsCommand(_contents(path)).run()
        except CommandInvalidError as ex:
            print(f"assets import failed: {ex.normalized_messages()}", file=sys.stderr)
            return 1
        except Exception as ex:  # noqa: BLE001 - report the cause, not just the wrapper
            cause = ex.__cause__ or ex
            print(f"assets import failed: {type(cause).__name__}: {cause}", file=sys.stderr)
            return 1
    print("assets synced (database, dataset, charts, dashboards overwritten by uuid)")
    return verify(path)


def verify(path: str) -> int:
    import yaml

    from superset import db
    from superset.commands.dashboard.importers.v1.utils import find_chart_uuids
    from superset.connectors.sqla.models import SqlaTable
    from superset.models.core import Database
    from superset.models.dashboard import Dashboard
    from superset.models.slice import Slice

    models = {"databases/": Database, "datasets/": SqlaTable, "charts/": Slice,
              "dashboards/": Dashboard}
    problems = []
    counts = dict.fromkeys(models, 0)
    for name, text in _contents(path).items():
        prefix = next((p for p in models if name.startswith(p)), None)
        if prefix is None:
            continue
        config = yaml.safe_load(text)
        found = db.session.query(models[prefix]).filter_by(uuid=config["uuid"]).one_or_none()
        if found is None:
            problems.append(f"{name}: uuid {config['uuid']} not in Superset")
            continue
        counts[prefix] += 1
        if prefix == "databases/" and found.sqlalchemy_uri_decrypted != _uri_of(config):
            problems.append(f"{name}: Superset holds another connection URI")
        if prefix == "dashboards/":
            want = find_chart_uuids(config["position"])
            have = {str(chart.uuid) for chart in found.slices}
            if want != have:
                problems.append(f"{name}: charts {sorted(have)} instead of {sorted(want)}")
    for line in problems:
        print(line, file=sys.stderr)
    summary = ", ".join(f"{n} {p.rstrip('/')}" for p, n in counts.items())
    print(("verify failed: " if problems else "verified in Superset: ") + summary)
    return 1 if problems else 0


def _uri_of(config: dict) -> str:
    from superset.databases.utils import make_url_safe

    # Compare as SQLAlchemy renders it, so percent-encoding differences do not matter.
    return make_url_safe(config["sqlalchemy_uri"]).render_as_string(hide_password=False)


def main(argv: list[str]) -> int:
    tasks = {"ensure-admin": (ensure_admin, 0), "sync-assets": (sync_assets, 1),
             "verify": (verify, 1)}
    if not argv or argv[0] not in tasks or len(argv) - 1 != tasks[argv[0]][1]:
        print(__doc__, file=sys.stderr)
        return 2
    from superset.app import create_app

    app = create_app()
    with app.app_context():
        return tasks[argv[0]][0](*argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
