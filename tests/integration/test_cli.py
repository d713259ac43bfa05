"""The `personalmem chat` REPL as a user drives it, over stdin."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from agent.personal_memory import PersonalMemory


def repl(lines: list[str], *args: str) -> str:
    exe = Path(sys.executable).with_name("personalmem")
    proc = subprocess.run([str(exe), "chat", "--user", "ana", *args],
                          input="\n".join(lines) + "\n", capture_output=True, text=True,
                          timeout=180, env={**os.environ})
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


def test_chats_are_listed_and_resumed_and_the_banner_says_where(mem: PersonalMemory,
                                                                 data_dir: Path) -> None:
    out = repl(["I live in Quito.", "/new", "I love chess.", "/quit"])
    assert "model offline (offline: deterministic rules, not an LLM)" in out
    assert f"SQLite in {data_dir.resolve()}" in out
    chats = {c.title: c.id for c in mem.chats.list_for_user("ana")[0]}
    assert set(chats) == {"I live in Quito.", "I love chess."}
    out = repl(["/chats", f"/open {chats['I live in Quito.']}", "/quit"], "--resume", "last")
    resumed, opened = out.split(f"Chat {chats['I live in Quito.']}", 1)
    assert f"Chat {chats['I love chess.']}: I love chess." in resumed and "you: I love chess." \
        in resumed
    assert chats["I live in Quito."] in resumed  # listed by /chats
    assert "you: I live in Quito." in opened and "I love chess" not in opened
    bea = mem.chats.create("bea")
    out = repl([f"/open {bea.id}", "/quit"])
    assert f"no chat '{bea.id}' for 'ana'" in out  # another user's chat is never opened


def test_quitting_while_the_models_still_load_exits_cleanly(data_dir: Path) -> None:
    """The warm-up thread loads the encoder while the user types; leaving at once must wait
    for it, not tear its native thread pool down mid-load (that aborts the process)."""
    for _ in range(3):  # the abort was timing-dependent: about one start in six
        assert "New chat" in repl(["/quit"])
