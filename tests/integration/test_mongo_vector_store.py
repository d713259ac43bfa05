"""The MongoDB memory store against a real Mongo-wire server: the same answers as the embedded
store, the user filter inside ``$vectorSearch``, and a clear start-up error without vector search.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from agent.config_check import check_config
from agent.memory.mongo_vector_store import MongoVectorStore, vector_index
from agent.memory.vector_store import EmbeddedVectorStore
from agent.settings import Settings
from tests.support.processes import mongo_wire_server

DIMS = 384
USERS = ("ada", "bo", "cy")


def payload(user: str, i: int) -> dict[str, object]:
    return {"user_id": user, "data": f"fact {i} of {user}", "category": ("a", "b")[i % 2],
            "created_at": f"2026-01-01T00:00:{i:02d}"}


@pytest.fixture()
def stores(mongo_uri: str, tmp_path: Path) -> Iterator[tuple[MongoVectorStore,
                                                             EmbeddedVectorStore]]:
    mongo = MongoVectorStore(mongo_uri, database=f"vs{uuid.uuid4().hex[:8]}",
                             collection_name="memories", embedding_model_dims=DIMS)
    embedded = EmbeddedVectorStore(str(tmp_path / "memories.sqlite"), "memories", DIMS)
    yield mongo, embedded
    embedded.close()
    mongo.client.close()


def load(stores: tuple[MongoVectorStore, EmbeddedVectorStore], vectors: np.ndarray,
         users: list[str]) -> list[str]:
    ids = [str(uuid.uuid4()) for _ in users]
    payloads = [payload(u, i % 60) for i, u in enumerate(users)]
    for store in stores:
        store.insert(vectors.tolist(), payloads, ids)
    return ids


def test_search_answers_as_the_embedded_store_does(
        stores: tuple[MongoVectorStore, EmbeddedVectorStore]) -> None:
    rng = np.random.default_rng(7)
    users = [USERS[i % 3] for i in range(180)]
    load(stores, rng.normal(size=(180, DIMS)), users)
    mongo, embedded = stores
    for query in rng.normal(size=(6, DIMS)):
        for user in USERS:
            ours = mongo.search("q", query.tolist(), top_k=10, filters={"user_id": user})
            theirs = embedded.search("q", query.tolist(), top_k=10, filters={"user_id": user})
            assert [r.id for r in ours] == [r.id for r in theirs]
            assert [r.score for r in ours] == pytest.approx([r.score for r in theirs], abs=1e-5)
            assert {r.payload["user_id"] for r in ours if r.payload} == {user}
        filtered = mongo.search("q", query.tolist(), top_k=5,
                                filters={"user_id": "bo", "category": "a"})
        expected = embedded.search("q", query.tolist(), top_k=5,
                                   filters={"user_id": "bo", "category": "a"})
        assert [r.id for r in filtered] == [r.id for r in expected] and len(filtered) == 5


def test_a_user_far_from_the_query_still_gets_their_memories(
        stores: tuple[MongoVectorStore, EmbeddedVectorStore]) -> None:
    """mem0's own MongoDB store filters by user after a global top-k, so a user whose few
    memories are far from the query got nothing (mem0#7072); the filter is in the search."""
    rng = np.random.default_rng(11)
    query = rng.normal(size=DIMS)
    near = query + rng.normal(scale=0.1, size=(300, DIMS))  # the crowd, close to the query
    far = -query + rng.normal(scale=0.1, size=(3, DIMS))    # one user, opposite
    load(stores, np.vstack([near, far]), ["ada"] * 300 + ["bo"] * 3)
    mongo, _ = stores
    found = mongo.search("q", query.tolist(), top_k=5, filters={"user_id": "bo"})
    # Their cosines are negative: clipped to 0, mem0's lowest threshold, so mem0 keeps them.
    assert len(found) == 3 and all(r.score == 0.0 for r in found)


def test_reads_and_writes_go_to_the_server(
        stores: tuple[MongoVectorStore, EmbeddedVectorStore]) -> None:
    rng = np.random.default_rng(3)
    ids = load(stores, rng.normal(size=(6, DIMS)), ["ada"] * 4 + ["bo"] * 2)
    mongo, _ = stores
    [listed] = mongo.list(filters={"user_id": "ada"})
    assert [r.id for r in listed] == ids[:4]  # oldest first
    [only_b] = mongo.list(filters={"user_id": "ada", "category": "b"})
    assert [r.id for r in only_b] == [ids[1], ids[3]]
    mongo.update(ids[0], payload={**payload("ada", 0), "data": "changed"})
    found = mongo.get(ids[0])
    assert found is not None and found.payload == {**payload("ada", 0), "data": "changed"}
    mongo.delete(ids[0])
    assert mongo.get(ids[0]) is None
    with pytest.raises(ValueError, match="not found"):
        mongo.update(ids[0], payload=payload("ada", 0))
    # A second store on the same collection (another replica) sees the same truth.
    other = MongoVectorStore(_uri(mongo), mongo._col.database.name,
                             "memories", DIMS)
    [again] = other.list(filters={"user_id": "ada"})
    assert [r.id for r in again] == ids[1:4]
    other.client.close()


def _uri(store: MongoVectorStore) -> str:
    host, port = store.client.address
    return f"mongodb://{host}:{port}/?directConnection=true"


def test_a_mongodb_without_vector_search_is_a_clear_start_up_error(tmp_path: Path) -> None:
    with mongo_wire_server(plain=True) as uri:
        settings = Settings(data_dir=tmp_path, mongodb_uri=uri, mongodb_database="plain")
        [problem] = check_config(settings)
    text = str(problem)
    assert "MONGODB_URI" in text and "$vectorSearch" in text
    assert "mongodb-atlas-local" in text and "mongot" in text


def test_vectors_of_another_size_are_listed_and_searched_in_their_own_index(
        stores: tuple[MongoVectorStore, EmbeddedVectorStore]) -> None:
    """A collection written by another embedder: start-up finds each memory to embed again
    and builds a vector index for the new size, and search works once they are."""
    rng = np.random.default_rng(5)
    ids = load(stores, rng.normal(size=(4, DIMS)), ["ada"] * 4)
    mongo, _ = stores
    bigger = MongoVectorStore(_uri(mongo), mongo._col.database.name, "memories", DIMS + 8)
    assert vector_index(DIMS + 8) != vector_index(DIMS)
    assert sorted(bigger.stale(DIMS + 8)) == sorted((i, payload("ada", n)["data"])
                                                   for n, i in enumerate(ids))
    fresh = rng.normal(size=(4, DIMS + 8))
    for memory_id, vector in zip(ids, fresh, strict=True):
        bigger.update(memory_id, vector=vector.tolist())
    assert bigger.stale(DIMS + 8) == []
    found = bigger.search("q", fresh[2].tolist(), top_k=1, filters={"user_id": "ada"})
    assert [r.id for r in found] == [ids[2]]
    bigger.client.close()
