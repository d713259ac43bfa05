"""``check_config`` and the model check, in process: which problem, which variable."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from agent import model_check
from agent.config_check import check_config, require_config
from agent.config_problems import ConfigError
from agent.model_check import langchain_providers, model_problems
from agent.settings import Settings, read_settings
from tests.support.processes import free_port


class _NotFound(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def http_server() -> Iterator[str]:
    """An HTTP server that answers 404 to everything: reachable, not necessarily right."""
    server = HTTPServer(("127.0.0.1", 0), _NotFound)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/v1"
    server.shutdown()
    server.server_close()


def settings(tmp_path: Path, **values: object) -> Settings:
    return Settings(data_dir=tmp_path / "data", **values)  # type: ignore[arg-type]


def variables(problems: list[object]) -> list[str]:
    return [p.variable for p in problems]  # type: ignore[attr-defined]


def test_the_offline_default_is_fine(tmp_path: Path) -> None:
    assert check_config(settings(tmp_path)) == []
    assert (tmp_path / "data").is_dir()
    require_config(settings(tmp_path))


def test_openai_needs_a_key_or_a_base_url(tmp_path: Path, http_server: str) -> None:
    assert variables(model_problems(settings(tmp_path, model="openai:gpt-4o-mini"))) == [
        "OPENAI_API_KEY"]
    assert model_problems(settings(tmp_path, model="gpt-4o-mini", openai_api_key="sk-x")) == []
    with_server = settings(tmp_path, model="openai:llama3.1", openai_base_url=http_server)
    assert model_problems(with_server) == []  # any HTTP answer: nothing paid is called


def test_an_unreachable_base_url_is_found_even_when_the_default_is_offline(
        tmp_path: Path) -> None:
    config = settings(tmp_path, openai_base_url=f"http://127.0.0.1:{free_port()}/v1")
    assert config.default_model == "offline"
    assert variables(check_config(config)) == ["OPENAI_BASE_URL"]


def test_the_openai_embedder_needs_the_endpoint_too(tmp_path: Path) -> None:
    problems = check_config(settings(tmp_path, embedder="openai"))
    assert variables(problems) == ["OPENAI_API_KEY"]
    assert "PERSONALMEM_EMBEDDER=openai" in str(problems[0])


def test_providers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert {"openai", "anthropic", "ollama", "mistralai"} <= set(langchain_providers())
    problems = model_problems(settings(tmp_path, model="olama:llama3"))
    assert variables(problems) == ["PERSONALMEM_MODEL"]
    assert "did you mean 'ollama'" in str(problems[0])
    monkeypatch.setattr(model_check, "langchain_providers",
                        lambda: {"fake": "no_such_provider_package.chat"})
    problems = model_problems(settings(tmp_path), "fake:model", variable="--model")
    assert variables(problems) == ["--model"]
    assert "pip install no-such-provider-package" in str(problems[0])


def test_a_data_dir_that_cannot_be_created(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    config = Settings(data_dir=tmp_path / "file" / "data")
    with pytest.raises(ConfigError) as caught:
        require_config(config)
    assert variables(list(caught.value.problems)) == ["PERSONALMEM_DATA_DIR"]
    assert "Not a directory" in str(caught.value)


def test_invalid_values_name_their_variable_without_echoing_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PERSONALMEM_API_KEYS", "s3cret-no-user")
    monkeypatch.setenv("OPENAI_BASE_URL", "localhost:11434")
    with pytest.raises(ConfigError) as caught:
        read_settings()
    assert sorted(variables(list(caught.value.problems))) == [
        "OPENAI_BASE_URL", "PERSONALMEM_API_KEYS"]
    assert "s3cret" not in str(caught.value)


def test_a_blank_variable_means_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MONGODB_URI", "")
    monkeypatch.setenv("OPENAI_BASE_URL", " ")
    config = read_settings()
    assert config.mongodb_uri is None and config.backend == "sqlite"
    assert config.openai_base_url is None
