"""The deployment files: docker-compose.yml structure, the Dockerfile, and .env.example.

The compose stack cannot run here (no Docker daemon), so its structure is checked as parsed
YAML; ``docker compose config`` additionally validates it when a compose client exists.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from agent.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
REQUIRED_SECRETS = {"MONGO_EXPRESS_PASSWORD": "x", "PERSONALMEM_API_KEYS": "k:u"}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    return data


def test_services_and_healthchecks(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert set(services) == {"mongo", "mongo-express", "app", "lb"}
    mongo = services["mongo"]
    # Memory search is $vectorSearch: MongoDB with its search engine, not a plain mongod.
    assert mongo["image"].startswith("mongodb/mongodb-atlas-local:")
    assert "ports" not in mongo  # reachable on the compose network only
    check = " ".join(mongo["healthcheck"]["test"])
    assert "mongosh" in check and "ping" in check
    app = services["app"]
    assert app["build"] == "."
    assert "/health" in " ".join(app["healthcheck"]["test"])
    for service in (mongo, app, services["lb"]):
        assert {"interval", "timeout", "retries"} <= set(service["healthcheck"])


def test_start_order_waits_for_a_healthy_mongo(compose: dict[str, Any]) -> None:
    services = compose["services"]
    for name in ("mongo-express", "app"):
        assert services[name]["depends_on"] == {"mongo": {"condition": "service_healthy"}}


def test_app_replicas_are_stateless_behind_the_balancer(compose: dict[str, Any]) -> None:
    """``--scale app=N`` works: no fixed host port and no volume on the app; ``lb`` publishes
    8000 and proxies to every replica, with buffering off for the streamed turn."""
    services = compose["services"]
    app = services["app"]
    assert app["environment"]["MONGODB_URI"].startswith("mongodb://mongo:27017")
    assert "volumes" not in app and "ports" not in app and app["expose"] == ["8000"]
    lb = services["lb"]
    assert lb["depends_on"] == {"app": {"condition": "service_healthy"}}
    [mount] = lb["volumes"]
    conf = (ROOT / mount.split(":")[0]).read_text()
    assert "proxy_pass $app" in conf and "http://app:8000" in conf
    assert "proxy_buffering off" in conf and "resolver 127.0.0.11" in conf


def test_published_ports_bind_localhost_only(compose: dict[str, Any]) -> None:
    published = [p for s in compose["services"].values() for p in s.get("ports", [])]
    assert "127.0.0.1:8000:8000" in published
    assert published and all(str(p).startswith("127.0.0.1:") for p in published)


def test_secrets_are_required_not_defaulted(compose: dict[str, Any]) -> None:
    secret_keys = re.compile(r"PASSWORD|SECRET|API_KEYS")
    secrets = {key: value for service in compose["services"].values()
               for key, value in service.get("environment", {}).items() if secret_keys.search(key)}
    assert set(secrets) == {"ME_CONFIG_BASICAUTH_PASSWORD", "PERSONALMEM_API_KEYS"}
    for key, value in secrets.items():
        assert re.fullmatch(r"\$\{[A-Z_]+:\?.+\}", value), key  # required, no default value


def env_names() -> set[str]:
    """Every environment variable Settings reads."""
    names = set()
    for name, field in Settings.model_fields.items():
        alias = field.validation_alias
        names.add(alias if isinstance(alias, str) else f"PERSONALMEM_{name.upper()}")
    return names


def test_env_example_documents_every_setting_and_compose_variable() -> None:
    example = (ROOT / ".env.example").read_text()
    documented = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", example, flags=re.M))
    assert env_names() <= documented, env_names() - documented
    compose_vars = set(re.findall(r"\$\{([A-Z0-9_]+)", (ROOT / "docker-compose.yml").read_text()))
    assert compose_vars <= documented, compose_vars - documented
    for secret in REQUIRED_SECRETS:  # placeholders only, never a real value
        assert re.search(rf"^{secret}=$", example, flags=re.M), secret


def test_dockerfile_is_slim_cpu_and_non_root() -> None:
    lines = [ln.strip() for ln in (ROOT / "Dockerfile").read_text().splitlines()]
    assert lines[[i for i, ln in enumerate(lines) if ln.startswith("FROM")][0]] == \
        "FROM python:3.11-slim"
    torch = next(i for i, ln in enumerate(lines) if "torch==2.13.0" in ln)
    project = next(i for i, ln in enumerate(lines) if ln == "RUN pip install .")
    assert torch < project and "download.pytorch.org/whl/cpu" in lines[torch]
    user = next(ln for ln in lines if ln.startswith("USER "))
    assert user.split()[1] not in {"root", "0"}
    assert lines[-1] == 'CMD ["uvicorn", "server:app", "--host", "0.0.0.0", "--port", "8000"]'


def test_docker_compose_config_validates(tmp_path: Path) -> None:
    """The compose client's own validation; an extra step on top of the checks above.

    Skipped only when no ``docker compose`` client is installed (as on the CI machine here);
    the structural tests above still run everywhere.
    """
    docker = shutil.which("docker")
    if docker is None or subprocess.run([docker, "compose", "version"], capture_output=True,
                                        timeout=30).returncode != 0:
        pytest.skip("no `docker compose` client on this machine")
    env = {"PATH": str(Path(docker).parent), "HOME": str(tmp_path), **REQUIRED_SECRETS}
    result = subprocess.run([docker, "compose", "-f", str(ROOT / "docker-compose.yml"),
                             "config", "-q"], capture_output=True, text=True, timeout=60,
                            env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    missing = subprocess.run([docker, "compose", "-f", str(ROOT / "docker-compose.yml"),
                              "config", "-q"], capture_output=True, text=True, timeout=60,
                             env={k: v for k, v in env.items() if k != "PERSONALMEM_API_KEYS"},
                             cwd=tmp_path)
    assert missing.returncode != 0 and "PERSONALMEM_API_KEYS" in missing.stderr
