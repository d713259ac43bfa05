"""``langgraph dev`` serves ./graph.py:graph from langgraph.json, and the graph keeps working there.

The dev server brings its own (in-memory) checkpointer and passes ``context`` to runs
(langgraph-api 0.16 accepts ``context`` on POST /threads/{id}/runs/wait); memories go to our
data folder, so a second thread of the same user recalls what the first one taught.
"""

from __future__ import annotations

import json
import sys
import uuid
from pathlib import Path
from typing import Any

import httpx

from tests.support.processes import ROOT, free_port, process, wait_until

BOOT_TIMEOUT = 120


def run_wait(client: httpx.Client, thread_id: str, user: str, text: str) -> dict[str, Any]:
    resp = client.post(f"/threads/{thread_id}/runs/wait", json={
        "assistant_id": "agent",
        "input": {"messages": [{"role": "user", "content": text}]},
        "context": {"user_id": user},
    })
    assert resp.status_code == 200, resp.text
    state: dict[str, Any] = resp.json()
    assert "__error__" not in state, state
    return state


def reply(state: dict[str, Any]) -> str:
    content: str = state["messages"][-1]["content"]
    return content


def test_langgraph_dev_runs_the_graph_with_history_and_memory(tmp_path: Path) -> None:
    port = free_port()
    env = {"LANGGRAPH_CLI_NO_ANALYTICS": "1", "PERSONALMEM_DATA_DIR": str(tmp_path / "data"),
           "MEM0_DIR": str(tmp_path / "data" / "mem0"), "MONGODB_URI": ""}
    args = [str(Path(sys.executable).with_name("langgraph")), "dev", "--host", "127.0.0.1",
            "--port", str(port), "--no-browser", "--no-reload",
            "--config", str(ROOT / "langgraph.json")]
    base = f"http://127.0.0.1:{port}"
    with process(args, env=env, log=tmp_path / "langgraph-dev.log") as proc:
        wait_until(lambda: httpx.get(f"{base}/ok", timeout=2).status_code == 200,
                   BOOT_TIMEOUT, "langgraph dev", proc)
        user = f"lg-{uuid.uuid4().hex[:8]}"
        with httpx.Client(base_url=base, timeout=90) as client:
            assistants = client.post("/assistants/search", json={"graph_id": "agent"}).json()
            assert [a["graph_id"] for a in assistants] == ["agent"]

            first = client.post("/threads", json={}).json()["thread_id"]
            state = run_wait(client, first, user, "My name is Honda. I love Python.")
            assert reply(state) == "Nice to meet you, Honda."
            # The turn's memories and events are not kept in the thread's saved state.
            assert state["memory_events"] == [] and state["memories"] == []
            state = run_wait(client, first, user, "Where do I live?")
            thread = client.get(f"/threads/{first}/state").json()
            humans = [m["content"] for m in thread["values"]["messages"] if m["type"] == "human"]
            assert humans == ["My name is Honda. I love Python.", "Where do I live?"]
            assert len(thread["values"]["messages"]) == 4

            second = client.post("/threads", json={}).json()["thread_id"]
            state = run_wait(client, second, user, "What is my name?")
            assert "Honda" in reply(state)
            assert len(state["messages"]) == 2  # the new thread has none of the first's history

            stranger = run_wait(client, client.post("/threads", json={}).json()["thread_id"],
                                f"other-{uuid.uuid4().hex[:6]}", "What is my name?")
            assert "Honda" not in reply(stranger)

            # No user in the run's context: a clear error, never a shared default user.
            anonymous = client.post(
                f"/threads/{client.post('/threads', json={}).json()['thread_id']}/runs/wait",
                json={"assistant_id": "agent",
                      "input": {"messages": [{"role": "user", "content": "My name is Eve."}]}})
            assert "user id" in json.dumps(anonymous.json()), anonymous.text


def test_langgraph_json_points_at_the_studio_graph() -> None:
    """Our one graph, no env file: settings come from the process environment."""
    config = json.loads((ROOT / "langgraph.json").read_text())
    assert config["graphs"] == {"agent": "./graph.py:graph"}
    assert config["dependencies"] == ["."]
    assert "env" not in config
