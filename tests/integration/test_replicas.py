"""Two app processes, one truth: what one writes, the other reads on its next request.

- ``mongodb``: two ``uvicorn server:app`` processes with *separate* local folders on one
  database of the Mongo-wire server, as replicas behind a load balancer would run. Nothing a
  user wrote may live in a process or its folder.
- ``embedded``: two processes on *one* data folder (``uvicorn --workers 2``, or the CLI beside
  the server). Each caches vectors in memory and must notice the other's writes.

Before this, B did not see A's memories, created a second name instead of replacing A's, and
A's opt-out left B's copy alive.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.processes import uvicorn_server


@dataclass(frozen=True)
class Replicas:
    a: httpx.Client
    b: httpx.Client
    backend: str
    folders: tuple[Path, ...]


@pytest.fixture(scope="module", params=["embedded", "mongodb"])
def replicas(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
             ) -> Iterator[Replicas]:
    tmp = tmp_path_factory.mktemp(f"replicas-{request.param}")
    env = {"MONGODB_URI": ""}
    if request.param == "mongodb":
        env = {"MONGODB_URI": request.getfixturevalue("mongo_uri"),
               "MONGODB_DATABASE": f"rep{uuid.uuid4().hex[:8]}"}
    folder_a, folder_b = tmp / "a", tmp / ("b" if request.param == "mongodb" else "a")
    with (uvicorn_server({**env, "PERSONALMEM_DATA_DIR": str(folder_a),
                          "MEM0_DIR": str(folder_a / "mem0")}, tmp / "a.log") as a,
          uvicorn_server({**env, "PERSONALMEM_DATA_DIR": str(folder_b),
                          "MEM0_DIR": str(folder_b / "mem0")}, tmp / "b.log") as b,
          httpx.Client(base_url=a, timeout=60) as client_a,
          httpx.Client(base_url=b, timeout=60) as client_b):
        yield Replicas(client_a, client_b, str(request.param), (folder_a, folder_b))


def ok(resp: httpx.Response, status: int = 200) -> Any:
    assert resp.status_code == status, resp.text
    return resp.json()


def new_chat(client: httpx.Client, user: str) -> str:
    return str(ok(client.post("/chats", json={"user_id": user}), 201)["id"])


def say(client: httpx.Client, chat: str, user: str, message: str) -> dict[str, Any]:
    body: dict[str, Any] = ok(client.post(f"/chats/{chat}/turn",
                                          json={"user_id": user, "message": message}))
    return body


def memories(client: httpx.Client, user: str) -> dict[str, str]:
    """{text: category} of the user's memories as this process sees them."""
    items = ok(client.get(f"/users/{user}/memories"))["items"]
    return {m["text"]: m["category"] for m in items}


def local_files_holding(folders: tuple[Path, ...], *needles: bytes) -> list[Path]:
    files = [f for folder in folders for f in folder.rglob("*") if f.is_file()]
    return [f for f in files if any(n in f.read_bytes() for n in needles)]


def test_chats_and_messages_written_by_one_are_read_by_the_other(replicas: Replicas) -> None:
    a, b = replicas.a, replicas.b
    user = f"rita-{uuid.uuid4().hex[:6]}"
    chat = new_chat(a, user)
    reply = say(a, chat, user, "Can you suggest a name for a sourdough starter?")["reply"]
    assert [c["id"] for c in ok(b.get(f"/users/{user}/chats"))["items"]] == [chat]
    history = ok(b.get(f"/chats/{chat}/messages", params={"user_id": user}))["messages"]
    assert [m["content"] for m in history] == [
        "Can you suggest a name for a sourdough starter?", reply]
    ok(b.patch(f"/chats/{chat}", params={"user_id": user}, json={"title": "Starter names"}))
    assert ok(a.get(f"/users/{user}/chats"))["items"][0]["title"] == "Starter names"
    ok(b.delete(f"/chats/{chat}", params={"user_id": user}))
    assert a.get(f"/chats/{chat}/messages", params={"user_id": user}).status_code == 404
    assert ok(a.get(f"/users/{user}/chats"))["items"] == []


def test_memories_updates_deletes_and_opt_out_agree(replicas: Replicas) -> None:
    a, b = replicas.a, replicas.b
    user = f"priya-{uuid.uuid4().hex[:6]}"
    say(a, new_chat(a, user), user, "Hi! I'm Priya Raman and I work as a data engineer.")
    assert memories(b, user) == {"Name is Priya Raman": "name",
                                 "Is a data engineer": "role"}
    assert say(b, new_chat(b, user), user, "What is my name?")["reply"] == (
        "Your name is Priya Raman.")

    # B replaces the name A stored: one name memory, seen alike by both.
    events = say(b, new_chat(b, user), user, "Call me Anna from now on.")["memory_events"]
    assert [e["kind"] for e in events] == ["updated"]
    assert memories(a, user) == memories(b, user) == {"Name is Anna": "name",
                                                      "Is a data engineer": "role"}
    [name] = [m for m in ok(a.get(f"/users/{user}/memories"))["items"]
              if m["category"] == "name"]
    trail = ok(b.get(f"/memories/{name['id']}/history", params={"user_id": user}))
    assert [(h["event"], h["new_memory"]) for h in trail["entries"]] == [
        ("ADD", "Name is Priya Raman"), ("UPDATE", "Name is Anna")]

    if replicas.backend == "mongodb":  # stateless: what users said is in MongoDB only
        assert local_files_holding(replicas.folders, b"Priya", b"Anna") == []

    [role] = [m for m in ok(b.get(f"/users/{user}/memories"))["items"]
              if m["category"] == "role"]
    ok(a.delete(f"/memories/{role['id']}", params={"user_id": user}))
    assert memories(b, user) == {"Name is Anna": "name"}

    ok(a.put(f"/users/{user}/settings", json={"memory_enabled": False}))
    assert ok(b.get(f"/users/{user}/settings"))["memory_enabled"] is False
    ok(b.put(f"/users/{user}/settings", json={"memory_enabled": True}))

    ok(a.delete(f"/users/{user}/memories"))
    assert memories(b, user) == {}
    assert say(b, new_chat(b, user), user, "What is my name?")["reply"] == (
        "I don't know your name yet.")

