"""An embedded vector store for mem0: SQLite on disk, exact cosine search per user in NumPy.

Why not one of mem0's bundled stores? Measured on this 2-core machine with 100,000 memories of
1,000 users (10,000 for one user), 384 dimensions, top 60 filtered by user:
local Qdrant scans every point in Python (p95 ~590 ms) and is not thread-safe; Chroma's
filtered query had p95 73-145 ms; FAISS filters *after* a global top-k, so a user with few
memories gets wrong or empty results; Milvus Lite loaded in 32 s and answered slower still.
Personal memory is always searched within one user's memories, which are few (thousands), so
an exact scan of that user's matrix is both correct and fast (~1 ms for 10,000).

Several processes may share one data folder (``uvicorn --workers N``, the CLI beside the
server): each keeps its per-user matrices in memory, so before reading them it asks SQLite
whether another connection has committed since (``PRAGMA data_version``, a few microseconds)
and drops its cache when one has. A process therefore sees the others' writes on its next read.

The store implements mem0's ``VectorStoreBase`` and is registered with mem0's factory, so mem0
keeps owning ids, hashing, timestamps and its history table.
"""

from __future__ import annotations

import builtins
import json
import sqlite3
import sys
import threading
from pathlib import Path
from typing import Any

import numpy as np
from mem0.vector_stores.base import VectorStoreBase
from pydantic import BaseModel, ConfigDict, Field

from agent import sqlite_files

PROVIDER = "personalmem_embedded"


def normalize(matrix: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows kept), so a dot product is the cosine."""
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    normalized: np.ndarray = (matrix / norms).astype(np.float32)
    return normalized


def mem0_score(cosine: float) -> float:
    """The cosine as a score mem0 keeps: mem0 drops scores below its search threshold, whose
    floor is 0, so a memory pointing away from the query (a negative cosine, common with the
    multilingual encoder) would vanish even from the top 5 of a user who has only two. The
    ranking is the store's; only the sign is clipped."""
    return max(cosine, 0.0)


class OutputData(BaseModel):
    """The record shape mem0 expects back from a vector store."""

    id: str | None
    score: float | None
    payload: dict[str, Any] | None


class EmbeddedStoreConfig(BaseModel):
    """mem0 validates vector-store config through a pydantic class named by the provider."""

    model_config = ConfigDict(extra="forbid")
    path: str = Field(description="SQLite file holding vectors and payloads.")
    collection_name: str = "memories"
    embedding_model_dims: int = 384


class _UserIndex:
    """One user's vectors as a normalized matrix, with ids in row order."""

    def __init__(self, ids: list[str], matrix: np.ndarray) -> None:
        self.ids = ids
        self.matrix = matrix
        self.row = {mid: i for i, mid in enumerate(ids)}
        self.by_field: dict[str, dict[Any, list[str]]] = {}

    def upsert(self, ids: list[str], matrix: np.ndarray) -> None:
        """Apply writes in place: a write must not force a rebuild from disk (~30 ms at 10k)."""
        fresh = [i for i, mid in enumerate(ids) if mid not in self.row]
        for i, mid in enumerate(ids):
            if mid in self.row:
                self.matrix[self.row[mid]] = matrix[i]
        if fresh:
            self.matrix = np.vstack([self.matrix, matrix[fresh]])
            for i in fresh:
                self.row[ids[i]] = len(self.ids)
                self.ids.append(ids[i])
        self.by_field.clear()

    def remove(self, mid: str) -> None:
        idx = self.row.pop(mid, None)
        if idx is None:
            return
        self.matrix = np.delete(self.matrix, idx, axis=0)
        del self.ids[idx]
        self.row = {m: i for i, m in enumerate(self.ids)}
        self.by_field.clear()

    def ids_where(self, key: str, value: Any, payloads: dict[str, dict[str, Any]]) -> list[str]:
        """Ids whose payload has ``key == value``; the per-field map is built once per index,
        so "the user's name and language facts" costs a dict lookup, not a scan."""
        field = self.by_field.get(key)
        if field is None:
            field = {}
            for mid in self.ids:
                field.setdefault((payloads.get(mid) or {}).get(key), []).append(mid)
            self.by_field[key] = field
        return field.get(value, [])


class EmbeddedVectorStore(VectorStoreBase):  # type: ignore[misc]
    """Vectors + payloads in SQLite; per-user matrices cached in memory on first search."""

    def __init__(self, path: str, collection_name: str = "memories",
                 embedding_model_dims: int = 384) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.collection_name = collection_name
        self.dims = embedding_model_dims
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(path, check_same_thread=False)
        sqlite_files.set_up(self._conn)
        self._indexes: dict[str, _UserIndex] = {}
        self._payloads: dict[str, dict[str, Any]] = {}
        self._seen_version = -1
        self.create_col(collection_name, embedding_model_dims, "cosine")

    # -- collection ---------------------------------------------------------------
    def create_col(self, name: str, vector_size: int, distance: str = "cosine") -> None:
        table = self._table(name)
        with self._lock, self._conn:
            self._conn.execute(
                f"CREATE TABLE IF NOT EXISTS {table} (id TEXT PRIMARY KEY, user_id TEXT, "
                "vector BLOB NOT NULL, payload TEXT NOT NULL)"
            )
            self._conn.execute(f"CREATE INDEX IF NOT EXISTS {table}_user ON {table}(user_id)")

    def list_cols(self) -> list[str]:
        return [self.collection_name]

    def delete_col(self) -> None:
        with self._lock, self._conn:
            self._conn.execute(f"DROP TABLE IF EXISTS {self._table()}")
            self._indexes.clear()
            self._payloads.clear()

    def col_info(self) -> dict[str, Any]:
        with self._lock:
            (count,) = self._conn.execute(f"SELECT COUNT(*) FROM {self._table()}").fetchone()
        return {"name": self.collection_name, "count": count, "dims": self.dims}

    def reset(self) -> None:
        self.delete_col()
        self.create_col(self.collection_name, self.dims)

    def stale(self, dims: int) -> builtins.list[tuple[str, str]]:
        """(id, text) of each memory whose vector has other than ``dims`` numbers: written
        by another embedder, so ``MemoryStore`` embeds it again before anything searches."""
        with self._lock:
            rows = self._conn.execute(
                f"SELECT id, payload FROM {self._table()} WHERE length(vector) != ?",
                (dims * 4,)).fetchall()
        return [(mid, str(json.loads(payload).get("data") or "")) for mid, payload in rows]

    # -- writes -------------------------------------------------------------------
    def insert(self, vectors: list[list[float]], payloads: list[dict[str, Any]] | None = None,
               ids: list[str] | None = None) -> None:
        if ids is None or payloads is None or len(ids) != len(vectors) != len(payloads):
            raise ValueError("insert needs one id and one payload per vector")
        matrix = self._normalize(np.asarray(vectors, dtype=np.float32))
        rows = [
            (mid, payload.get("user_id"), matrix[i].tobytes(), json.dumps(payload))
            for i, (mid, payload) in enumerate(zip(ids, payloads, strict=True))
        ]
        with self._lock, self._conn:
            self._conn.executemany(
                f"INSERT OR REPLACE INTO {self._table()} VALUES (?, ?, ?, ?)", rows
            )
            for mid, payload in zip(ids, payloads, strict=True):
                self._payloads[mid] = payload
            for user in {str(row[1]) for row in rows}:
                index = self._indexes.get(user)
                if index is not None:
                    picked = [i for i, row in enumerate(rows) if str(row[1]) == user]
                    index.upsert([ids[i] for i in picked], matrix[picked])

    def update(self, vector_id: str, vector: list[float] | None = None,
               payload: dict[str, Any] | None = None) -> None:
        with self._lock, self._conn:
            current = self._row(vector_id)
            if current is None:
                raise ValueError(f"Memory {vector_id} not found")
            user_id, blob, old_payload = current
            new_payload = payload if payload is not None else old_payload
            row = np.frombuffer(blob, dtype=np.float32)
            if vector is not None:
                row = self._normalize(np.asarray([vector], dtype=np.float32))[0]
                blob = row.tobytes()
            new_user = new_payload.get("user_id", user_id)
            self._conn.execute(
                f"UPDATE {self._table()} SET vector = ?, payload = ?, user_id = ? WHERE id = ?",
                (blob, json.dumps(new_payload), new_user, vector_id),
            )
            self._payloads[vector_id] = new_payload
            index = self._indexes.get(str(user_id))
            if index is not None and str(new_user) == str(user_id):
                index.upsert([vector_id], row.reshape(1, -1))
            else:
                self._indexes.pop(str(user_id), None)
                self._indexes.pop(str(new_user), None)

    def delete(self, vector_id: str) -> None:
        with self._lock, self._conn:
            current = self._row(vector_id)
            self._conn.execute(f"DELETE FROM {self._table()} WHERE id = ?", (vector_id,))
            self._payloads.pop(vector_id, None)
            if current is not None and str(current[0]) in self._indexes:
                self._indexes[str(current[0])].remove(vector_id)
        with self._lock:
            sqlite_files.scrub(self._conn)

    # -- reads --------------------------------------------------------------------
    def search(self, query: str, vectors: list[float], top_k: int = 5,
               filters: dict[str, Any] | None = None) -> list[OutputData]:
        filters = dict(filters or {})
        user_id = filters.pop("user_id", None)
        with self._lock:
            index = self._index(str(user_id)) if user_id is not None else self._all_index()
            if not index.ids:
                return []
            q = self._normalize(np.asarray([vectors], dtype=np.float32))[0]
            scores = index.matrix @ q
            want = min(len(index.ids), top_k if not filters else len(index.ids))
            top = np.argpartition(-scores, want - 1)[:want]
            top = top[np.argsort(-scores[top])]
            out: list[OutputData] = []
            for i in top:
                mid = index.ids[int(i)]
                payload = self._payloads.get(mid) or {}
                if all(payload.get(k) == v for k, v in filters.items() if v != "*"):
                    out.append(OutputData(id=mid, score=mem0_score(float(scores[int(i)])),
                                          payload=payload))
                if len(out) >= top_k:
                    break
            return out

    def get(self, vector_id: str) -> OutputData | None:
        with self._lock:
            row = self._row(vector_id)
        if row is None:
            return None
        return OutputData(id=vector_id, score=None, payload=row[2])

    def list(self, filters: dict[str, Any] | None = None, top_k: int | None = None
             ) -> builtins.list[builtins.list[OutputData]]:
        """A user's records in insertion order, from the cached index (no JSON re-parsing)."""
        filters = dict(filters or {})
        out: builtins.list[OutputData] = []
        with self._lock:
            if "user_id" in filters:
                index = self._index(str(filters.pop("user_id")))
            else:
                index = self._all_index()
            ids = index.ids
            exact = [(k, v) for k, v in filters.items() if v != "*" and not isinstance(v, dict)]
            if exact:
                ids = index.ids_where(exact[0][0], exact[0][1], self._payloads)
            for mid in ids:
                payload = self._payloads.get(mid) or {}
                if all(payload.get(k) == v for k, v in filters.items() if v != "*"):
                    out.append(OutputData(id=mid, score=None, payload=payload))
                if top_k is not None and len(out) >= top_k:
                    break
        return [out]

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- internals ----------------------------------------------------------------
    def _table(self, name: str | None = None) -> str:
        raw = name or self.collection_name
        safe = "".join(ch if ch.isalnum() else "_" for ch in raw)
        return f"vs_{safe}"

    def _row(self, vector_id: str) -> tuple[str, bytes, dict[str, Any]] | None:
        row = self._conn.execute(
            f"SELECT user_id, vector, payload FROM {self._table()} WHERE id = ?", (vector_id,)
        ).fetchone()
        if row is None:
            return None
        return row[0], row[1], json.loads(row[2])

    def _drop_cache_if_changed_elsewhere(self) -> None:
        """Forget cached matrices and payloads when another connection (another process on
        this data folder) has committed since we last looked; our own writes keep them."""
        (version,) = self._conn.execute("PRAGMA data_version").fetchone()
        if version != self._seen_version:
            self._indexes.clear()
            self._payloads.clear()
            self._seen_version = version

    def _index(self, user_id: str) -> _UserIndex:
        self._drop_cache_if_changed_elsewhere()
        index = self._indexes.get(user_id)
        if index is None:
            rows = self._conn.execute(
                f"SELECT id, vector, payload FROM {self._table()} WHERE user_id = ? ORDER BY rowid",
                (user_id,),
            ).fetchall()
            index = self._build(rows)
            self._indexes[user_id] = index
        return index

    def _all_index(self) -> _UserIndex:
        self._drop_cache_if_changed_elsewhere()
        rows = self._conn.execute(f"SELECT id, vector, payload FROM {self._table()}").fetchall()
        return self._build(rows)

    def _build(self, rows: builtins.list[tuple[str, bytes, str]]) -> _UserIndex:
        if not rows:
            return _UserIndex([], np.zeros((0, self.dims), dtype=np.float32))
        ids = [r[0] for r in rows]
        # A copy: np.frombuffer is read-only, and writes update the matrix in place.
        matrix = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float32).copy()
        for mid, _, raw in rows:
            if mid not in self._payloads:
                self._payloads[mid] = json.loads(raw)
        return _UserIndex(ids, matrix.reshape(len(ids), self.dims))

    _normalize = staticmethod(normalize)


def register_provider(provider: str, module: str, config_class: type[BaseModel],
                      store_class: type[VectorStoreBase]) -> None:
    """Make ``provider`` a valid vector store in mem0's config and factory.

    mem0 resolves a provider's config class by importing
    ``mem0.configs.vector_stores.<provider>`` and looking it up in a private table; we add our
    entry to both tables rather than patching any of mem0's behaviour.
    """
    from mem0.utils.factory import VectorStoreFactory
    from mem0.vector_stores.configs import VectorStoreConfig

    sys.modules.setdefault(f"mem0.configs.vector_stores.{provider}", sys.modules[module])
    private = VectorStoreConfig.__private_attributes__["_provider_configs"]
    private.default[provider] = config_class.__name__
    VectorStoreFactory.provider_to_class[provider] = f"{module}.{store_class.__name__}"


def register_with_mem0() -> None:
    """Make ``provider="personalmem_embedded"`` valid in mem0's config and factory."""
    register_provider(PROVIDER, __name__, EmbeddedStoreConfig, EmbeddedVectorStore)
