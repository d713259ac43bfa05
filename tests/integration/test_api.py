"""The REST API end to end: a real ``uvicorn server:app`` process over HTTP, auth off.

The server fixture is module-scoped and parametrized over both backends (SQLite files, and a
MongoDB-wire server process), so every test here runs against each, with two server starts in
all. Tests isolate themselves with fresh user ids instead of fresh servers.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.processes import uvicorn_server

INTRO = ("My name is Honda. I'm a software engineer who loves Python and I prefer working on "
         "backend systems.")
DEBUG = "Help me debug this function: def add(a,b): return a-b"


@dataclass(frozen=True)
class Api:
    base: str
    backend: str
    log: Path


@pytest.fixture(scope="module", params=["sqlite", "mongodb"])
def api(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
        ) -> Iterator[Api]:
    tmp = tmp_path_factory.mktemp(f"api-{request.param}")
    env = {"PERSONALMEM_DATA_DIR": str(tmp / "data"), "MEM0_DIR": str(tmp / "data" / "mem0"),
           "MONGODB_URI": ""}
    if request.param == "mongodb":
        env["MONGODB_URI"] = request.getfixturevalue("mongo_uri")
        env["MONGODB_DATABASE"] = f"api{uuid.uuid4().hex[:8]}"
    log = tmp / "server.log"
    with uvicorn_server(env, log) as base:
        yield Api(base, request.param, log)


@pytest.fixture
def client(api: Api) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=api.base, timeout=60) as http:
        yield http


def new_user(prefix: str = "user") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def create_chat(client: httpx.Client, user: str, **extra: Any) -> str:
    resp = client.post("/chats", json={"user_id": user, **extra})
    assert resp.status_code == 201, resp.text
    chat_id: str = resp.json()["id"]
    return chat_id


def turn(client: httpx.Client, chat_id: str, user: str, message: str) -> dict[str, Any]:
    resp = client.post(f"/chats/{chat_id}/turn", json={"user_id": user, "message": message})
    assert resp.status_code == 200, resp.text
    body: dict[str, Any] = resp.json()
    return body


def memory_texts(client: httpx.Client, user: str) -> list[str]:
    resp = client.get(f"/users/{user}/memories", params={"limit": 200})
    assert resp.status_code == 200, resp.text
    return [m["text"] for m in resp.json()["items"]]


def error_code(resp: httpx.Response, status: int) -> str:
    """Assert the status and the one error shape; return the error code."""
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"error"}, body
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    code: str = body["error"]["code"]
    return code


def sse_events(resp: httpx.Response) -> list[tuple[str, dict[str, Any]]]:
    """Parse a text/event-stream body into (event, JSON data) pairs."""
    events: list[tuple[str, dict[str, Any]]] = []
    name, data = "message", []
    for line in resp.iter_lines():
        if line == "":
            if data:
                events.append((name, json.loads("\n".join(data))))
            name, data = "message", []
        elif line.startswith("event:"):
            name = line.partition(":")[2].strip()
        elif line.startswith("data:"):
            data.append(line.partition(":")[2].removeprefix(" "))
    if data:
        events.append((name, json.loads("\n".join(data))))
    return events


# -- health and start-up --------------------------------------------------------------------------
def test_health_checks_every_backend(client: httpx.Client, api: Api) -> None:
    body = client.get("/health").json()
    assert body == {"status": "ok", "backend": api.backend,
                    "checks": {"chat_store": "ok", "checkpointer": "ok", "memory_store": "ok"},
                    "model": {"name": "offline", "usable": True, "detail": "ok"}}


def test_open_api_is_announced_loudly_at_start_up(api: Api) -> None:
    assert "AUTH IS OFF: the PersonalMem API is open" in api.log.read_text()


# -- chats ----------------------------------------------------------------------------------------
def test_chats_are_listed_newest_first_with_paging(client: httpx.Client) -> None:
    user = new_user()
    first = create_chat(client, user, title="first")
    second = create_chat(client, user, title="second")
    third = create_chat(client, user)
    turn(client, first, user, "Hello there")  # activity moves the first chat to the top
    page = client.get(f"/users/{user}/chats", params={"limit": 2}).json()
    assert page["total"] == 3 and page["limit"] == 2 and page["offset"] == 0
    assert [c["id"] for c in page["items"]] == [first, third]
    rest = client.get(f"/users/{user}/chats", params={"limit": 2, "offset": 2}).json()
    assert [c["id"] for c in rest["items"]] == [second]
    assert rest["items"][0]["title"] == "second" and rest["items"][0]["user_id"] == user
    assert client.get(f"/users/{new_user()}/chats").json()["total"] == 0


def test_chat_input_is_validated(client: httpx.Client) -> None:
    bad_bodies: list[Any] = [
        {}, {"user_id": ""}, {"user_id": "x" * 129}, {"user_id": "bob smith"},
        {"user_id": "../etc"}, {"user_id": 7}, {"user_id": "bob", "title": "t" * 201},
        {"user_id": "bob", "temporary": "sometimes"}, [], "user_id=bob",
    ]
    for body in bad_bodies:
        resp = client.post("/chats", json=body)
        assert error_code(resp, 422) == "invalid_request", body
    resp = client.post("/chats", content=b"{not json", headers={"content-type":
                                                                  "application/json"})
    assert error_code(resp, 422) == "invalid_request"
    for params in ({"limit": 0}, {"limit": 201}, {"offset": -1}, {"limit": "many"}):
        resp = client.get("/users/bob/chats", params=params)
        assert error_code(resp, 422) == "invalid_request", params
    assert client.post("/chats", json={"user_id": "a" * 128}).status_code == 201


def test_message_length_and_blank_messages_are_rejected(client: httpx.Client) -> None:
    user = new_user()
    chat = create_chat(client, user)
    for message in ("", "   \n", "x" * 20_001):
        resp = client.post(f"/chats/{chat}/turn", json={"user_id": user, "message": message})
        assert error_code(resp, 422) == "invalid_request"
        resp = client.post("/chats/messages", json={"user_id": user, "chat_id": chat,
                                                    "message": message})
        assert error_code(resp, 422) == "invalid_request"
    lone_surrogate = b'{"user_id": "%s", "message": "\\ud800"}' % user.encode()
    resp = client.post(f"/chats/{chat}/turn", content=lone_surrogate,
                       headers={"content-type": "application/json"})
    assert error_code(resp, 422) == "invalid_request"
    long_ok = turn(client, chat, user, "y" * 20_000)
    assert long_ok["reply"]


def test_appended_messages_form_the_history_and_feed_memory(client: httpx.Client) -> None:
    user = new_user()
    chat = create_chat(client, user)
    resp = client.post("/chats/responses", json={"user_id": user, "chat_id": chat,
                                                 "message": "Where do you live?"})
    assert resp.status_code == 201, resp.text
    assert resp.json()["message"] == {"role": "assistant", "content": "Where do you live?"}
    # A bare "Lisbon" only means something next to the assistant's question.
    resp = client.post("/chats/messages", json={"user_id": user, "chat_id": chat,
                                                "message": "Lisbon", "extract_memory": True})
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert [e["text"] for e in body["memory_events"]] == ["Lives in Lisbon"]
    assert body["memory_events"][0]["kind"] == "created"
    assert body["message"] == {"role": "user", "content": "Lisbon"}
    resp = client.post("/chats/messages", json={"user_id": user, "chat_id": chat,
                                                "message": "I love Rust.",
                                                "extract_memory": False})
    assert resp.json()["memory_events"] == []
    assert memory_texts(client, user) == ["Lives in Lisbon"]
    history = client.get(f"/chats/{chat}/messages", params={"user_id": user}).json()
    assert history == {"chat_id": chat, "messages": [
        {"role": "assistant", "content": "Where do you live?"},
        {"role": "user", "content": "Lisbon"},
        {"role": "user", "content": "I love Rust."}]}
    # The model did not run for appended messages, and a later turn sees them as history.
    reply = turn(client, chat, user, "Where do I live?")["reply"]
    assert "Lisbon" in reply
    assert len(client.get(f"/chats/{chat}/messages", params={"user_id": user}).json()[
        "messages"]) == 5


def test_delete_chat_removes_history_and_metadata_but_not_memories(
        client: httpx.Client) -> None:
    user = new_user()
    chat = create_chat(client, user)
    turn(client, chat, user, "My name is Delia.")
    other = create_chat(client, user)
    turn(client, other, user, "Hello")
    resp = client.delete(f"/chats/{chat}", params={"user_id": user})
    assert resp.status_code == 200 and resp.json() == {"id": chat, "deleted": True}
    assert error_code(client.get(f"/chats/{chat}/messages", params={"user_id": user}),
                      404) == "not_found"
    assert [c["id"] for c in client.get(f"/users/{user}/chats").json()["items"]] == [other]
    assert memory_texts(client, user) == ["Name is Delia"]
    # Re-using the id through LangServe starts from an empty history, not the old one.
    resp = client.post("/agent/invoke", headers={"X-Chat-Id": chat, "X-User-Id": user},
                       json={"input": {"messages": [{"type": "human", "content": "Hi"}]}})
    assert resp.status_code == 200, resp.text
    assert [m["content"] for m in resp.json()["output"]["messages"]][0] == "Hi"
    assert error_code(client.delete(f"/chats/{chat}", params={"user_id": new_user()}),
                      404) == "not_found"


# -- the seed scenarios ---------------------------------------------------------------------------
def test_seed_scenarios_through_the_api(client: httpx.Client) -> None:
    user = new_user("honda")
    chat_a, chat_b, chat_c = (create_chat(client, user, title=t) for t in "ABC")
    result = turn(client, chat_a, user, INTRO)
    created = {e["text"] for e in result["memory_events"] if e["kind"] == "created"}
    assert {"Name is Honda", "Loves Python"} <= created

    result = turn(client, chat_b, user, "What is my name?")
    assert result["reply"] == "Your name is Honda."
    assert "Name is Honda" in [m["text"] for m in result["memories_used"]]
    result = turn(client, chat_b, user, "What language should I use for my backend?")
    assert "Python" in result["reply"]

    before = memory_texts(client, user)
    result = turn(client, chat_c, user, DEBUG)
    assert result["memory_events"] == []
    assert memory_texts(client, user) == before
    texts_c = [m["content"] for m in client.get(f"/chats/{chat_c}/messages",
                                                params={"user_id": user}).json()["messages"]]
    assert texts_c[0] == DEBUG and INTRO not in texts_c and "What is my name?" not in texts_c

    memories = client.get(f"/users/{user}/memories").json()["items"]
    name = next(m for m in memories if m["text"] == "Name is Honda")
    assert name["category"] == "name" and name["source_chat_id"] == chat_a
    assert name["sensitive"] is False and name["created_at"]


def test_turn_with_an_unusable_model_is_a_clear_422(client: httpx.Client) -> None:
    user = new_user()
    chat = create_chat(client, user)
    resp = client.post(f"/chats/{chat}/turn", json={"user_id": user, "message": "Hi",
                                                     "model": "openai:gpt-4o-mini"})
    assert error_code(resp, 422) == "model_unavailable"
    assert "OPENAI_API_KEY" in resp.json()["error"]["message"]
    resp = client.post(f"/chats/{chat}/turn", json={"user_id": user, "message": "Hi",
                                                     "model": "offline"})
    assert resp.status_code == 200


def test_streamed_turn_sends_tokens_then_done(client: httpx.Client) -> None:
    user = new_user()
    chat = create_chat(client, user)
    with client.stream("POST", f"/chats/{chat}/turn/stream",
                       json={"user_id": user, "message": "My name is Stream."}) as resp:
        assert resp.status_code == 200
        assert resp.headers["content-type"].startswith("text/event-stream")
        events = sse_events(resp)
    names = [name for name, _ in events]
    assert names[-1] == "done" and names[:-1] and set(names[:-1]) == {"token"}
    done = events[-1][1]
    assert "".join(data["text"] for _, data in events[:-1]) == done["reply"]
    assert done["reply"] == "Nice to meet you, Stream."
    assert [e["text"] for e in done["memory_events"]] == ["Name is Stream"]
    history = client.get(f"/chats/{chat}/messages", params={"user_id": user}).json()
    assert [m["content"] for m in history["messages"]] == ["My name is Stream.", done["reply"]]
    # Errors found before streaming are ordinary JSON errors.
    resp = client.post(f"/chats/{chat}/turn/stream",
                       json={"user_id": new_user(), "message": "Hi"})
    assert error_code(resp, 404) == "not_found"


# -- memories -------------------------------------------------------------------------------------
def test_memories_list_export_history_and_delete(client: httpx.Client) -> None:
    user = new_user()
    chat = create_chat(client, user)
    turn(client, chat, user, INTRO)
    page = client.get(f"/users/{user}/memories", params={"limit": 2, "offset": 1}).json()
    everything = client.get(f"/users/{user}/memories").json()
    assert page["total"] == everything["total"] >= 3
    assert [m["id"] for m in page["items"]] == [m["id"] for m in everything["items"][1:3]]

    resp = client.get(f"/users/{user}/memories/export")
    assert resp.status_code == 200
    assert f'filename="personalmem-memories-{user}.json"' in resp.headers[
        "content-disposition"]
    export = resp.json()
    assert export["user_id"] == user and export["count"] == everything["total"]
    assert {m["text"] for m in export["memories"]} == {m["text"] for m in everything["items"]}

    name = next(m for m in everything["items"] if m["text"] == "Name is Honda")
    history = client.get(f"/memories/{name['id']}/history", params={"user_id": user}).json()
    assert history["memory_id"] == name["id"]
    assert [(h["event"], h["new_memory"]) for h in history["entries"]] == [
        ("ADD", "Name is Honda")]

    resp = client.delete(f"/memories/{name['id']}", params={"user_id": user})
    assert resp.json() == {"id": name["id"], "deleted": True}
    assert "Name is Honda" not in memory_texts(client, user)
    assert error_code(client.delete(f"/memories/{name['id']}", params={"user_id": user}),
                      404) == "not_found"
    assert error_code(client.get(f"/memories/{name['id']}/history",
                                 params={"user_id": user}), 404) == "not_found"
    assert turn(client, create_chat(client, user), user,
                "What is my name?")["reply"] != "Your name is Honda."


def test_explicit_save_refuses_secrets(client: httpx.Client) -> None:
    user = new_user()
    resp = client.post(f"/users/{user}/memories", json={"fact": "I prefer dark mode"})
    assert resp.status_code == 200, resp.text
    events = resp.json()["memory_events"]
    assert [(e["kind"], e["text"]) for e in events] == [("created", "Prefers dark mode")]
    again = client.post(f"/users/{user}/memories", json={"fact": "I prefer dark mode"})
    assert again.json()["memory_events"] == []
    resp = client.post(f"/users/{user}/memories", json={"fact": "my password is hunter2"})
    assert error_code(resp, 422) == "refused"
    assert "password" in resp.json()["error"]["message"]
    assert memory_texts(client, user) == ["Prefers dark mode"]
    for body in ({}, {"fact": ""}, {"fact": "x" * 2001}):
        assert error_code(client.post(f"/users/{user}/memories", json=body),
                          422) == "invalid_request"


def test_opt_out_removes_every_memory(client: httpx.Client) -> None:
    user = new_user()
    turn(client, create_chat(client, user), user, INTRO)
    count = len(memory_texts(client, user))
    assert count >= 3
    resp = client.delete(f"/users/{user}/memories")
    assert resp.json() == {"user_id": user, "deleted": count}
    assert memory_texts(client, user) == []
    assert client.get(f"/users/{user}/memories/export").json()["memories"] == []
    reply = turn(client, create_chat(client, user), user, "What is my name?")["reply"]
    assert reply == "I don't know your name yet."


# -- memory off and temporary chats ---------------------------------------------------------------
def test_memory_off_switch_stops_reads_and_writes(client: httpx.Client) -> None:
    user = new_user()
    assert client.get(f"/users/{user}/settings").json() == {"user_id": user,
                                                            "memory_enabled": True}
    turn(client, create_chat(client, user), user, "My name is Otto.")
    resp = client.put(f"/users/{user}/settings", json={"memory_enabled": False})
    assert resp.json() == {"user_id": user, "memory_enabled": False}
    assert client.get(f"/users/{user}/settings").json()["memory_enabled"] is False

    chat = create_chat(client, user)
    result = turn(client, chat, user, "I live in Paris. What is my name?")
    assert result["memory_events"] == [] and result["memories_used"] == []
    assert "Otto" not in result["reply"]
    resp = client.post("/chats/messages", json={"user_id": user, "chat_id": chat,
                                                "message": "I love Haskell."})
    assert resp.json()["memory_events"] == []
    context = client.get(f"/users/{user}/context/{chat}").json()
    assert context["memory_enabled"] is False and context["memories"] == []
    assert "<memory_status>off</memory_status>" in context["system_prompt"]
    assert memory_texts(client, user) == ["Name is Otto"]

    client.put(f"/users/{user}/settings", json={"memory_enabled": True})
    assert turn(client, chat, user, "What is my name?")["reply"] == "Your name is Otto."
    assert error_code(client.put(f"/users/{user}/settings", json={"memory_enabled": "maybe"}),
                      422) == "invalid_request"


def test_temporary_chat_neither_reads_nor_writes_memory(client: httpx.Client) -> None:
    user = new_user()
    turn(client, create_chat(client, user), user, "My name is Tara.")
    temp = client.post("/chats", json={"user_id": user, "temporary": True}).json()
    assert temp["temporary"] is True
    result = turn(client, temp["id"], user, "I live in Oslo. What is my name?")
    assert result["memory_events"] == [] and result["memories_used"] == []
    assert "Tara" not in result["reply"]
    resp = client.post("/chats/messages", json={"user_id": user, "chat_id": temp["id"],
                                                "message": "I love Go.", "extract_memory": True})
    assert resp.json()["memory_events"] == []
    context = client.get(f"/users/{user}/context/{temp['id']}").json()
    assert context["memory_enabled"] is False and context["memories"] == []
    assert memory_texts(client, user) == ["Name is Tara"]
    # The history of a temporary chat is still kept, per chat.
    messages = client.get(f"/chats/{temp['id']}/messages", params={"user_id": user}).json()
    assert messages["messages"][0]["content"] == "I live in Oslo. What is my name?"


def test_context_shows_what_the_next_turn_would_use(client: httpx.Client) -> None:
    user = new_user()
    turn(client, create_chat(client, user), user, INTRO)
    chat = create_chat(client, user)
    empty = client.get(f"/users/{user}/context/{chat}").json()
    assert empty["query"] == ""
    assert "Name is Honda" in [m["text"] for m in empty["memories"]]  # always-on facts
    turn(client, chat, user, "What language should I use for my backend?")
    context = client.get(f"/users/{user}/context/{chat}").json()
    assert context["query"] == "What language should I use for my backend?"
    texts = [m["text"] for m in context["memories"]]
    assert "Loves Python" in texts
    assert "<user_memories>" in context["system_prompt"]
    for text in texts:
        assert text in context["system_prompt"]
    explicit = client.get(f"/users/{user}/context/{chat}", params={"query": "backend work"})
    assert explicit.json()["query"] == "backend work"
    assert error_code(client.get(f"/users/{user}/context/{chat}",
                                 params={"query": "q" * 2001}), 422) == "invalid_request"


# -- unknown ids and other users' data ------------------------------------------------------------
def test_unknown_ids_are_404_everywhere(client: httpx.Client) -> None:
    user = new_user()
    chat, memory = "0" * 32, "00000000-0000-0000-0000-000000000001"
    calls = [
        client.get(f"/chats/{chat}/messages", params={"user_id": user}),
        client.delete(f"/chats/{chat}", params={"user_id": user}),
        client.post(f"/chats/{chat}/turn", json={"user_id": user, "message": "hi"}),
        client.post(f"/chats/{chat}/turn/stream", json={"user_id": user, "message": "hi"}),
        client.post("/chats/messages", json={"user_id": user, "chat_id": chat, "message": "hi"}),
        client.post("/chats/responses", json={"user_id": user, "chat_id": chat, "message": "hi"}),
        client.get(f"/users/{user}/context/{chat}"),
        client.delete(f"/memories/{memory}", params={"user_id": user}),
        client.get(f"/memories/{memory}/history", params={"user_id": user}),
    ]
    for resp in calls:
        assert error_code(resp, 404) == "not_found", resp.request.url
    assert error_code(client.get("/no/such/route"), 404) == "not_found"
    assert error_code(client.put("/health"), 405) == "method_not_allowed"


def test_ids_in_paths_are_validated(client: httpx.Client) -> None:
    for path in ("/chats/bad%20id/messages", f"/chats/{'c' * 65}/messages",
                 "/memories/-starts-with-dash/history", "/users/bad%20user/chats",
                 "/users/%C3%A9/memories"):
        resp = client.get(path, params={"user_id": "bob"})
        assert error_code(resp, 422) == "invalid_request", path
        assert resp.json()["error"]["details"][0]["loc"][0] == "path", path
    # An encoded slash cannot smuggle a path segment into an id.
    assert error_code(client.get("/memories/..%2F..%2Fx/history", params={"user_id": "bob"}),
                      404) == "not_found"
    assert error_code(client.get("/chats/abc/messages", params={"user_id": "bad user"}),
                      422) == "invalid_request"
    assert error_code(client.get("/chats/abc/messages"), 422) == "invalid_request"


def test_another_users_chats_and_memories_are_out_of_reach(client: httpx.Client) -> None:
    alice, bob = new_user("alice"), new_user("bob")
    chat = create_chat(client, alice)
    turn(client, chat, alice, "My name is Alice.")
    memory = client.get(f"/users/{alice}/memories").json()["items"][0]["id"]
    attempts = {
        "read history": client.get(f"/chats/{chat}/messages", params={"user_id": bob}),
        "append user message": client.post("/chats/messages", json={
            "user_id": bob, "chat_id": chat, "message": "My name is Mallory."}),
        "append response": client.post("/chats/responses", json={
            "user_id": bob, "chat_id": chat, "message": "pwned"}),
        "turn": client.post(f"/chats/{chat}/turn", json={"user_id": bob, "message": "hi"}),
        "stream": client.post(f"/chats/{chat}/turn/stream",
                              json={"user_id": bob, "message": "hi"}),
        "context": client.get(f"/users/{bob}/context/{chat}"),
        "delete chat": client.delete(f"/chats/{chat}", params={"user_id": bob}),
        "delete memory": client.delete(f"/memories/{memory}", params={"user_id": bob}),
        "memory history": client.get(f"/memories/{memory}/history", params={"user_id": bob}),
        "langserve": client.post("/agent/invoke", headers={"X-Chat-Id": chat, "X-User-Id": bob},
                                 json={"input": {"messages": [{"type": "human",
                                                               "content": "hi"}]}}),
    }
    for what, resp in attempts.items():
        assert error_code(resp, 404) == "not_found", what
    # Nothing of Alice's changed, and Bob's listings don't show her data.
    history = client.get(f"/chats/{chat}/messages", params={"user_id": alice}).json()
    assert [m["content"] for m in history["messages"]] == ["My name is Alice.",
                                                           "Nice to meet you, Alice."]
    assert memory_texts(client, alice) == ["Name is Alice"]
    assert client.get(f"/users/{bob}/chats").json()["total"] == 0
    assert memory_texts(client, bob) == []
    assert client.get(f"/users/{bob}/memories/export").json()["memories"] == []


# -- LangServe ------------------------------------------------------------------------------------
def test_langserve_invoke_and_stream_use_the_chat_and_user(client: httpx.Client) -> None:
    user = new_user()
    turn(client, create_chat(client, user), user, "My name is Lena.")
    thread = uuid.uuid4().hex
    body = {"input": {"messages": [{"type": "human", "content": "What is my name?"}]},
            "config": {"configurable": {"thread_id": thread, "user_id": user}}}
    resp = client.post("/agent/invoke", json=body)
    assert resp.status_code == 200, resp.text
    assert resp.json()["output"]["messages"][-1]["content"] == "Your name is Lena."
    # The thread became one of the user's chats, with its history in our checkpointer.
    assert thread in [c["id"] for c in client.get(f"/users/{user}/chats").json()["items"]]
    with client.stream("POST", "/agent/stream", headers={"X-Chat-Id": thread, "X-User-Id": user},
                       json={"input": {"messages": [{"type": "human",
                                                     "content": "Where do I live?"}]}}) as resp:
        assert resp.status_code == 200
        text = resp.read().decode()
    assert "event: data" in text and "event: end" in text
    history = client.get(f"/chats/{thread}/messages", params={"user_id": user}).json()
    assert [m["content"] for m in history["messages"] if m["role"] == "user"] == [
        "What is my name?", "Where do I live?"]


def test_langserve_requires_a_chat_and_a_user_and_valid_input(client: httpx.Client) -> None:
    message = {"messages": [{"type": "human", "content": "hi"}]}
    resp = client.post("/agent/invoke", json={"input": message},
                       headers={"X-User-Id": new_user()})
    assert error_code(resp, 422) == "invalid_request"
    assert "X-Chat-Id" in resp.json()["error"]["message"]
    resp = client.post("/agent/invoke", json={"input": message},
                       headers={"X-Chat-Id": uuid.uuid4().hex})
    assert error_code(resp, 422) == "invalid_request"
    resp = client.post("/agent/invoke", json={"input": {"foo": 1}},
                       headers={"X-Chat-Id": uuid.uuid4().hex, "X-User-Id": new_user()})
    assert error_code(resp, 422) == "invalid_request"
    resp = client.post("/agent/invoke", json={"input": message},
                       headers={"X-Chat-Id": "bad id!", "X-User-Id": new_user()})
    assert error_code(resp, 422) == "invalid_request"


def test_langserve_temporary_chat_stays_out_of_memory(client: httpx.Client) -> None:
    user = new_user()
    temp = create_chat(client, user, temporary=True)
    body = {"input": {"messages": [{"type": "human", "content": "My name is Ghost."}]},
            # A client cannot switch memory back on for a temporary chat.
            "config": {"configurable": {"thread_id": temp, "user_id": user,
                                        "temporary": False, "memory_enabled": True}}}
    resp = client.post("/agent/invoke", json=body)
    assert resp.status_code == 200, resp.text
    assert resp.json()["output"]["memory_events"] == []
    assert memory_texts(client, user) == []


# -- docs -----------------------------------------------------------------------------------------
def test_openapi_documents_every_endpoint_with_examples(client: httpx.Client) -> None:
    schema = client.get("/openapi.json").json()
    expected = {
        ("post", "/chats"), ("get", "/users/{user_id}/chats"),
        ("get", "/chats/{chat_id}/messages"), ("post", "/chats/messages"),
        ("post", "/chats/responses"), ("delete", "/chats/{chat_id}"),
        ("get", "/users/{user_id}/memories"), ("delete", "/memories/{memory_id}"),
        ("delete", "/users/{user_id}/memories"), ("get", "/users/{user_id}/context/{chat_id}"),
        ("post", "/chats/{chat_id}/turn"), ("post", "/chats/{chat_id}/turn/stream"),
        ("get", "/memories/{memory_id}/history"), ("get", "/users/{user_id}/memories/export"),
        ("post", "/users/{user_id}/memories"), ("get", "/users/{user_id}/settings"),
        ("put", "/users/{user_id}/settings"), ("get", "/health"), ("post", "/agent/invoke"),
    }
    present = {(m, p) for p, ops in schema["paths"].items() for m in ops}
    assert expected <= present
    components = schema["components"]["schemas"]

    def has_examples(ref_or_schema: dict[str, Any]) -> bool:
        name = ref_or_schema.get("$ref", "").rsplit("/", 1)[-1]
        return bool(components.get(name, ref_or_schema).get("examples"))

    for method, path in expected - {("post", "/agent/invoke")}:
        op = schema["paths"][path][method]
        if "requestBody" in op:
            body = op["requestBody"]["content"]["application/json"]["schema"]
            assert has_examples(body), (method, path)
        ok = next(v for k, v in op["responses"].items() if k.startswith("2"))
        content = ok.get("content", {}).get("application/json")
        if content and content.get("schema"):
            assert has_examples(content["schema"]), (method, path)
        for param in op.get("parameters", []):
            if param["in"] == "path":
                assert param["schema"].get("examples") or param.get("examples"), (method, path)
        for status in ("404", "422"):
            if status in op["responses"]:
                ref = op["responses"][status]["content"]["application/json"]["schema"]["$ref"]
                assert ref.endswith("/ErrorBody"), (method, path, status)
    assert client.get("/docs").status_code == 200


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_pages_load_every_asset_from_this_server(client: httpx.Client, page: str) -> None:
    """Without internet a CDN asset never arrives and the page renders blank."""
    resp = client.get(page)
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/html")
    html = resp.text
    # No other host anywhere in the page: not in a tag, not in inline script.
    assert re.findall(r"(?:https?:)?//[^\s'\"<>]+", html) == []
    assets = re.findall(r"""<(?:script|link)\b[^>]*\b(?:src|href)=["']([^"']+)["']""", html)
    assert any(a.endswith(".js") for a in assets), assets
    if page == "/docs":
        assert any(a.endswith(".css") for a in assets), assets
    for url in [*assets, client.get(page).url.join("/openapi.json").path]:
        asset = client.get(url)
        assert asset.status_code == 200, url
        assert len(asset.content) > 1000, url


def test_a_turn_says_what_it_did_not_keep_and_never_the_fact(client: httpx.Client) -> None:
    user = new_user()
    chat = create_chat(client, user)
    body = turn(client, chat, user, "I'm lactose intolerant, any pizza ideas?")
    assert body["memory_events"] == [] and memory_texts(client, user) == []
    [notice] = body["memory_notices"]
    assert notice["kind"] == "not_saved" and "remember" in notice["message"]
    assert "lactose" not in notice["message"]
    body = turn(client, chat, user, "Remember that I'm lactose intolerant.")
    assert body["memory_notices"] == [] and len(body["memory_events"]) == 1
    assert turn(client, chat, user, "I live in Oslo.")["memory_notices"] == []


def test_langserve_playground_is_not_served(client: httpx.Client) -> None:
    """Its form cannot draw the graph's state schema (see agent/api/langserve_routes.py)."""
    assert client.get("/agent/playground/").status_code == 404
    assert "/agent/playground" not in json.dumps(client.get("/openapi.json").json()["paths"])


def test_a_chat_is_renamed_by_its_owner_only(client: httpx.Client) -> None:
    user, other = new_user(), new_user()
    chat = create_chat(client, user)
    resp = client.patch(f"/chats/{chat}", params={"user_id": user},
                        json={"title": "  Trip to Lisbon "})
    assert resp.status_code == 200, resp.text
    assert resp.json()["title"] == "Trip to Lisbon"
    listed = client.get(f"/users/{user}/chats").json()["items"]
    assert [c["title"] for c in listed if c["id"] == chat] == ["Trip to Lisbon"]
    key = client.patch(f"/chats/{chat}", params={"user_id": user},
                       json={"title": "card 4111 1111 1111 1111"})
    assert "4111" not in key.json()["title"]  # a title never holds a secret
    assert error_code(client.patch(f"/chats/{chat}", params={"user_id": other},
                                   json={"title": "mine now"}), 404) == "not_found"
    assert client.patch(f"/chats/{chat}", params={"user_id": user},
                        json={"title": "   "}).status_code == 422
    assert [c["title"] for c in client.get(f"/users/{user}/chats").json()["items"]
            if c["id"] == chat] == [key.json()["title"]]
