"""A backend that goes down while the API runs: 503 with the one error body, never a 500.

Uses its own MongoDB-wire server so that stopping it cannot disturb other tests.
"""

from __future__ import annotations

import uuid
from contextlib import ExitStack

import httpx
import pytest

from tests.support.processes import mongo_wire_server, uvicorn_server


def test_mongodb_outage_is_a_503_with_a_clear_message(tmp_path_factory: pytest.TempPathFactory
                                                      ) -> None:
    tmp = tmp_path_factory.mktemp("api-outage")
    with ExitStack() as mongo, ExitStack() as api:
        uri = mongo.enter_context(mongo_wire_server())
        env = {"PERSONALMEM_DATA_DIR": str(tmp / "data"), "MEM0_DIR": str(tmp / "data/mem0"),
               "MONGODB_URI": uri, "MONGODB_DATABASE": f"outage{uuid.uuid4().hex[:6]}"}
        base = api.enter_context(uvicorn_server(env, tmp / "server.log"))
        client = api.enter_context(httpx.Client(base_url=base, timeout=60))
        assert client.get("/health").json()["backend"] == "mongodb"
        chat = client.post("/chats", json={"user_id": "olga"}).json()["id"]

        mongo.close()  # MongoDB goes away; the API keeps running

        health = client.get("/health")
        assert health.status_code == 503
        error = health.json()["error"]
        assert error["code"] == "backend_unavailable"
        assert "mongodb" in error["message"] and "chat_store" in error["message"]
        # Memories live in the same MongoDB (the app keeps no state of its own): down too.
        assert error["checks"]["memory_store"].startswith("down"), error["checks"]
        # Each call waits out pymongo's 3 s server selection, so only a few representatives.
        for resp in (
            client.get("/users/olga/chats"),
            client.post(f"/chats/{chat}/turn", json={"user_id": "olga", "message": "hi"}),
        ):
            assert resp.status_code == 503, resp.text
            body = resp.json()["error"]
            assert body["code"] == "backend_unavailable"
            assert "MongoDB backend unavailable" in body["message"]
            assert "mongodb://" not in body["message"]
