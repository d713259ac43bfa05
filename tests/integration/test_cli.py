"""The `personalmem chat` REPL as a user drives it, over stdin."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from agent.personal_memory import PersonalMemory


def repl(lines: list[str]) -> str:
    exe = Path(sys.executable).with_name("personalmem")
    proc = subprocess.run([str(exe), "chat", "--user", "ana"], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, timeout=180, env={**os.environ})
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def test_chat_commands(mem: PersonalMemory, data_dir: Path) -> None:
    out = repl(["My name is Ana and I live in Quito.", "/new", "What is my name?", "/memories",
                "/user bea", "What is my name?", "/quit"])
    assert "memory created: Name is Ana" in out
    assert "Your name is Ana." in out
    assert "[location] Lives in Quito" in out
    assert "I don't know your name yet." in out  # bea sees none of ana's memories
    memory_id = next(m.id for m in mem.list("ana") if "Quito" in m.text)
    out = repl([f"/forget {memory_id}", "/memories", "/quit"])
    assert "forgotten" in out and "Quito" not in out.split("forgotten")[1]


def test_chat_refuses_an_over_long_message(mem: PersonalMemory, data_dir: Path) -> None:
    from agent.limits import MAX_MESSAGE_CHARS

    out = repl(["My name is Zed. " + "x" * MAX_MESSAGE_CHARS, "/memories", "/quit"])
    assert f"at most {MAX_MESSAGE_CHARS} characters" in out
    assert "memory created" not in out and mem.list("ana") == []
