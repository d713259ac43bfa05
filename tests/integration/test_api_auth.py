"""The REST API with auth on: API keys and HS256 JWTs, on a real uvicorn process (SQLite).

Alice's credentials must never reach Bob's data: naming Bob in a path, body or query is a 403;
addressing Bob's chat or memory by id is a 404 (indistinguishable from an unknown id).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import jwt
import pytest

from tests.support.processes import uvicorn_server

SECRET = "test-jwt-secret-that-is-long-enough-for-hs256"
KEYS = {"alice": "alice-key-123", "bob": "bob-key-456"}
ALICE = {"X-API-Key": KEYS["alice"]}
BOB = {"X-API-Key": KEYS["bob"]}
HI = {"input": {"messages": [{"type": "human", "content": "hi"}]}}


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    tmp = tmp_path_factory.mktemp("api-auth")
    env = {"PERSONALMEM_DATA_DIR": str(tmp / "data"), "MEM0_DIR": str(tmp / "data" / "mem0"),
           "MONGODB_URI": "",
           "PERSONALMEM_API_KEYS": ",".join(f"{k}:{u}" for u, k in KEYS.items()),
           "PERSONALMEM_JWT_SECRET": SECRET}
    log = tmp / "server.log"
    with uvicorn_server(env, log) as base:
        yield base, log


@pytest.fixture
def client(server: tuple[str, Path]) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server[0], timeout=60) as http:
        yield http


def token(sub: str, secret: str = SECRET, **claims: Any) -> str:
    """A JWT for ``sub``, valid for ten minutes unless ``exp`` is given (``exp=None``: none)."""
    claims = {"exp": int(time.time()) + 600, **claims}
    if claims["exp"] is None:
        del claims["exp"]
    return jwt.encode({"sub": sub, **claims}, secret, algorithm="HS256")


def error_code(resp: httpx.Response, status: int) -> str:
    assert resp.status_code == status, (resp.request.method, resp.request.url, resp.text)
    body = resp.json()
    assert set(body) == {"error"} and body["error"]["message"], body
    code: str = body["error"]["code"]
    return code


def bobs_data(client: httpx.Client) -> tuple[str, str]:
    """A chat and a memory of Bob's, made with Bob's own key."""
    chat = client.post("/chats", json={"user_id": "bob"}, headers=BOB).json()["id"]
    resp = client.post(f"/chats/{chat}/turn", json={"user_id": "bob", "message":
                                                    f"My name is Bob{uuid.uuid4().hex[:4]}."},
                       headers=BOB)
    assert resp.status_code == 200, resp.text
    memory = resp.json()["memory_events"][0]["memory_id"]
    return chat, memory


def test_start_up_does_not_warn_about_an_open_api(server: tuple[str, Path]) -> None:
    assert "AUTH IS OFF" not in server[1].read_text()


def test_missing_or_invalid_credentials_are_401(client: httpx.Client) -> None:
    expired = token("alice", exp=int(time.time()) - 60)
    forged = token("alice", secret="another-secret-that-is-at-least-32-bytes")
    bad_headers: list[dict[str, str]] = [
        {}, {"X-API-Key": "nope"}, {"Authorization": "Bearer nope"},
        {"Authorization": f"Bearer {forged}"},
        {"Authorization": f"Bearer {expired}"},
        {"Authorization": f"Bearer {jwt.encode({'name': 'alice'}, SECRET, algorithm='HS256')}"},
        {"Authorization": f"Bearer {token('bad user!')}"},
        {"Authorization": f"Bearer {token('alice', exp=None)}"},
    ]
    for headers in bad_headers:
        for method, path, body in [("GET", "/users/alice/chats", None),
                                   ("POST", "/chats", {"user_id": "alice"}),
                                   ("GET", "/users/alice/memories", None),
                                   ("POST", "/agent/invoke", HI)]:
            resp = client.request(method, path, json=body, headers=headers)
            assert error_code(resp, 401) == "unauthorized", (headers, path)
            assert resp.headers.get("www-authenticate") == "Bearer"
    assert client.get("/health").status_code == 200  # probes need no credentials


def test_a_token_without_exp_is_refused_and_told_why(client: httpx.Client) -> None:
    resp = client.get("/users/alice/chats",
                      headers={"Authorization": f"Bearer {token('alice', exp=None)}"})
    assert error_code(resp, 401) == "unauthorized"
    assert "exp" in resp.json()["error"]["message"]
    skewed = {"Authorization": f"Bearer {token('alice', exp=int(time.time()) - 5)}"}
    assert client.get("/users/alice/chats", headers=skewed).status_code == 200  # 30 s leeway


def test_every_credential_form_identifies_the_caller(client: httpx.Client) -> None:
    for headers in (ALICE, {"Authorization": f"Bearer {KEYS['alice']}"},
                    {"Authorization": f"Bearer {token('alice')}"}):
        chat = client.post("/chats", json={"user_id": "alice"}, headers=headers)
        assert chat.status_code == 201, chat.text
        assert chat.json()["user_id"] == "alice"
        # With auth on, by-id endpoints take the user from the credentials.
        resp = client.get(f"/chats/{chat.json()['id']}/messages", headers=headers)
        assert resp.status_code == 200 and resp.json()["messages"] == []
    jwt_only_user = {"Authorization": f"Bearer {token('carol')}"}
    resp = client.get("/users/carol/settings", headers=jwt_only_user)
    assert resp.json() == {"user_id": "carol", "memory_enabled": True}


def test_naming_another_user_is_403_everywhere(client: httpx.Client) -> None:
    chat = client.post("/chats", json={"user_id": "alice"}, headers=ALICE).json()["id"]
    memory = client.post("/users/alice/memories", json={"fact": "I prefer tea"},
                         headers=ALICE).json()["memory_events"][0]["memory_id"]
    as_bob = {"user_id": "bob"}
    attempts = {
        "list chats": client.get("/users/bob/chats", headers=ALICE),
        "create chat": client.post("/chats", json=as_bob, headers=ALICE),
        "read history": client.get(f"/chats/{chat}/messages", params=as_bob, headers=ALICE),
        "append": client.post("/chats/messages", json={**as_bob, "chat_id": chat,
                                                       "message": "hi"}, headers=ALICE),
        "respond": client.post("/chats/responses", json={**as_bob, "chat_id": chat,
                                                         "message": "hi"}, headers=ALICE),
        "delete chat": client.delete(f"/chats/{chat}", params=as_bob, headers=ALICE),
        "turn": client.post(f"/chats/{chat}/turn", json={**as_bob, "message": "hi"},
                            headers=ALICE),
        "stream": client.post(f"/chats/{chat}/turn/stream", json={**as_bob, "message": "hi"},
                              headers=ALICE),
        "list memories": client.get("/users/bob/memories", headers=ALICE),
        "export": client.get("/users/bob/memories/export", headers=ALICE),
        "remember": client.post("/users/bob/memories", json={"fact": "I like jam"},
                                headers=ALICE),
        "opt out": client.delete("/users/bob/memories", headers=ALICE),
        "delete memory": client.delete(f"/memories/{memory}", params=as_bob, headers=ALICE),
        "history": client.get(f"/memories/{memory}/history", params=as_bob, headers=ALICE),
        "get settings": client.get("/users/bob/settings", headers=ALICE),
        "put settings": client.put("/users/bob/settings", json={"memory_enabled": False},
                                   headers=ALICE),
        "context": client.get(f"/users/bob/context/{chat}", headers=ALICE),
        "langserve header": client.post("/agent/invoke", json=HI, headers={
            **ALICE, "X-Chat-Id": chat, "X-User-Id": "bob"}),
        "langserve body": client.post("/agent/invoke", headers=ALICE, json={
            **HI, "config": {"configurable": {"thread_id": chat, "user_id": "bob"}}}),
    }
    for what, resp in attempts.items():
        assert error_code(resp, 403) == "forbidden", what
    assert client.get("/users/bob/settings", headers=BOB).json()["memory_enabled"] is True


def test_another_users_chat_and_memory_ids_are_404(client: httpx.Client) -> None:
    chat, memory = bobs_data(client)
    before = client.get(f"/chats/{chat}/messages", headers=BOB).json()
    attempts = {
        "read history": client.get(f"/chats/{chat}/messages", headers=ALICE),
        "append": client.post("/chats/messages", json={"user_id": "alice", "chat_id": chat,
                                                       "message": "hi"}, headers=ALICE),
        "respond": client.post("/chats/responses", json={"user_id": "alice", "chat_id": chat,
                                                         "message": "hi"}, headers=ALICE),
        "turn": client.post(f"/chats/{chat}/turn", json={"user_id": "alice", "message": "hi"},
                            headers=ALICE),
        "stream": client.post(f"/chats/{chat}/turn/stream",
                              json={"user_id": "alice", "message": "hi"}, headers=ALICE),
        "context": client.get(f"/users/alice/context/{chat}", headers=ALICE),
        "delete chat": client.delete(f"/chats/{chat}", headers=ALICE),
        "delete memory": client.delete(f"/memories/{memory}", headers=ALICE),
        "history": client.get(f"/memories/{memory}/history", headers=ALICE),
        "langserve": client.post("/agent/invoke", json=HI,
                                 headers={**ALICE, "X-Chat-Id": chat}),
    }
    for what, resp in attempts.items():
        assert error_code(resp, 404) == "not_found", what
    assert client.get(f"/chats/{chat}/messages", headers=BOB).json() == before
    assert memory in [m["id"] for m in client.get("/users/bob/memories", headers=BOB).json()[
        "items"]]
    assert client.get(f"/memories/{memory}/history", headers=BOB).status_code == 200


def test_langserve_takes_the_user_from_the_token(client: httpx.Client) -> None:
    name = f"Ann{uuid.uuid4().hex[:4]}"
    first = client.post("/chats", json={"user_id": "alice"}, headers=ALICE).json()["id"]
    client.post(f"/chats/{first}/turn", json={"user_id": "alice",
                                             "message": f"My name is {name}."}, headers=ALICE)
    thread = uuid.uuid4().hex
    resp = client.post("/agent/invoke", headers={**ALICE, "X-Chat-Id": thread}, json={
        "input": {"messages": [{"type": "human", "content": "What is my name?"}]}})
    assert resp.status_code == 200, resp.text
    assert resp.json()["output"]["messages"][-1]["content"] == f"Your name is {name}."
    chats = client.get("/users/alice/chats", params={"limit": 200}, headers=ALICE).json()
    assert thread in [c["id"] for c in chats["items"]]
