"""The agent end to end on both backends: isolation, persistence, deletion, the demo."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from agent.assistant import build_graph
from agent.checkpointer import open_checkpointer
from agent.personal_memory import PersonalMemory
from agent.run import Context
from agent.runner import chat_messages, run_turn
from agent.settings import get_settings

INTRO = ("My name is Honda. I'm a software engineer who loves Python and I prefer working on "
         "backend systems.")


async def test_new_chat_has_no_messages_of_another_chat(mem: PersonalMemory,
        backend: str, user_id: str) -> None:
    async with open_checkpointer(get_settings()) as saver:
        agent = build_graph(saver, mem)
        a = mem.chats.create(user_id)
        b = mem.chats.create(user_id)
        await run_turn(agent, chats=mem.chats,
                       chat_id=a.id, context=Context(user_id=user_id), message=INTRO)
        assert await chat_messages(agent, b.id) == []
        await run_turn(agent, chats=mem.chats, chat_id=b.id, context=Context(user_id=user_id),
                       message="What is my name?")
        texts_b = [m.content for m in await chat_messages(agent, b.id)]
        texts_a = [m.content for m in await chat_messages(agent, a.id)]
        assert INTRO not in texts_b
        assert texts_a[0] == INTRO and "What is my name?" not in texts_a
        assert texts_b[-1] == "Your name is Honda."


async def test_two_users_never_see_each_others_memories(mem: PersonalMemory, backend: str) -> None:
    alice, bob = f"alice-{uuid.uuid4().hex[:6]}", f"bob-{uuid.uuid4().hex[:6]}"
    async with open_checkpointer(get_settings()) as saver:
        agent = build_graph(saver, mem)
        await run_turn(agent, chats=mem.chats, chat_id=mem.chats.create(alice).id,
                       context=Context(user_id=alice), message="My name is Alice.")
        result = await run_turn(agent, chats=mem.chats, chat_id=mem.chats.create(bob).id,
                                context=Context(user_id=bob), message="What is my name?")
    assert result.reply == "I don't know your name yet."
    assert result.memories_used == []
    assert [m.text for m in mem.store.list(alice)] == ["Name is Alice"]
    assert mem.store.list(bob) == []
    assert mem.store.search(bob, "Alice", limit=5) == []


async def test_delete_chat_removes_history_and_metadata(mem: PersonalMemory,
        backend: str, user_id: str) -> None:
    async with open_checkpointer(get_settings()) as saver:
        agent = build_graph(saver, mem)
        chat = mem.chats.create(user_id, title="to delete")
        keep = mem.chats.create(user_id, title="to keep")
        for c in (chat, keep):
            await run_turn(agent, chats=mem.chats, chat_id=c.id, context=Context(user_id=user_id),
                           message="hello there")
        await saver.adelete_thread(chat.id)
        assert mem.chats.delete(chat.id)
        assert await chat_messages(agent, chat.id) == []
        assert mem.chats.get(chat.id) is None
        assert len(await chat_messages(agent, keep.id)) == 2
        listed, total = mem.chats.list_for_user(user_id)
        assert [c.id for c in listed] == [keep.id] and total == 1


def test_chats_listed_newest_first_and_paginated(mem: PersonalMemory,
        backend: str, user_id: str) -> None:
    chats = mem.chats
    made = [chats.create(user_id, title=f"c{i}") for i in range(5)]
    chats.touch(made[1].id)
    page, total = chats.list_for_user(user_id, limit=2, offset=0)
    assert total == 5 and page[0].id == made[1].id
    rest, _ = chats.list_for_user(user_id, limit=10, offset=2)
    assert len(rest) == 3 and made[1].id not in {c.id for c in rest}


RESTART_SCRIPT = """
import asyncio, json, sys
from agent.checkpointer import open_checkpointer
from agent.run import Context
from agent.runner import chat_messages, run_turn
from agent.personal_memory import PersonalMemory
from agent.assistant import build_graph

async def main(step, user, chat_id):
    mem = PersonalMemory.from_env()
    async with open_checkpointer(mem.settings) as saver:
        agent = build_graph(saver, mem)
        if step == "write":
            mem.chats.create(user, chat_id=chat_id)
            await run_turn(agent, chats=mem.chats, chat_id=chat_id, context=Context(user_id=user),
                           message="My name is Honda and I live in Osaka.")
            print(json.dumps({}))
            return
        new_chat = mem.chats.create(user)
        result = await run_turn(agent, chats=mem.chats,
                                chat_id=new_chat.id, context=Context(user_id=user),
                                message="What is my name?")
        old = await chat_messages(agent, chat_id)
        print(json.dumps({"reply": result.reply, "old": [m.content for m in old],
                          "memories": [m.text for m in mem.store.list(user)],
                          "chat": mem.chats.get(chat_id) is not None}))

asyncio.run(main(*sys.argv[1:]))
"""


def test_memory_and_history_survive_a_process_restart(backend: str, user_id: str,
                                                      data_dir: Path) -> None:
    chat_id = uuid.uuid4().hex
    env = {**os.environ}

    def run(step: str) -> dict[str, object]:
        proc = subprocess.run([sys.executable, "-c", RESTART_SCRIPT, step, user_id, chat_id],
                              env=env, capture_output=True, text=True, timeout=180,
                              cwd=Path(__file__).resolve().parents[2])
        assert proc.returncode == 0, proc.stderr[-2000:]
        result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
        return result

    run("write")
    after = run("read")
    assert after["reply"] == "Your name is Honda."
    assert after["chat"] is True
    assert after["old"] == ["My name is Honda and I live in Osaka.", "Nice to meet you, Honda."]
    assert sorted(after["memories"]) == ["Lives in Osaka", "Name is Honda"]  # type: ignore[arg-type]


def test_demo_scenario_end_to_end(mem: PersonalMemory, data_dir: Path) -> None:
    """`personalmem demo` as a user runs it: the seed scenario on the offline default."""
    proc = subprocess.run([str(Path(sys.executable).with_name("personalmem")), "demo"],
                          env={**os.environ}, capture_output=True, text=True, timeout=240)
    out = proc.stdout
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "[Chat B] assistant: Your name is Honda." in out
    assert "memory created: Name is Honda" in out
    assert "memory created: Is a software engineer" in out
    assert "memories before/after chat C: 4/4 (nothing stored)" in out
    assert "Python" in out.split("What language should I use for my backend?")[1].split("\n")[1]
    assert "OK: every chat holds only its own messages." in out
    assert {m.text for m in mem.store.list("honda")} == {
        "Name is Honda", "Is a software engineer", "Loves Python",
        "Prefers working on backend systems"}


@pytest.mark.parametrize("message", ["Help me debug this function: def add(a,b): return a-b"])
async def test_task_request_stores_nothing(mem: PersonalMemory,
        data_dir: Path, user_id: str, message: str) -> None:
    async with open_checkpointer(get_settings()) as saver:
        result = await run_turn(build_graph(saver, mem), chats=mem.chats,
                                chat_id=mem.chats.create(user_id).id,
                                context=Context(user_id=user_id), message=message)
    assert result.memory_events == []
    assert mem.store.list(user_id) == []


def test_titles_never_hold_a_secret(mem: PersonalMemory, backend: str, user_id: str) -> None:
    from agent.titles import DEFAULT_TITLE, SECRET_MASK

    key = "sk-proj-" + "Ab3dE5gH7jK9mN1pQ3sT5vX7"
    given = mem.chats.create(user_id, title=f"deploy with {key}")
    assert given.title == f"deploy with {SECRET_MASK}"
    derived = mem.chats.create(user_id)
    assert derived.title == DEFAULT_TITLE
    mem.chats.touch(derived.id, f"my API key is {key}, why does it fail?")
    mem.chats.touch(derived.id, "a later message never renames the chat")
    stored = {c.id: c.title for c in mem.chats.list_for_user(user_id)[0]}
    assert stored == {given.id: f"deploy with {SECRET_MASK}",
                      derived.id: f"my {SECRET_MASK} why does it fail?"}


async def test_saved_chat_state_holds_no_memory_text(mem: PersonalMemory, data_dir: Path
                                                     ) -> None:
    """A memory deleted later must not live on in a chat's checkpoint: the turn's memories
    and events are reported to the caller, never saved with the chat."""
    chat = mem.chats.create("kit")
    async with open_checkpointer(mem.settings) as saver:
        agent = build_graph(saver, mem)
        run = mem.resolve_run(user_id="kit", chat_id=chat.id)
        first = await run_turn(agent, chats=mem.chats, chat_id=chat.id, context=run,
                                 message="I live in Osaka.")
        second = await run_turn(agent, chats=mem.chats, chat_id=chat.id, context=run,
                                message="Can you recommend a book?")
    assert [e["text"] for e in first.memory_events] == ["Lives in Osaka"]
    assert "Lives in Osaka" in [m["text"] for m in second.memories_used]
    assert "Osaka" not in second.reply  # (a reply quoting a memory is chat history)
    files = [p for p in data_dir.rglob("checkpoints*") if p.is_file()]
    assert files, sorted(p.name for p in data_dir.rglob("*"))
    assert all(b"Lives in Osaka" not in p.read_bytes() for p in files)


async def test_deleted_chat_and_opt_out_leave_no_copy_in_any_file(mem: PersonalMemory,
                                                                   data_dir: Path) -> None:
    """The chat's messages and title, the memory, its history: gone from every byte of the
    data folder (free pages and write-ahead logs included), while the processes still run."""
    from agent.checkpointer import delete_chat_history

    secret_chat = mem.chats.create("kit")
    kept = mem.chats.create("kit")
    async with open_checkpointer(mem.settings) as saver:
        agent = build_graph(saver, mem)
        for chat, text in ((secret_chat, "I live in Osaka."), (kept, "Hello there!")):
            run = mem.resolve_run(user_id="kit", chat_id=chat.id)
            await run_turn(agent, chats=mem.chats, chat_id=chat.id, context=run, message=text)
            mem.chats.touch(chat.id, text)
        [memory] = mem.list("kit")
        mem.store.update(memory.id, "Lives in Osaka, Japan")  # a history row with the old text
        assert any(b"Osaka" in p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
        await delete_chat_history(saver, secret_chat.id)
        mem.chats.delete(secret_chat.id)
        assert mem.forget_all("kit") == 1
        leaks = [str(p.relative_to(data_dir)) for p in data_dir.rglob("*")
                 if p.is_file() and b"Osaka" in p.read_bytes()]
        assert leaks == []
        assert [m.content for m in await chat_messages(agent, kept.id)][0] == "Hello there!"
