"""Memory vectors and payloads in MongoDB, searched with ``$vectorSearch`` filtered by user.

With ``MONGODB_URI`` set the app keeps no state of its own, so several replicas can share one
MongoDB: this store caches nothing in the process; every read goes to the server.

Why not mem0's own ``mongodb`` store? It applies the user filter as a ``$match`` *after*
``$vectorSearch`` has taken a global top-k (mem0#7072): a user whose memories are far from the
query gets too few results or none. Here ``user_id`` is a ``filter`` field of the vector index
and the filter sits *inside* ``$vectorSearch``, so every candidate is the user's own.

Scores are the cosine of the stored (normalized) vectors, computed here from the candidates
the server returns, so they mean what the embedded store's scores mean whatever the server's
score scale (Atlas reports ``(1 + cosine) / 2``; other servers report the cosine).

Documents: ``{_id: memory id, user_id, embedding: [floats], payload: {...mem0 payload}}``.
A shard key of ``{user_id: "hashed"}`` keeps each user's search on one shard.
"""

from __future__ import annotations

import builtins
from typing import Any

import numpy as np
from mem0.vector_stores.base import VectorStoreBase
from pydantic import BaseModel, ConfigDict, Field

from agent.memory.embeddings import MINILM_DIMS
from agent.memory.vector_store import OutputData, mem0_score, register_provider
from agent.memory.vector_store import normalize as _normalize

PROVIDER = "personalmem_mongodb"
VECTOR_INDEX = "personalmem_memory_vectors"
#: How many nearest candidates ``$vectorSearch`` considers per result asked for (Atlas
#: recommends 10-20x the limit for good recall), capped by the server's maximum.
CANDIDATES_PER_RESULT = 20
MAX_CANDIDATES = 10_000
INDEX_ALREADY_EXISTS = 68


class VectorSearchUnavailable(RuntimeError):
    """The MongoDB server cannot serve ``$vectorSearch`` (a plain mongod without mongot)."""


class MongoStoreConfig(BaseModel):
    """mem0 validates vector-store config through a pydantic class named by the provider."""

    model_config = ConfigDict(extra="forbid")
    mongodb_uri: str = Field(description="MongoDB connection string.")
    database: str = "personalmem"
    collection_name: str = "memories"
    embedding_model_dims: int = 384


def vector_index(dims: int) -> str:
    """The vector index's name carries its size: vectors from another embedder get their own
    index (a server may not say what an existing one was built for). The 384-dimension
    index keeps the name it had when MiniLM alone was the embedder; an index no embedder
    uses any more can be dropped by hand."""
    return VECTOR_INDEX if dims == MINILM_DIMS else f"{VECTOR_INDEX}_{dims}"


def vector_index_definition(dims: int) -> dict[str, Any]:
    """The vector index: cosine over ``embedding``, ``user_id`` declared for pre-filtering."""
    return {"fields": [
        {"type": "vector", "path": "embedding", "numDimensions": dims, "similarity": "cosine"},
        {"type": "filter", "path": "user_id"},
    ]}


def ensure_indexes(collection: Any, dims: int) -> None:
    """Create the per-user index and the vector index for vectors of this size once (an
    existing one is kept).

    Raises ``VectorSearchUnavailable`` when the server has no search engine (a plain mongod
    answers the search-index command with an error), so start-up can say what to run instead.
    """
    from pymongo.errors import OperationFailure
    from pymongo.operations import SearchIndexModel

    collection.create_index([("user_id", 1), ("payload.created_at", 1)])
    try:
        collection.create_search_index(SearchIndexModel(
            vector_index_definition(dims), name=vector_index(dims), type="vectorSearch"))
    except OperationFailure as exc:
        if exc.code != INDEX_ALREADY_EXISTS:
            reason = (exc.details or {}).get("errmsg") or str(exc)
            raise VectorSearchUnavailable(
                f"this MongoDB cannot create a vector search index ({reason[:200]})") from exc


class MongoVectorStore(VectorStoreBase):  # type: ignore[misc]
    """mem0's vector-store interface over one MongoDB collection; no state in the process."""

    def __init__(self, mongodb_uri: str, database: str = "personalmem",
                 collection_name: str = "memories", embedding_model_dims: int = 384) -> None:
        from pymongo import MongoClient

        self.client: Any = MongoClient(mongodb_uri, serverSelectionTimeoutMS=3000,
                                       tz_aware=False)
        self.collection_name = collection_name
        self.dims = embedding_model_dims
        self._col: Any = self.client[database][collection_name]
        self.create_col(collection_name, embedding_model_dims, "cosine")

    # -- collection ---------------------------------------------------------------
    def create_col(self, name: str, vector_size: int, distance: str = "cosine") -> None:
        ensure_indexes(self._col, vector_size)

    def list_cols(self) -> list[str]:
        return [self.collection_name]

    def delete_col(self) -> None:
        self._col.delete_many({})

    def col_info(self) -> dict[str, Any]:
        return {"name": self.collection_name, "count": self._col.count_documents({}),
                "dims": self.dims}

    def reset(self) -> None:
        self.delete_col()

    def stale(self, dims: int) -> builtins.list[tuple[str, str]]:
        """(id, text) of each memory whose vector has other than ``dims`` numbers (see the
        embedded store's ``stale``)."""
        docs = self._col.find({"embedding": {"$not": {"$size": dims}}}, {"payload.data": 1})
        return [(str(d["_id"]), str((d.get("payload") or {}).get("data") or "")) for d in docs]

    # -- writes -------------------------------------------------------------------
    def insert(self, vectors: list[list[float]], payloads: list[dict[str, Any]] | None = None,
               ids: list[str] | None = None) -> None:
        from pymongo import ReplaceOne

        if ids is None or payloads is None or not len(ids) == len(vectors) == len(payloads):
            raise ValueError("insert needs one id and one payload per vector")
        matrix = _normalize(np.asarray(vectors, dtype=np.float32))
        self._col.bulk_write([
            ReplaceOne({"_id": mid}, self._document(mid, matrix[i], payload), upsert=True)
            for i, (mid, payload) in enumerate(zip(ids, payloads, strict=True))
        ])

    def update(self, vector_id: str, vector: list[float] | None = None,
               payload: dict[str, Any] | None = None) -> None:
        changes: dict[str, Any] = {}
        if vector is not None:
            changes["embedding"] = _normalize(np.asarray([vector], dtype=np.float32))[0].tolist()
        if payload is not None:
            changes |= {"payload": payload, "user_id": payload.get("user_id")}
        if not changes:
            return
        if self._col.update_one({"_id": vector_id}, {"$set": changes}).matched_count == 0:
            raise ValueError(f"Memory {vector_id} not found")

    def delete(self, vector_id: str) -> None:
        self._col.delete_one({"_id": vector_id})

    # -- reads --------------------------------------------------------------------
    def search(self, query: str, vectors: list[float], top_k: int = 5,
               filters: dict[str, Any] | None = None) -> list[OutputData]:
        """The nearest of the user's memories; other filters are applied to those candidates."""
        filters = dict(filters or {})
        user_id = filters.pop("user_id", None)
        stage: dict[str, Any] = {
            "index": vector_index(self.dims), "path": "embedding",
            "queryVector": _normalize(np.asarray([vectors], dtype=np.float32))[0].tolist(),
            "numCandidates": min(MAX_CANDIDATES, max(top_k, 1) * CANDIDATES_PER_RESULT),
        }
        stage["limit"] = max(top_k, 1) if not filters else stage["numCandidates"]
        if user_id is not None:
            stage["filter"] = {"user_id": user_id}
        pipeline: list[dict[str, Any]] = [{"$vectorSearch": stage}]
        extra = _payload_match(filters)
        if extra:
            pipeline += [{"$match": extra}, {"$limit": top_k}]
        pipeline.append({"$project": {"embedding": 1, "payload": 1}})
        docs = list(self._col.aggregate(pipeline))
        if not docs:
            return []
        query_vector = np.asarray(stage["queryVector"], dtype=np.float32)
        scores = np.asarray([d["embedding"] for d in docs], dtype=np.float32) @ query_vector
        ranked = sorted(zip(docs, scores.tolist(), strict=True), key=lambda pair: -pair[1])
        return [OutputData(id=str(d["_id"]), score=mem0_score(float(s)),
                           payload=d.get("payload") or {}) for d, s in ranked[:top_k]]

    def get(self, vector_id: str) -> OutputData | None:
        doc = self._col.find_one({"_id": vector_id}, {"payload": 1})
        if doc is None:
            return None
        return OutputData(id=vector_id, score=None, payload=doc.get("payload") or {})

    def list(self, filters: dict[str, Any] | None = None, top_k: int | None = None
             ) -> builtins.list[builtins.list[OutputData]]:
        """The matching records, oldest first (memory ids are random: order by creation)."""
        filters = dict(filters or {})
        query = _payload_match(filters)
        if "user_id" in filters:
            query = {"user_id": filters["user_id"], **query}
        cursor = self._col.find(query, {"payload": 1}).sort([("payload.created_at", 1), ("_id", 1)])
        if top_k:
            cursor = cursor.limit(top_k)
        return [[OutputData(id=str(d["_id"]), score=None, payload=d.get("payload") or {})
                 for d in cursor]]

    def close(self) -> None:
        self.client.close()

    # -- internals ----------------------------------------------------------------
    @staticmethod
    def _document(mid: str, vector: np.ndarray, payload: dict[str, Any]) -> dict[str, Any]:
        return {"_id": mid, "user_id": payload.get("user_id"), "embedding": vector.tolist(),
                "payload": payload}


def _payload_match(filters: dict[str, Any]) -> dict[str, Any]:
    """mem0 filters on payload fields (``"*"`` means any value) as a MongoDB query."""
    return {f"payload.{key}": value for key, value in filters.items()
            if key != "user_id" and value != "*"}


def register_with_mem0() -> None:
    """Make ``provider="personalmem_mongodb"`` valid in mem0's config and factory."""
    register_provider(PROVIDER, __name__, MongoStoreConfig, MongoVectorStore)
