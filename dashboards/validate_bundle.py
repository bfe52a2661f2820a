#!/usr/bin/env python3
"""Checks the Superset bundle in assets/ and renders it into an importable ZIP.

  validate_bundle.py                      check assets/ (exit 1 and a list of problems if bad)
  validate_bundle.py --render-zip OUT     check, then write OUT with DOZOR_SUPERSET_DB_URI
                                          rendered into databases/*.yaml (read from the
                                          environment, never from argv, so it stays out of ps)

Needs PyYAML only (the Superset venv has it). The checks are the ones Superset 6.1.0 does
not do, or does only halfway through an import: the uuid chain dashboard position -> chart ->
dataset -> database, required fields, file names by slug, no instance ids, and no real
connection string in the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import uuid
import zipfile
from pathlib import Path

try:
    import yaml
except ImportError:  # pragma: no cover - depends on the interpreter used
    sys.exit("validate_bundle.py needs PyYAML: run it with the Superset venv's python")

HERE = Path(__file__).resolve().parent
URI_PLACEHOLDER = "${DOZOR_SUPERSET_DB_URI}"
URI_ENV = "DOZOR_SUPERSET_DB_URI"
BUNDLE_ROOT = "dozor_superset_bundle"
VERSION = "1.0.0"
REQUIRED = {
    "databases": ("database_name", "sqlalchemy_uri", "uuid", "version", "extra"),
    "datasets": ("table_name", "uuid", "version", "database_uuid"),
    "charts": ("slice_name", "viz_type", "uuid", "version", "dataset_uuid", "params"),
    "dashboards": ("dashboard_title", "slug", "uuid", "version", "position"),
}
# Keys that only an export from a running instance writes; they tie the bundle to one database.
INSTANCE_KEYS = {"id", "slice_id", "chart_id", "datasource_id", "dashboard_id", "table_id"}
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


class Bundle:
    def __init__(self, root: Path):
        self.root = root
        self.problems: list[str] = []
        self.files: dict[str, dict] = {}  # relative path -> parsed YAML

    def problem(self, where: str, text: str) -> None:
        self.problems.append(f"{where}: {text}")

    def load(self) -> None:
        if not (self.root / "metadata.yaml").is_file():
            self.problem("metadata.yaml", "missing")
        for path in sorted(self.root.rglob("*")):
            if path.is_dir():
                continue
            rel = path.relative_to(self.root).as_posix()
            if path.suffix not in (".yaml", ".yml"):
                self.problem(rel, "not a .yaml file (Superset ignores it)")
                continue
            try:
                data = yaml.safe_load(path.read_text(encoding="utf-8"))
            except yaml.YAMLError as ex:
                self.problem(rel, f"invalid YAML: {ex}")
                continue
            if not isinstance(data, dict):
                self.problem(rel, "not a YAML mapping")
                continue
            self.files[rel] = data

    def of_kind(self, kind: str) -> dict[str, dict]:
        return {p: d for p, d in self.files.items() if p.startswith(kind + "/")}

    def check(self) -> None:
        self.load()
        meta = self.files.get("metadata.yaml", {})
        if meta and str(meta.get("version")) != VERSION:
            self.problem("metadata.yaml", f"version must be {VERSION}")
        if meta.get("type") not in (None, "Dashboard", "assets"):
            self.problem("metadata.yaml", "type must be absent, Dashboard or assets")

        uuids: dict[str, str] = {}
        for rel, data in self.files.items():
            kind = rel.split("/")[0]
            if kind == "metadata.yaml":
                continue
            if kind not in REQUIRED:
                self.problem(rel, f"unknown folder {kind}/ (not imported)")
                continue
            for key in REQUIRED[kind]:
                if data.get(key) in (None, ""):
                    self.problem(rel, f"missing required field {key}")
            if str(data.get("version")) != VERSION:
                self.problem(rel, f"version must be {VERSION}")
            value = str(data.get("uuid", ""))
            if not _is_uuid(value):
                self.problem(rel, f"uuid {value!r} is not a UUID")
            elif value in uuids:
                self.problem(rel, f"uuid {value} also used by {uuids[value]}")
            else:
                uuids[value] = rel
            self.no_instance_ids(rel, data)

        databases = self.check_databases()
        datasets = self.check_datasets(databases)
        charts = self.check_charts(datasets)
        self.check_dashboards(charts)

    def no_instance_ids(self, rel: str, data: dict) -> None:
        found = sorted(INSTANCE_KEYS & set(data))
        for column in data.get("columns") or []:
            found += sorted(INSTANCE_KEYS & set(column))
        for metric in data.get("metrics") or []:
            found += sorted(INSTANCE_KEYS & set(metric))
        params = data.get("params")
        if isinstance(params, dict):
            found += sorted(INSTANCE_KEYS & set(params))
            if params.get("dashboards"):
                found.append("params.dashboards")
        if found:
            self.problem(rel, f"instance ids from an export: {', '.join(found)}")

    def check_databases(self) -> dict[str, dict]:
        by_uuid = {}
        for rel, data in self.of_kind("databases").items():
            by_uuid[str(data.get("uuid"))] = {"rel": rel, **data}
            if data.get("sqlalchemy_uri") != URI_PLACEHOLDER:
                self.problem(rel, f"sqlalchemy_uri must be the placeholder {URI_PLACEHOLDER}")
            if "password" in data:
                self.problem(rel, "no password in the repository (it comes from the URI)")
            if not isinstance(data.get("extra"), dict):
                self.problem(rel, "extra must be a mapping (the 6.1.0 importer needs it)")
            expected = _slug(str(data.get("database_name", "")))
            if Path(rel).stem != expected:
                self.problem(rel, f"file name should be databases/{expected}.yaml")
        return by_uuid

    def check_datasets(self, databases: dict[str, dict]) -> dict[str, dict]:
        by_uuid = {}
        for rel, data in self.of_kind("datasets").items():
            by_uuid[str(data.get("uuid"))] = {"rel": rel, **data}
            database = databases.get(str(data.get("database_uuid")))
            if database is None:
                self.problem(rel, f"database_uuid {data.get('database_uuid')} not in databases/")
            else:
                folder = Path(database["rel"]).stem
                expected = f"datasets/{folder}/{data.get('table_name')}.yaml"
                if rel != expected:
                    self.problem(rel, f"file name should be {expected}")
            names = [c.get("column_name") for c in data.get("columns") or []]
            if len(names) != len(set(names)):
                self.problem(rel, "duplicate column_name")
            metric_names = [m.get("metric_name") for m in data.get("metrics") or []]
            if len(metric_names) != len(set(metric_names)):
                self.problem(rel, "duplicate metric_name")
            for metric in data.get("metrics") or []:
                if not metric.get("expression"):
                    self.problem(rel, f"metric {metric.get('metric_name')} has no expression")
            dttm = data.get("main_dttm_col")
            if dttm and dttm not in names:
                self.problem(rel, f"main_dttm_col {dttm} is not a column")
        return by_uuid

    def check_charts(self, datasets: dict[str, dict]) -> dict[str, dict]:
        by_uuid = {}
        for rel, data in self.of_kind("charts").items():
            by_uuid[str(data.get("uuid"))] = {"rel": rel, **data}
            if not SLUG_RE.match(Path(rel).stem):
                self.problem(rel, "file name should be a lower-case slug")
            dataset = datasets.get(str(data.get("dataset_uuid")))
            if dataset is None:
                self.problem(rel, f"dataset_uuid {data.get('dataset_uuid')} not in datasets/")
                continue
            params = data.get("params") or {}
            if params.get("viz_type") != data.get("viz_type"):
                self.problem(rel, "params.viz_type differs from viz_type")
            match = re.fullmatch(r"(\d+)__table", str(params.get("datasource", "")))
            if not match:
                self.problem(rel, "params.datasource must look like <n>__table")
            columns = {c.get("column_name") for c in dataset.get("columns") or []}
            metrics = {m.get("metric_name") for m in dataset.get("metrics") or []}
            self.check_refs(rel, "params", params, columns, metrics)
            raw = data.get("query_context")
            if raw is None:
                self.problem(rel, "no query_context: GET /api/v1/chart/{id}/data/ would answer 400")
                continue
            try:
                context = json.loads(raw)
            except (TypeError, ValueError) as ex:
                self.problem(rel, f"query_context is not JSON: {ex}")
                continue
            source = context.get("datasource") or {}
            if match and str(source.get("id")) != match.group(1) or source.get("type") != "table":
                self.problem(rel, "query_context.datasource must match params.datasource")
            queries = context.get("queries") or []
            if not queries:
                self.problem(rel, "query_context has no queries")
            for query in queries:
                self.check_refs(rel, "query_context", query, columns, metrics)
        return by_uuid

    def check_refs(self, rel, where, query: dict, columns: set, metrics: set) -> None:
        for metric in query.get("metrics") or []:
            if isinstance(metric, str) and metric not in metrics:
                self.problem(rel, f"{where}: metric {metric} is not a dataset metric")
        names = list(query.get("groupby") or []) + list(query.get("columns") or [])
        if isinstance(query.get("x_axis"), str):
            names.append(query["x_axis"])
        for name in names:
            if isinstance(name, dict):
                name = name.get("sqlExpression")
            if isinstance(name, str) and name not in columns:
                self.problem(rel, f"{where}: column {name} is not a dataset column")

    def check_dashboards(self, charts: dict[str, dict]) -> None:
        linked: set[str] = set()
        slugs = set()
        for rel, data in self.of_kind("dashboards").items():
            slug = str(data.get("slug", ""))
            if not SLUG_RE.match(slug):
                self.problem(rel, f"slug {slug!r} is not a lower-case slug")
            elif rel != f"dashboards/{slug}.yaml":
                self.problem(rel, f"file name should be dashboards/{slug}.yaml")
            if slug in slugs:
                self.problem(rel, f"slug {slug} used twice")
            slugs.add(slug)
            position = data.get("position") or {}
            if position.get("DASHBOARD_VERSION_KEY") != "v2":
                self.problem(rel, "position.DASHBOARD_VERSION_KEY must be v2")
            chart_ids = []
            for key, node in position.items():
                if not isinstance(node, dict):
                    continue
                if node.get("id") != key:
                    self.problem(rel, f"position.{key}.id must be {key}")
                for child in node.get("children") or []:
                    if child not in position:
                        self.problem(rel, f"position.{key} has unknown child {child}")
                if node.get("type") != "CHART":
                    continue
                meta = node.get("meta") or {}
                chart = charts.get(str(meta.get("uuid")))
                if chart is None:
                    self.problem(rel, f"position.{key}: chart uuid {meta.get('uuid')} not in charts/")
                    continue
                linked.add(str(meta.get("uuid")))
                if not isinstance(meta.get("chartId"), int):
                    self.problem(rel, f"position.{key}: chartId must be an integer placeholder")
                chart_ids.append(meta.get("chartId"))
                if meta.get("sliceName") != chart.get("slice_name"):
                    self.problem(rel, f"position.{key}: sliceName differs from {chart['rel']}")
            if len(chart_ids) != len(set(chart_ids)):
                self.problem(rel, "chartId placeholders must be distinct")
            if not chart_ids:
                self.problem(rel, "dashboard has no charts")
            if "expanded_slices" in (data.get("metadata") or {}):
                self.problem(rel, "metadata.expanded_slices breaks imports (apache/superset#19222)")
        for chart_uuid, chart in charts.items():
            if chart_uuid not in linked:
                self.problem(chart["rel"], "not placed on any dashboard, so never imported")


def _is_uuid(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value.lower()
    except ValueError:
        return False


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def render_zip(root: Path, out: Path, uri: str) -> None:
    """Writes the bundle under one top-level folder (the importer drops the first path part)."""
    if "://" not in uri:
        raise SystemExit(f"{URI_ENV} does not look like a SQLAlchemy URI (dialect://...)")
    out.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as bundle:
        for path in sorted(root.rglob("*.yaml")):
            rel = path.relative_to(root).as_posix()
            text = path.read_text(encoding="utf-8")
            if rel.startswith("databases/"):
                # A JSON string is a valid YAML double-quoted scalar, whatever the URI holds.
                text = text.replace(URI_PLACEHOLDER, json.dumps(uri))
                if yaml.safe_load(text).get("sqlalchemy_uri") != uri:
                    raise SystemExit(f"could not render {rel}")
            bundle.writestr(f"{BUNDLE_ROOT}/{rel}", text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--assets", type=Path, default=HERE / "assets")
    parser.add_argument("--render-zip", type=Path, help=f"write an importable ZIP ({URI_ENV} from env)")
    args = parser.parse_args()

    bundle = Bundle(args.assets.resolve())
    bundle.check()
    if bundle.problems:
        print(f"bundle {args.assets}: {len(bundle.problems)} problem(s)", file=sys.stderr)
        for line in bundle.problems:
            print(f"  {line}", file=sys.stderr)
        return 1
    counts = {k: len(bundle.of_kind(k)) for k in REQUIRED}
    print("bundle ok: " + ", ".join(f"{n} {k}" for k, n in counts.items()), file=sys.stderr)
    if args.render_zip:
        uri = os.environ.get(URI_ENV, "").strip()
        if not uri:
            print(f"{URI_ENV} is not set", file=sys.stderr)
            return 2
        render_zip(bundle.root, args.render_zip, uri)
        print(f"rendered {args.render_zip}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
