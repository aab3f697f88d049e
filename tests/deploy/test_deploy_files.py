"""The deployment files, checked with what can be had here (README, "Deployment: what was checked"):
the Compose file against the Compose specification, the Kubernetes manifests against the
Kubernetes schemas (strict), the Dockerfiles with hadolint, the alert rules' and the
dashboard's PromQL with a parser, and each of them against what the processes really export."""
import json
import re
import subprocess
import sys
from pathlib import Path

import promql_parser
import pytest
import yaml

from bot.metrics import DatabaseGauges
from services.metrics import definitions
from tests.support.processes import PROJECT_ROOT

DEPLOY = PROJECT_ROOT / "deploy"
TOOLS = Path(sys.executable).parent
ALERTS = yaml.safe_load((DEPLOY / "prometheus" / "alerts.yml").read_text())["groups"][0]["rules"]
DASHBOARD = json.loads((DEPLOY / "grafana" / "kontakt.json").read_text())
COMPOSE = yaml.safe_load((DEPLOY / "compose.yaml").read_text())


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(arg) for arg in args], capture_output=True, text=True, cwd=PROJECT_ROOT)


@pytest.mark.parametrize("compose_file", ["compose.yaml", "compose.bench.yaml"])
def test_the_compose_files_follow_the_compose_specification(compose_file):
    checked = _run(TOOLS / "check-jsonschema", "--builtin-schema", "vendor.compose-spec", DEPLOY / compose_file)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_each_grafana_reads_the_prometheus_beside_it_with_the_rules_of_the_stack():
    datasource = yaml.safe_load((DEPLOY / "grafana" / "provisioning" / "datasources" / "prometheus.yml").read_text())
    assert datasource["datasources"][0]["url"] == "${PROMETHEUS_URL}"
    bench = yaml.safe_load((DEPLOY / "compose.bench.yaml").read_text())["services"]
    assert COMPOSE["services"]["grafana"]["environment"]["PROMETHEUS_URL"] == "http://prometheus:9090"
    listen = next(arg for arg in bench["prometheus"]["command"] if arg.startswith("--web.listen-address="))
    assert bench["grafana"]["environment"]["PROMETHEUS_URL"] == "http://" + listen.split("=", 1)[1]
    config = yaml.safe_load((DEPLOY / "prometheus" / "bench.yml").read_text())
    assert config["rule_files"] == yaml.safe_load((DEPLOY / "prometheus" / "prometheus.yml").read_text())["rule_files"]
    mounted = dict(volume.rsplit(":", 1)[0].split(":") for volume in bench["prometheus"]["volumes"])
    assert mounted["./prometheus/alerts.yml"] == config["rule_files"][0]
    assert [Path(f).parent.as_posix() for job in config["scrape_configs"]
            for sd in job["file_sd_configs"] for f in sd["files"]] == [mounted["../instance/bench"]]


def test_the_compose_file_has_the_shape_of_the_issue():
    commands = {name: " ".join(service.get("command", [])) for name, service in COMPOSE["services"].items()}
    assert sum("gunicorn" in command for command in commands.values()) == 2
    assert sum(command == "python -m worker" for command in commands.values()) == 2
    assert sum(command == "python -m scheduler" for command in commands.values()) == 1
    assert sum(command.startswith("python -m action_server") for command in commands.values()) == 2
    assert sum(command.startswith("run --enable-api") for command in commands.values()) == 2
    assert {"postgres", "redis", "proxy", "prometheus", "grafana"} <= set(commands)
    for name in ("rasa-1", "rasa-2"):
        environment = COMPOSE["services"][name]["environment"]
        assert environment["DATABASE_URL"].startswith("postgresql://") and environment["REDIS_URL"].startswith("redis://")


def test_prometheus_scrapes_every_process_of_the_compose_file_at_its_metrics_port():
    config = yaml.safe_load((DEPLOY / "prometheus" / "prometheus.yml").read_text())
    targets = {target for job in config["scrape_configs"] for group in job["static_configs"] for target in group["targets"]}
    expected_port = {"gunicorn": "8000", "python -m worker": "9100", "python -m scheduler": "9100",
                     "python -m action_server": "5055"}
    processes = {f"{name}:{port}" for name, service in COMPOSE["services"].items()
                 for start, port in expected_port.items() if " ".join(service.get("command", [])).startswith(start)}
    assert targets == processes


@pytest.mark.parametrize("manifest", sorted(p.name for p in (DEPLOY / "kubernetes").glob("*.yaml")
                                            if p.name != "kustomization.yaml"))
def test_each_kubernetes_manifest_validates_strictly_against_the_kubernetes_schemas(manifest):
    checked = _run(TOOLS / "kubernetes-validate", "--strict", "--quiet", DEPLOY / "kubernetes" / manifest)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_kustomization_lists_every_manifest_and_every_process_has_its_probes():
    kubernetes = DEPLOY / "kubernetes"
    listed = yaml.safe_load((kubernetes / "kustomization.yaml").read_text())["resources"]
    assert sorted(listed) == sorted(p.name for p in kubernetes.glob("*.yaml") if p.name != "kustomization.yaml")
    deployments = [doc for path in kubernetes.glob("*.yaml") for doc in yaml.safe_load_all(path.read_text())
                   if doc and doc.get("kind") == "Deployment"]
    probes = {d["metadata"]["name"]: (c["readinessProbe"]["httpGet"]["path"], c["livenessProbe"]["httpGet"]["path"])
              for d in deployments for c in d["spec"]["template"]["spec"]["containers"]}
    assert probes == {"web": ("/readyz", "/healthz"), "worker": ("/readyz", "/healthz"),
                      "scheduler": ("/readyz", "/healthz"), "actions": ("/readyz", "/health"), "rasa": ("/", "/")}


def test_the_dockerfiles_lint_clean():
    checked = _run(TOOLS / "hadolint", DEPLOY / "app.Dockerfile", DEPLOY / "rasa.Dockerfile")
    assert checked.returncode == 0, checked.stdout + checked.stderr


def _exported_names(db) -> set[str]:
    """Every metric name some process's /metrics shows."""
    names = {"kontakt_assistant_up"}  # the worker's probe
    for value in vars(definitions).values():
        if hasattr(value, "_name") and hasattr(value, "_type"):
            names |= {f"{value._name}{suffix}" for suffix in ("", "_total", "_bucket", "_count", "_sum")}
    names |= {family.name for family in DatabaseGauges(db).collect()}
    return names


def _expressions() -> list[str]:
    return [rule["expr"] for rule in ALERTS] + [target["expr"] for panel in DASHBOARD["panels"]
                                                for target in panel.get("targets", [])]


def test_every_alert_and_dashboard_expression_parses_and_reads_metrics_the_processes_export(db):
    exported = _exported_names(db)
    for expression in _expressions():
        promql_parser.parse(expression)  # raises on a syntax error
        used = set(re.findall(r"\bkontakt_[a-z_]+\b", expression))
        reads_up = re.search(r'\bup\{job=~"kontakt-\.\*"\}', expression)  # Prometheus's own: the scrape answered
        assert (used or reads_up) and used <= exported, (expression, used - exported)


def test_the_alerts_a_person_must_act_on_are_there_each_with_its_runbook_in_the_readme():
    names = {rule["alert"] for rule in ALERTS}
    assert {"KontaktMessagesWaiting", "KontaktRasaUnreachable", "KontaktSmsFailing", "KontaktP1CasesPastDue"} <= names
    readme = (PROJECT_ROOT / "README.md").read_text()
    assert not [name for name in names if f"#### {name}" not in readme]
