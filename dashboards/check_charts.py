#!/usr/bin/env python3
"""Asks a running Superset for the data of every chart on one dashboard and prints it as JSON.

  check_charts.py --url http://127.0.0.1:8088 --user admin --password ... --dashboard zayavki

The password may come from DOZOR_SUPERSET_ADMIN_PASSWORD instead of argv. Standard library
only. Steps: wait for /health, log in (POST /api/v1/security/login, JWT), read the dashboard
by slug, list its charts, then GET /api/v1/chart/{id}/data/?force=true for each, which
replays the query_context saved in the chart (the bundle ships one for every chart).

stdout: {"dashboard": {...}, "charts": [{"id", "uuid", "name", "status", "rowcount",
"colnames", "data": [rows]}], "ok": true|false}. Temporal values come back from Superset as
epoch milliseconds; they are printed as ISO dates ("2026-11-25") or date-times.

Exit status: 0 all charts answered with status "success"; 1 a chart failed, the dashboard has
no charts, or its charts differ from the ones the bundle (assets/) places on it; 2 Superset
could not be reached, the login failed or the dashboard does not exist.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import urllib.error
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
TEMPORAL = 2  # GenericDataType.TEMPORAL in Superset's coltypes


class Failure(Exception):
    """Superset cannot be asked at all (exit status 2)."""


class Superset:
    def __init__(self, url: str, timeout: float):
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.token: str | None = None

    def call(self, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
        headers = {"Accept": "application/json"}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        request = urllib.request.Request(self.url + path, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.status, _json(response.read())
        except urllib.error.HTTPError as ex:
            return ex.code, _json(ex.read())
        except (urllib.error.URLError, OSError) as ex:
            raise Failure(f"{method} {path}: {ex}") from ex

    def wait_healthy(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while True:
            try:
                with urllib.request.urlopen(self.url + "/health", timeout=5) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            if time.monotonic() >= deadline:
                raise Failure(f"{self.url}/health did not answer 200 within {seconds:.0f} s")
            time.sleep(1)

    def login(self, user: str, password: str) -> None:
        status, body = self.call("POST", "/api/v1/security/login", {
            "username": user, "password": password, "provider": "db", "refresh": False})
        if status != 200 or "access_token" not in body:
            raise Failure(f"login as {user} failed: HTTP {status} {body.get('message', body)}")
        self.token = body["access_token"]


def _json(raw: bytes) -> dict:
    try:
        value = json.loads(raw.decode("utf-8") or "{}")
    except ValueError:
        return {"message": raw.decode("utf-8", "replace")[:500]}
    return value if isinstance(value, dict) else {"result": value}


def bundle_charts(bundle: Path, slug: str) -> dict[str, str] | None:
    """uuid -> slice_name of the charts the bundle places on dashboard `slug` (no YAML parser:
    the bundle's files are hand-written with top-level `uuid:` and `slice_name:` lines)."""
    dashboard = bundle / "dashboards" / f"{slug}.yaml"
    if not dashboard.is_file():
        return None
    placed = set(UUID_RE.findall(dashboard.read_text(encoding="utf-8")))
    charts = {}
    for path in sorted((bundle / "charts").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        uuid = re.search(r"^uuid:\s*'?\"?(" + UUID_RE.pattern + ")", text, re.M)
        name = re.search(r"^slice_name:\s*(.+?)\s*$", text, re.M)
        if uuid and uuid.group(1) in placed:
            charts[uuid.group(1)] = name.group(1).strip("'\"") if name else path.stem
    return charts


def iso_temporal(rows: list[dict], colnames: list[str], coltypes: list[int]) -> list[dict]:
    temporal = [c for c, t in zip(colnames, coltypes) if t == TEMPORAL]
    for row in rows:
        for column in temporal:
            value = row.get(column)
            if isinstance(value, (int, float)):
                moment = datetime.fromtimestamp(value / 1000, tz=timezone.utc)
                row[column] = (moment.date().isoformat() if value % 86_400_000 == 0
                               else moment.replace(tzinfo=None).isoformat())
    return rows


def chart_data(superset: Superset, chart: dict) -> dict:
    status, body = superset.call("GET", f"/api/v1/chart/{chart['id']}/data/?force=true")
    entry = {**chart, "status": "failed", "rowcount": 0, "colnames": [], "data": []}
    if status != 200:
        entry["error"] = f"HTTP {status}: {body.get('message') or body.get('errors') or body}"
        return entry
    results = body.get("result") or []
    errors = [r.get("error") for r in results if r.get("status") != "success" or r.get("error")]
    if not results or errors:
        entry["error"] = "; ".join(str(e) for e in errors) or "no result"
        return entry
    rows: list[dict] = []
    for result in results:
        rows += iso_temporal(result.get("data") or [], result.get("colnames") or [],
                             result.get("coltypes") or [])
    entry.update(status="success", rowcount=sum(r.get("rowcount", 0) for r in results),
                 colnames=results[0].get("colnames") or [], data=rows)
    return entry


def check(args: argparse.Namespace) -> tuple[dict, list[str]]:
    superset = Superset(args.url, args.timeout)
    superset.wait_healthy(args.wait)
    superset.login(args.user, args.password)

    status, body = superset.call("GET", f"/api/v1/dashboard/{args.dashboard}")
    if status != 200:
        raise Failure(f"dashboard {args.dashboard!r}: HTTP {status} {body.get('message', '')}")
    dashboard = body["result"]
    position = json.loads(dashboard.get("position_json") or "{}")
    uuid_of = {node["meta"]["chartId"]: node["meta"].get("uuid")
               for node in position.values()
               if isinstance(node, dict) and node.get("type") == "CHART"}

    status, body = superset.call("GET", f"/api/v1/dashboard/{dashboard['id']}/charts")
    if status != 200:
        raise Failure(f"charts of dashboard {dashboard['id']}: HTTP {status}")
    listed = sorted(body.get("result") or [], key=lambda c: c["id"])
    charts = [chart_data(superset, {"id": c["id"], "uuid": uuid_of.get(c["id"]),
                                    "name": c.get("slice_name"),
                                    "viz_type": (c.get("form_data") or {}).get("viz_type")})
              for c in listed]

    problems = [f"chart {c['id']} {c['name']!r}: {c.get('error')}" for c in charts
                if c["status"] != "success"]
    if not charts:
        problems.append(f"dashboard {args.dashboard!r} has no charts")
    expected = bundle_charts(args.bundle, args.dashboard)
    if expected is None:
        problems.append(f"the bundle {args.bundle} has no dashboards/{args.dashboard}.yaml")
    else:
        have = {c["uuid"] for c in charts}
        if len(charts) != len(expected) or have != set(expected):
            problems.append(f"dashboard has {len(charts)} chart(s) {sorted(map(str, have))}, "
                            f"the bundle places {len(expected)}: {sorted(expected)}")
    report = {"dashboard": {"id": dashboard["id"], "slug": dashboard.get("slug"),
                            "title": dashboard.get("dashboard_title"),
                            "url": f"{superset.url}/superset/dashboard/{dashboard.get('slug')}/"},
              "charts": charts, "ok": not problems}
    return report, problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8088")
    parser.add_argument("--user", default="admin")
    parser.add_argument("--password", default=os.environ.get("DOZOR_SUPERSET_ADMIN_PASSWORD"),
                        help="default: $DOZOR_SUPERSET_ADMIN_PASSWORD")
    parser.add_argument("--dashboard", default="zayavki", help="dashboard slug")
    parser.add_argument("--bundle", type=Path, default=HERE / "assets",
                        help="bundle folder whose chart files are expected on the dashboard")
    parser.add_argument("--wait", type=float, default=60, help="seconds to wait for /health")
    parser.add_argument("--timeout", type=float, default=120, help="seconds per HTTP call")
    args = parser.parse_args()
    if not args.password:
        parser.error("--password or DOZOR_SUPERSET_ADMIN_PASSWORD is required")

    try:
        report, problems = check(args)
    except Failure as ex:
        print(f"check_charts: {ex}", file=sys.stderr)
        return 2
    json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    for line in problems:
        print(f"check_charts: {line}", file=sys.stderr)
    summary = ", ".join(f"{c['name']}: {c['status']} ({c['rowcount']} rows)" for c in report["charts"])
    print(f"check_charts: {'OK' if not problems else 'FAILED'} - {summary}", file=sys.stderr)
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
