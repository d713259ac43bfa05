"""The OpenAI code path against a local OpenAI-compatible stub server process.

What this proves: the requests we build (model name, system prompt with memories, tool
schemas without user ids, one structured-output extraction call, none for turns without
personal signal) and that we parse the responses (tool calls, structured output). It does not
prove anything about a real model's answers.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx
import pytest

from agent.assistant import build_graph
from agent.checkpointer import open_checkpointer
from agent.models import load_chat_model
from agent.personal_memory import PersonalMemory
from agent.run import Context
from agent.runner import chat_messages, run_turn
from agent.settings import get_settings
from tests.support.processes import free_port, process, uvicorn_server, wait_until

STUB = Path(__file__).resolve().parents[1] / "support" / "openai_stub.py"


@pytest.fixture
def stub(tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    log = tmp_path / "requests.jsonl"
    log.touch()
    port = free_port()
    with process([sys.executable, str(STUB), str(port), str(log)]) as proc:
        base = f"http://127.0.0.1:{port}"
        wait_until(lambda: httpx.get(base, timeout=1).status_code == 200, 20, "stub", proc)
        monkeypatch.setenv("OPENAI_BASE_URL", f"{base}/v1")
        monkeypatch.setenv("PERSONALMEM_MODEL", "openai:gpt-4o-mini")
        get_settings.cache_clear()
        yield log


def requests(log: Path) -> list[dict[str, Any]]:
    return [json.loads(line)["body"] for line in log.read_text().splitlines()]


async def test_openai_turn_builds_requests_and_parses_tool_calls(stub: Path,
        mem: PersonalMemory) -> None:
    mem.store.add("honda", "Loves Python", category="preference", value="Python")
    chat = mem.chats.create("honda")
    async with open_checkpointer(get_settings()) as saver:
        agent = build_graph(saver, mem)
        result = await run_turn(agent, chats=mem.chats,
                                chat_id=chat.id, context=Context(user_id="honda"),
                                message="My name is Honda. Please remember that I love tea.")
        sent = requests(stub)
        chat_calls = [r for r in sent if "tools" in r]
        extraction = [r for r in sent if "response_format" in r]
        assert chat_calls[0]["model"] == "gpt-4o-mini"
        system = chat_calls[0]["messages"][0]
        assert system["role"] == "system" and "<user_memories>" in system["content"]
        assert "Loves Python" in system["content"]
        names = {t["function"]["name"] for t in chat_calls[0]["tools"]}
        assert names == {"save_memory", "forget_memory", "list_memories"}
        for tool in chat_calls[0]["tools"]:
            assert "user_id" not in tool["function"]["parameters"].get("properties", {})
        assert len(extraction) == 1
        assert extraction[0]["response_format"]["type"] == "json_schema"
        assert "My name is Honda" in extraction[0]["messages"][-1]["content"]
        # The stub's tool call named another user; the write landed on the caller.
        texts = {m.text for m in mem.store.list("honda")}
        assert "Name is Honda" in texts and any("tea" in t for t in texts)
        assert mem.store.list("someone-else") == []
        assert result.reply.startswith("Done: Memory updated.")
        kinds = [e["kind"] for e in result.memory_events]
        assert kinds.count("created") == 2

        before = len(requests(stub))
        await run_turn(agent, chats=mem.chats, chat_id=chat.id, context=Context(user_id="honda"),
                       message="What's 2+2?")
        new = requests(stub)[before:]
        assert len(new) == 1 and "response_format" not in new[0]


async def test_extraction_outage_keeps_the_reply(stub: Path, mem: PersonalMemory) -> None:
    chat = mem.chats.create("ravi")
    async with open_checkpointer(get_settings()) as saver:
        agent = build_graph(saver, mem)
        result = await run_turn(agent, chats=mem.chats,
                                chat_id=chat.id, context=Context(user_id="ravi"),
                                message="My name is Ravi, sorry about the outage earlier.")
        messages = await chat_messages(agent, chat.id)
    assert result.reply == "stub reply" and result.memory_events == []
    assert [m.content for m in messages][-1] == "stub reply"
    assert mem.store.list("ravi") == []
    assert sum("response_format" in r for r in requests(stub)) >= 1


def test_openai_model_is_lazy_and_needs_a_key_or_base_url(monkeypatch: pytest.MonkeyPatch,
                                                         data_dir: Path) -> None:
    import graph  # noqa: F401 - importing the graph must not need any key
    from agent.models import ModelConfigError

    with pytest.raises(ModelConfigError, match="OPENAI_API_KEY"):
        load_chat_model("openai:gpt-4o-mini")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-real")
    get_settings.cache_clear()
    assert get_settings().default_model == "openai:gpt-4o-mini"
    assert type(load_chat_model()).__name__ == "ChatOpenAI"


def test_evals_run_against_an_llm_with_one_flag(stub: Path, tmp_path: Path) -> None:
    """`personalmem eval --model openai:...` drives the LLM extractor (here: the stub)."""
    from evals.runner import main

    dataset = tmp_path / "cases.jsonl"
    dataset.write_text(json.dumps({
        "id": "llm-name", "tags": ["name"],
        "chats": [[{"role": "user", "content": "Hi, my name is Zara."}],
                  [{"role": "user", "content": "What's 2+2?"}]],
        "expect": {"stored": [{"contains": ["Zara"]}], "max_memories": 1}}) + "\n")
    out = tmp_path / "report.json"
    assert main(dataset, "openai:gpt-4o-mini", out, 1.0, 0.0) == 0
    report = json.loads(out.read_text())
    assert report["model"] == "openai:gpt-4o-mini" and report["pass_rate"] == 1.0
    extraction_calls = [r for r in requests(stub) if "response_format" in r]
    assert len(extraction_calls) == 1  # the no-signal turn made no call


def test_health_reports_whether_the_model_server_answers(tmp_path: Path) -> None:
    """Usable while the OpenAI-compatible server answers, unusable (named, with the fix) once
    it is gone; storage is still fine, so the status stays 200. Nothing is billed: the stub's
    request log stays empty."""
    log = tmp_path / "requests.jsonl"
    log.touch()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with ExitStack() as model_server, ExitStack() as api:
        proc = model_server.enter_context(process([sys.executable, str(STUB), str(port),
                                                   str(log)]))
        wait_until(lambda: httpx.get(base, timeout=1).status_code == 200, 20, "stub", proc)
        env = {"PERSONALMEM_DATA_DIR": str(tmp_path / "data"),
               "MEM0_DIR": str(tmp_path / "data" / "mem0"), "MONGODB_URI": "",
               "OPENAI_BASE_URL": f"{base}/v1", "PERSONALMEM_MODEL": "openai:llama3.1"}
        server = api.enter_context(uvicorn_server(env, tmp_path / "server.log"))
        health = httpx.get(f"{server}/health", timeout=30)
        assert health.json()["model"] == {"name": "openai:llama3.1", "usable": True,
                                          "detail": "ok"}

        model_server.close()

        health = httpx.get(f"{server}/health", timeout=30)
        assert health.status_code == 200
        model = health.json()["model"]
        assert model["usable"] is False
        assert model["detail"].startswith("OPENAI_BASE_URL: no server answers")
    assert requests(log) == []


def test_a_model_error_mid_chat_is_reported_and_the_chat_goes_on(stub: Path) -> None:
    exe = Path(sys.executable).with_name("personalmem")
    proc = subprocess.run([str(exe), "chat", "--user", "ravi"],
                          input="please reject me\nhello again\n/quit\n", capture_output=True,
                          text=True, timeout=120, env={**os.environ})
    assert proc.returncode == 0, proc.stderr[-2000:]
    failed, after = proc.stdout.split("The model failed", 1)
    assert "rejected by the stub" in after and "stub reply" in after
