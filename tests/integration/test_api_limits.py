"""Bad input is a 422 with the error body on a real server, never a 500, and is never stored:
NUL characters anywhere, JSON nested too deep (LangServe's /agent included), and messages over
the one size cap through /agent as through REST."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from agent.api.body_limits import MAX_JSON_DEPTH
from agent.limits import MAX_MESSAGE_CHARS
from tests.support.processes import uvicorn_server


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    tmp = tmp_path_factory.mktemp("api-limits")
    env = {"PERSONALMEM_DATA_DIR": str(tmp / "data"), "MEM0_DIR": str(tmp / "data" / "mem0"),
           "MONGODB_URI": ""}
    with uvicorn_server(env, tmp / "server.log") as base, \
            httpx.Client(base_url=base, timeout=60) as http:
        yield http


def refused(resp: httpx.Response) -> str:
    """Assert a 422 with the one error body; return its message."""
    assert resp.status_code == 422, (resp.request.url, resp.status_code, resp.text[:300])
    body = resp.json()
    assert set(body) == {"error"} and body["error"]["code"] == "invalid_request", body
    message: str = body["error"]["message"]
    return message


def agent_body(user: str, content: str, thread: str | None = None) -> dict[str, Any]:
    return {"input": {"messages": [{"type": "human", "content": content}]},
            "config": {"configurable": {"thread_id": thread or uuid.uuid4().hex,
                                        "user_id": user}}}


def new_user() -> str:
    return f"user-{uuid.uuid4().hex[:8]}"


def test_nul_in_any_text_is_refused_and_never_stored(client: httpx.Client) -> None:
    user = new_user()
    chat = client.post("/chats", json={"user_id": user}).json()["id"]
    attempts = [
        ("POST", "/chats", {"user_id": user, "title": "a\x00b"}),
        ("POST", "/chats", {"user_id": "bob\x00"}),
        ("POST", "/chats/messages", {"user_id": user, "chat_id": chat,
                                     "message": "My name is Nul\x00l."}),
        ("POST", "/chats/responses", {"user_id": user, "chat_id": chat, "message": "ok\x00"}),
        ("POST", f"/chats/{chat}/turn", {"user_id": user, "message": "I live in Pa\x00ris."}),
        ("POST", f"/users/{user}/memories", {"fact": "I prefer t\x00ea"}),
        ("POST", "/agent/invoke", agent_body(user, "My name is Nul\x00l.", chat)),
    ]
    for method, path, body in attempts:
        assert "NUL" in refused(client.request(method, path, json=body)), path
    assert [c["id"] for c in client.get(f"/users/{user}/chats").json()["items"]] == [chat]
    assert client.get(f"/chats/{chat}/messages", params={"user_id": user}).json()[
        "messages"] == []
    assert client.get(f"/users/{user}/memories").json()["items"] == []
    # An escaped backslash before "u0000" is ordinary text.
    ok = client.post("/chats", json={"user_id": user, "title": "C:\\u0000 drive"})
    assert ok.status_code == 201 and ok.json()["title"] == "C:\\u0000 drive"


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("path", ["/chats", "/agent/invoke", "/agent/batch", "/agent/stream"])
def test_json_nested_too_deep_is_refused(client: httpx.Client, path: str) -> None:
    for depth in (MAX_JSON_DEPTH + 1, 100_000):
        body = '{"input": {"messages": ' + nested(depth - 2) + "}}"
        resp = client.post(path, content=body, headers={"content-type": "application/json",
                                                        "X-Chat-Id": uuid.uuid4().hex,
                                                        "X-User-Id": new_user()})
        assert "nested deeper" in refused(resp)
    assert client.get("/health").status_code == 200


def test_agent_holds_messages_to_the_same_cap_as_rest(client: httpx.Client) -> None:
    user = new_user()
    too_long = "My name is Zed. " + "x" * MAX_MESSAGE_CHARS
    message = refused(client.post("/agent/invoke", json=agent_body(user, too_long)))
    assert str(MAX_MESSAGE_CHARS) in message
    batch = {"inputs": [{"messages": [{"type": "human", "content": "hi"}]},
                        {"messages": [{"type": "human", "content": [
                            {"type": "text", "text": too_long}]}]}],
             "config": agent_body(user, "hi")["config"]}
    refused(client.post("/agent/batch", json=batch))
    with client.stream("POST", "/agent/stream", json=agent_body(user, too_long)) as resp:
        resp.read()
        refused(resp)
    assert client.get(f"/users/{user}/memories").json()["items"] == []
    at_cap = client.post("/agent/invoke", json=agent_body(user, "y" * MAX_MESSAGE_CHARS))
    assert at_cap.status_code == 200, at_cap.text[:300]


def test_rest_and_agent_share_one_cap(client: httpx.Client) -> None:
    schema = client.get("/openapi.json").json()["components"]["schemas"]
    assert schema["TurnRequest"]["properties"]["message"]["maxLength"] == MAX_MESSAGE_CHARS


def test_chat_titles_never_hold_a_secret(client: httpx.Client) -> None:
    user = new_user()
    key = "sk-proj-" + "Ab3dE5gH7jK9mN1pQ3sT5vX7"
    given = client.post("/chats", json={"user_id": user, "title": f"deploy with {key}"})
    assert given.status_code == 201 and key not in given.json()["title"]
    for path in ("/chats/messages", "/chats/{chat}/turn"):
        chat = client.post("/chats", json={"user_id": user}).json()["id"]
        resp = client.post(path.format(chat=chat), json={
            "user_id": user, "chat_id": chat, "message": f"my API key is {key}, help"})
        assert resp.status_code in (200, 201), resp.text
    titles = [c["title"] for c in client.get(f"/users/{user}/chats").json()["items"]]
    assert len(titles) == 3 and not any("sk-" in t for t in titles), titles
