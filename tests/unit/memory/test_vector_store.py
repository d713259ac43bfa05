"""The embedded vector store: per-user exact search stays correct through writes."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from agent.memory.vector_store import EmbeddedVectorStore


def unit(rng: np.random.Generator, n: int) -> np.ndarray:
    v = rng.normal(size=(n, 8)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def brute(vectors: dict[str, np.ndarray], q: np.ndarray, k: int) -> list[str]:
    scored = sorted(vectors, key=lambda mid: -float(vectors[mid] @ q))
    return scored[:k]


def test_search_matches_brute_force_through_inserts_updates_deletes(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    store = EmbeddedVectorStore(str(tmp_path / "v.sqlite"), embedding_model_dims=8)
    vecs = unit(rng, 60)
    ids = [f"m{i}" for i in range(60)]
    users = ["a" if i % 3 else "b" for i in range(60)]
    store.insert(vecs[:40].tolist(), [{"user_id": u, "category": "x"} for u in users[:40]],
                 ids[:40])
    truth = {mid: vecs[i] for i, mid in enumerate(ids[:40]) if users[i] == "a"}
    q = unit(rng, 1)[0]
    assert [r.id for r in store.search("q", q.tolist(), 5, {"user_id": "a"})] == brute(truth, q, 5)
    # Writes after the user's index is cached must be applied in place.
    store.insert(vecs[40:].tolist(), [{"user_id": u, "category": "y"} for u in users[40:]],
                 ids[40:])
    truth.update({mid: vecs[40 + i] for i, mid in enumerate(ids[40:]) if users[40 + i] == "a"})
    moved = unit(rng, 1)[0]
    store.update("m1", moved.tolist(), {"user_id": "a", "category": "z"})
    truth["m1"] = moved
    store.delete("m2")
    del truth["m2"]
    for _ in range(5):
        q = unit(rng, 1)[0]
        got = store.search("q", q.tolist(), 7, {"user_id": "a"})
        assert [r.id for r in got] == brute(truth, q, 7)
        assert all(r.payload and r.payload["user_id"] == "a" for r in got)
    assert [r.id for r in store.search("q", moved.tolist(), 1, {"user_id": "a"})] == ["m1"]
    [z] = store.list({"user_id": "a", "category": "z"})
    assert [r.id for r in z] == ["m1"]
    [listed] = store.list({"user_id": "b"})
    assert {r.id for r in listed} == {mid for i, mid in enumerate(ids) if users[i] == "b"}


def test_a_fresh_process_sees_the_same_data(tmp_path: Path) -> None:
    path = str(tmp_path / "v.sqlite")
    first = EmbeddedVectorStore(path, embedding_model_dims=8)
    first.insert([[1.0] + [0.0] * 7], [{"user_id": "a", "data": "x"}], ["only"])
    first.close()
    second = EmbeddedVectorStore(path, embedding_model_dims=8)
    [hit] = second.search("q", [1.0] + [0.0] * 7, 3, {"user_id": "a"})
    assert hit.id == "only" and hit.payload == {"user_id": "a", "data": "x"}
    assert second.search("q", [1.0] + [0.0] * 7, 3, {"user_id": "someone-else"}) == []


def test_a_reopened_store_updates_memories_it_loaded_from_disk(tmp_path: Path) -> None:
    """A user's matrix read back from the file must take in-place writes: after a restart
    (or in a second process), replacing a name once failed with 'read-only' and the turn's
    memory update was lost."""
    path = str(tmp_path / "v.sqlite")
    first = EmbeddedVectorStore(path, embedding_model_dims=8)
    first.insert([[1.0] + [0.0] * 7, [0.0, 1.0] + [0.0] * 6],
                 [{"user_id": "a", "data": "x"}, {"user_id": "a", "data": "y"}], ["m1", "m2"])
    first.close()
    second = EmbeddedVectorStore(path, embedding_model_dims=8)
    assert len(second.search("q", [1.0] + [0.0] * 7, 3, {"user_id": "a"})) == 2  # cached
    second.update("m1", [0.0] * 7 + [1.0], {"user_id": "a", "data": "z"})
    [top] = second.search("q", [0.0] * 7 + [1.0], 1, {"user_id": "a"})
    assert top.id == "m1" and top.payload == {"user_id": "a", "data": "z"}


def test_two_connections_see_each_others_writes(tmp_path: Path) -> None:
    """Two processes on one data folder each cache a user's vectors; a write by one must be
    seen by the other's next read (SQLite's data_version tells when to reload)."""
    path = str(tmp_path / "v.sqlite")
    one = EmbeddedVectorStore(path, embedding_model_dims=8)
    two = EmbeddedVectorStore(path, embedding_model_dims=8)
    one.insert([[1.0] + [0.0] * 7], [{"user_id": "a", "data": "x"}], ["m1"])
    assert [r.id for r in two.search("q", [1.0] + [0.0] * 7, 3, {"user_id": "a"})] == ["m1"]
    one.insert([[0.0, 1.0] + [0.0] * 6], [{"user_id": "a", "data": "y"}], ["m2"])
    one.update("m1", None, {"user_id": "a", "data": "x2"})
    [listed] = two.list({"user_id": "a"})
    assert [(r.id, (r.payload or {})["data"]) for r in listed] == [("m1", "x2"), ("m2", "y")]
    two.delete("m2")
    assert [r.id for r in one.search("q", [0.0, 1.0] + [0.0] * 6, 3, {"user_id": "a"})] == ["m1"]
