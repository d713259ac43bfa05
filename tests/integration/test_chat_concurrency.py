"""Concurrent writes to one chat, against real server processes: every accepted message kept.

Before the chat lease, 30 concurrent turns on one chat all answered 200 and one message was
kept (each forked the history from the same checkpoint). Two ``uvicorn server:app`` processes
share one backend here (one data folder for SQLite, one database on the Mongo-wire server), so
the lease is checked across processes too.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from agent.chats import ChatStore, MongoChatStore, SqliteChatStore
from tests.support.processes import uvicorn_server

log = logging.getLogger(__name__)  # the numbers: pytest -o log_cli=true --log-cli-level=INFO


@dataclass(frozen=True)
class Servers:
    a: str
    b: str
    backend: str
    store: Callable[[], ChatStore]  # a chat store on the servers' backend, for the test


@pytest.fixture(scope="module", params=["sqlite", "mongodb"])
def servers(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[Servers]:
    tmp = tmp_path_factory.mktemp(f"concurrency-{request.param}")
    data = tmp / "data"
    env = {"PERSONALMEM_DATA_DIR": str(data), "MEM0_DIR": str(data / "mem0"),
           "MONGODB_URI": ""}
    store: Callable[[], ChatStore] = lambda: SqliteChatStore(data / "chats.sqlite")  # noqa: E731
    if request.param == "mongodb":
        uri, database = request.getfixturevalue("mongo_uri"), f"cc{uuid.uuid4().hex[:8]}"
        env |= {"MONGODB_URI": uri, "MONGODB_DATABASE": database}
        store = lambda: MongoChatStore(uri, database)  # noqa: E731
    with uvicorn_server(env, tmp / "a.log") as a, uvicorn_server(env, tmp / "b.log") as b:
        yield Servers(a, b, str(request.param), store)


def new_chat(base: str, **extra: Any) -> tuple[str, str]:
    user = f"user-{uuid.uuid4().hex[:8]}"
    resp = httpx.post(f"{base}/chats", json={"user_id": user, **extra}, timeout=30)
    assert resp.status_code == 201, resp.text
    return user, str(resp.json()["id"])


def at_once(calls: list[tuple[str, str, dict[str, Any]]]) -> tuple[list[httpx.Response], float]:
    """POST every (base, path, body) from its own thread, released together; the responses
    in call order, and the seconds until the last one answered."""
    start = threading.Barrier(len(calls))

    def post(call: tuple[str, str, dict[str, Any]]) -> httpx.Response:
        base, path, body = call
        with httpx.Client(base_url=base, timeout=90) as client:
            start.wait()
            return client.post(path, json=body)

    began = time.monotonic()
    with ThreadPoolExecutor(len(calls)) as pool:
        responses = list(pool.map(post, calls))
    return responses, time.monotonic() - began


def history(base: str, chat: str, user: str) -> list[dict[str, Any]]:
    resp = httpx.get(f"{base}/chats/{chat}/messages", params={"user_id": user}, timeout=30)
    assert resp.status_code == 200, resp.text
    messages: list[dict[str, Any]] = resp.json()["messages"]
    return messages


def replies_of(calls: list[tuple[str, str, dict[str, Any]]], responses: list[httpx.Response]
               ) -> dict[str, str]:
    """{message: reply} of the turns that answered 200."""
    return {body["message"]: r.json()["reply"]
            for (_, _, body), r in zip(calls, responses, strict=True) if r.status_code == 200}


def assert_turns_kept(messages: list[dict[str, Any]], replies: dict[str, str]) -> None:
    """Each answered message is in the history once, right before its own reply: no fork."""
    users = [m["content"] for m in messages if m["role"] == "user"]
    assert sorted(users) == sorted(replies), users
    assert len(messages) == 2 * len(replies), messages
    for index, message in enumerate(messages):
        if message["role"] == "user":
            assert messages[index + 1] == {"role": "assistant",
                                           "content": replies[message["content"]]}


def assert_chat_busy(resp: httpx.Response) -> None:
    assert resp.status_code == 409, resp.text
    error = resp.json()["error"]
    assert error["code"] == "chat_busy" and "busy" in error["message"], error


def turn_calls(base: str | list[str], chat: str, user: str, count: int,
               **extra: Any) -> list[tuple[str, str, dict[str, Any]]]:
    bases = [base] if isinstance(base, str) else base
    return [(bases[i % len(bases)], f"/chats/{chat}/turn",
             {"user_id": user, "message": f"Message {i} of the burst: how are you?", **extra})
            for i in range(count)]


def test_concurrent_turns_on_one_chat_are_all_kept_in_order(servers: Servers) -> None:
    user, chat = new_chat(servers.a)
    calls = turn_calls(servers.a, chat, user, 20)
    responses, took = at_once(calls)
    assert [r.status_code for r in responses] == [200] * 20, [r.text for r in responses]
    replies = replies_of(calls, responses)
    assert_turns_kept(history(servers.a, chat, user), replies)
    log.info("[%s] 20 concurrent turns, one process: 20/20 kept in %.1f s", servers.backend,
             took)


def test_concurrent_appends_are_all_kept(servers: Servers) -> None:
    user, chat = new_chat(servers.a)
    sent = [f"Appended note {i}." for i in range(10)]
    responses, _ = at_once([(servers.a, "/chats/messages",
                             {"user_id": user, "chat_id": chat, "message": text})
                            for text in sent])
    assert [r.status_code for r in responses] == [201] * 10, [r.text for r in responses]
    kept = [m["content"] for m in history(servers.a, chat, user)]
    assert sorted(kept) == sorted(sent)
    log.info("[%s] 10 concurrent appends: %d/10 kept", servers.backend, len(kept))


def test_reject_answers_409_for_a_busy_chat_and_keeps_every_200(servers: Servers) -> None:
    user, chat = new_chat(servers.a)
    calls = turn_calls(servers.a, chat, user, 10, multitask_strategy="reject")
    responses, _ = at_once(calls)
    assert {r.status_code for r in responses} <= {200, 409}, [r.text for r in responses]
    for resp in responses:
        if resp.status_code == 409:
            assert_chat_busy(resp)
    replies = replies_of(calls, responses)
    assert 1 <= len(replies) < 10
    assert_turns_kept(history(servers.a, chat, user), replies)
    log.info("[%s] 10 concurrent 'reject' turns: %d answered 200 and kept, %d answered 409",
             servers.backend, len(replies), 10 - len(replies))


def test_concurrent_turns_across_two_processes_are_all_kept(servers: Servers) -> None:
    user, chat = new_chat(servers.a)
    calls = turn_calls([servers.a, servers.b], chat, user, 20)
    responses, took = at_once(calls)
    assert [r.status_code for r in responses] == [200] * 20, [r.text for r in responses]
    replies = replies_of(calls, responses)
    assert_turns_kept(history(servers.b, chat, user), replies)
    log.info("[%s] 20 concurrent turns over two processes: 20/20 kept in %.1f s",
             servers.backend, took)


def test_a_chat_held_elsewhere_is_rejected_or_waited_for_on_every_write_path(
        servers: Servers, tmp_path: Path) -> None:
    user, chat = new_chat(servers.a)
    store = servers.store()
    try:
        assert store.acquire_lease(chat, "another-process", 30)
        reject = {"user_id": user, "message": "Hello?", "multitask_strategy": "reject"}
        assert_chat_busy(httpx.post(f"{servers.a}/chats/{chat}/turn", json=reject, timeout=30))
        # The stream reports it before it starts, as a JSON error, not as an SSE event.
        streamed = httpx.post(f"{servers.b}/chats/{chat}/turn/stream", json=reject, timeout=30)
        assert streamed.headers["content-type"].startswith("application/json")
        assert_chat_busy(streamed)
        # The default, enqueue: an append and a LangServe run wait until the chat is free.
        with ThreadPoolExecutor(2) as pool:
            append = pool.submit(httpx.post, f"{servers.a}/chats/messages", timeout=60, json={
                "user_id": user, "chat_id": chat, "message": "Queued note."})
            invoke = pool.submit(httpx.post, f"{servers.b}/agent/invoke", timeout=60,
                                 headers={"X-Chat-Id": chat, "X-User-Id": user},
                                 json={"input": {"messages": [
                                     {"type": "human", "content": "Queued run."}]}})
            time.sleep(1.5)
            assert not append.done() and not invoke.done()
            store.release_lease(chat, "another-process")
            assert append.result().status_code == 201, append.result().text
            assert invoke.result().status_code == 200, invoke.result().text
    finally:
        store.release_lease(chat, "another-process")
        store.close()
    users = [m["content"] for m in history(servers.a, chat, user) if m["role"] == "user"]
    assert sorted(users) == ["Queued note.", "Queued run."]
    # A LangServe batch would run its inputs at once in the one chat: refused.
    batch = httpx.post(f"{servers.a}/agent/batch", timeout=30,
                       headers={"X-Chat-Id": chat, "X-User-Id": user},
                       json={"inputs": [{"messages": [{"type": "human", "content": "a"}]},
                                        {"messages": [{"type": "human", "content": "b"}]}]})
    assert batch.status_code == 422 and "one input per request" in batch.text
