"""A misconfigured start, as a person meets it: one short message naming the variable and the
fix, a non-zero exit, within seconds, and no traceback unless ``--debug`` asks for one."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from agent.config_problems import EXIT_CONFIG
from tests.support.processes import ROOT, free_port

PERSONALMEM = str(Path(sys.executable).with_name("personalmem"))
#: Generous for a loaded CI machine; the probes themselves give up after 2-3 s.
MAX_SECONDS = 10


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (it was free a moment ago)."""
    return free_port()


def run(args: list[str], env: dict[str, str], tmp_path: Path) -> tuple[int, str, float]:
    base = {k: v for k, v in os.environ.items()
            if k not in {"OPENAI_API_KEY", "OPENAI_BASE_URL", "MONGODB_URI",
                         "PERSONALMEM_MODEL", "PERSONALMEM_EMBEDDER"}}
    base.update({"PERSONALMEM_DATA_DIR": str(tmp_path / "data"),
                 "MEM0_DIR": str(tmp_path / "data" / "mem0")})
    start = time.monotonic()
    proc = subprocess.run(args, env={**base, **env}, input="/quit\n", capture_output=True,
                          text=True, timeout=60, cwd=ROOT)
    return proc.returncode, proc.stdout + proc.stderr, time.monotonic() - start


def misconfigurations(tmp_path: Path) -> dict[str, tuple[dict[str, str], list[str]]]:
    """name -> (environment, phrases the message must contain)."""
    not_a_dir = tmp_path / "a-file"
    not_a_dir.write_text("")
    return {
        "unreachable-mongodb": (
            {"MONGODB_URI": f"mongodb://127.0.0.1:{closed_port()}/?directConnection=true"},
            ["MONGODB_URI", "no MongoDB server answered", "unset it"]),
        "unknown-provider": (
            {"PERSONALMEM_MODEL": "openia:gpt-4o-mini"},
            ["PERSONALMEM_MODEL", "unknown model provider 'openia'", "did you mean 'openai'"]),
        "openai-without-key": (
            {"PERSONALMEM_MODEL": "openai:gpt-4o-mini"},
            ["OPENAI_API_KEY", "export OPENAI_API_KEY"]),
        "unreachable-base-url": (
            {"PERSONALMEM_MODEL": "openai:llama3.1",
             "OPENAI_BASE_URL": f"http://127.0.0.1:{closed_port()}/v1"},
            ["OPENAI_BASE_URL", "no server answers", "correct or unset OPENAI_BASE_URL"]),
        "unusable-data-dir": (
            {"PERSONALMEM_DATA_DIR": str(not_a_dir / "data")},
            ["PERSONALMEM_DATA_DIR", "cannot create or write", "a folder this user can write"]),
        "invalid-value": (
            {"PERSONALMEM_MEMORY_SEARCH_LIMIT": "lots"},
            ["PERSONALMEM_MEMORY_SEARCH_LIMIT", "valid integer"]),
    }


CASES = ["unreachable-mongodb", "unknown-provider", "openai-without-key",
         "unreachable-base-url", "unusable-data-dir", "invalid-value"]


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("command", ["chat", "serve"])
def test_cli_stops_with_one_clear_message(case: str, command: str, tmp_path: Path) -> None:
    env, phrases = misconfigurations(tmp_path)[case]
    args = [PERSONALMEM, command] + (["--port", str(free_port())] if command == "serve" else [])
    code, output, seconds = run(args, env, tmp_path)
    assert code == EXIT_CONFIG, output
    assert "Traceback" not in output
    assert "configuration problem" in output
    for phrase in phrases:
        assert phrase in output, (phrase, output)
    assert len(output.strip().splitlines()) <= 3, output
    assert seconds < MAX_SECONDS


def test_debug_adds_the_traceback(tmp_path: Path) -> None:
    env, phrases = misconfigurations(tmp_path)["unreachable-base-url"]
    code, output, seconds = run([PERSONALMEM, "chat", "--debug"], env, tmp_path)
    assert code == EXIT_CONFIG
    assert "Traceback" in output and "ConnectError" in output
    assert all(phrase in output for phrase in phrases)
    assert seconds < MAX_SECONDS


def test_uvicorn_start_up_checks_the_configuration_too(tmp_path: Path) -> None:
    env, phrases = misconfigurations(tmp_path)["unreachable-mongodb"]
    args = [sys.executable, "-m", "uvicorn", "server:app", "--port", str(free_port())]
    code, output, seconds = run(args, env, tmp_path)
    assert code == EXIT_CONFIG, output
    assert "Traceback" not in output
    assert all(phrase in output for phrase in phrases)
    assert seconds < MAX_SECONDS


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    env = {**misconfigurations(tmp_path)["unreachable-mongodb"][0],
           **misconfigurations(tmp_path)["openai-without-key"][0]}
    code, output, seconds = run([PERSONALMEM, "chat"], env, tmp_path)
    assert code == EXIT_CONFIG
    assert "2 configuration problems" in output
    assert "MONGODB_URI" in output and "OPENAI_API_KEY" in output
    assert seconds < MAX_SECONDS  # the probes run concurrently
