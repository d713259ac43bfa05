"""The one typed adapter between PersonalMem and mem0.

Where mem0 has no public API for what we need (quiet start-up, SQLite pragmas, purging its
history/messages rows on opt-out, batching embeddings), the private attribute is used here
only, and ``tests/unit/memory/test_store_mem0_contract.py`` fails if mem0 changes it.

Everything mem0-specific (config dicts, result shapes, its SQLite history and messages tables)
stays in this file, so a change in mem0's API touches nothing else.
"""

from __future__ import annotations

import builtins
import logging
import os
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from agent import sqlite_files
from agent.memory.embeddings import (
    MINILM_DIMS,
    MULTILINGUAL_DIMS,
    MiniLMEmbeddings,
    OfflineEmbeddings,
)
from agent.memory.mongo_history import MongoHistory
from agent.memory.records import MemoryRecord
from agent.settings import Settings

if TYPE_CHECKING:
    from mem0 import Memory

COLLECTION = "personalmem_memories"
EMBEDDING_DIMS = {"local": MINILM_DIMS + MULTILINGUAL_DIMS, "minilm": MINILM_DIMS, "openai": 1536}
OFFLINE_EMBEDDERS = ("local", "minilm")
REEMBED_BATCH = 64

logger = logging.getLogger(__name__)
OUR_METADATA = ("category", "attribute", "value", "source_chat_id", "created_by", "sensitive")


class MemoryNotFound(KeyError):
    """Raised when a memory id does not exist (or is not the caller's)."""


def _quiet_mem0(settings: Settings) -> None:
    """Set mem0's process switches before it is imported: no telemetry, files under data dir.

    mem0 also tries to download a spaCy model on first search (for BM25 lemmas and entity
    boosts); there is no network here and our store has no keyword index, so we mark that
    optional model as unavailable up front and mem0 falls back to plain semantic search.
    """
    os.environ["MEM0_TELEMETRY"] = "False"
    # mem0 warns at every start that our store has no BM25 keyword index and suggests another
    # store; that is a measured choice (see vector_store.py), not something for users to fix.
    logging.getLogger("mem0.memory.main").addFilter(
        lambda record: "does not support keyword search" not in record.getMessage())
    os.environ.setdefault("MEM0_DIR", str(settings.ensure_data_dir() / "mem0"))
    from mem0.utils import spacy_models

    spacy_models._load_failed_full = True
    spacy_models._load_failed_lemma = True


def vector_store_config(settings: Settings) -> dict[str, Any]:
    """MongoDB (``$vectorSearch``) when ``MONGODB_URI`` is set, else the embedded store."""
    dims = EMBEDDING_DIMS[settings.embedder]
    if settings.mongodb_uri:
        from agent.memory import mongo_vector_store

        mongo_vector_store.register_with_mem0()
        return {"provider": mongo_vector_store.PROVIDER, "config": {
            "mongodb_uri": settings.mongodb_uri, "database": settings.mongodb_database,
            "collection_name": COLLECTION, "embedding_model_dims": dims}}
    from agent.memory import vector_store

    vector_store.register_with_mem0()
    return {"provider": vector_store.PROVIDER, "config": {
        "path": str(settings.ensure_data_dir() / "memories.sqlite"),
        "collection_name": COLLECTION, "embedding_model_dims": dims}}


def offline_embeddings(settings: Settings) -> MiniLMEmbeddings | OfflineEmbeddings:
    """The packaged embedder these settings name (see ``agent.memory.embeddings``)."""
    return MiniLMEmbeddings() if settings.embedder == "minilm" else OfflineEmbeddings()


def mem0_config(settings: Settings) -> dict[str, Any]:
    """The mem0 config for these settings (vector store; local or OpenAI embedder).

    On MongoDB mem0's history gets an in-memory SQLite placeholder, replaced by
    ``MongoHistory`` in ``MemoryStore``: no file in the process's folder.
    """
    from agent.offline_model import OfflineChatModel

    data = settings.ensure_data_dir()
    if settings.embedder == "openai":
        embedder: dict[str, Any] = {
            "provider": "openai",
            "config": {"model": settings.openai_embedding_model, "embedding_dims": 1536},
        }
        if settings.openai_api_key:
            embedder["config"]["api_key"] = settings.openai_api_key.get_secret_value()
        if settings.openai_base_url:
            embedder["config"]["openai_base_url"] = settings.openai_base_url
    else:
        embedder = {"provider": "langchain", "config": {
            "model": offline_embeddings(settings),
            "embedding_dims": EMBEDDING_DIMS[settings.embedder]}}
    return {
        "vector_store": vector_store_config(settings),
        "embedder": embedder,
        # mem0 builds an LLM eagerly even though we only call add(infer=False); give it the
        # offline model so construction needs no key and nothing is ever sent anywhere.
        "llm": {"provider": "langchain", "config": {"model": OfflineChatModel()}},
        "history_db_path": ":memory:" if settings.mongodb_uri
        else str(data / "mem0_history.sqlite"),
    }


class MemoryStore:
    """Per-user memories on top of mem0. Every call names the user; nothing is global."""

    def __init__(self, settings: Settings) -> None:
        _quiet_mem0(settings)
        from mem0 import Memory

        self._lock = threading.RLock()
        self._mem0: Memory = Memory.from_config(mem0_config(settings))
        # The offline embedder batches and caches in the shared encoder; a remote one gets
        # this cache in front of it.
        self._local = offline_embeddings(settings) if settings.embedder in OFFLINE_EMBEDDERS \
            else None
        self._embeddings = None if self._local else EmbeddingCache(self._mem0.embedding_model)
        if settings.mongodb_uri:
            # Stateless on MongoDB: mem0's history goes to the same database as the vectors.
            self._mem0.db.close()
            self._mem0.db = MongoHistory(self._mem0.vector_store.client,
                                         settings.mongodb_database)
        else:
            # mem0's history table is written on every memory write: WAL without a sync per
            # commit keeps that under a millisecond; deleted history leaves no copy.
            with self._mem0.db._lock:
                sqlite_files.set_up(self._mem0.db.connection)
        self._embed_stale(EMBEDDING_DIMS[settings.embedder])

    def _embed_stale(self, dims: int) -> None:
        """Embed again the memories another embedder wrote (vectors of another size), so a
        store kept from an earlier version, or from ``minilm``, is searchable at once.

        Runs at start, before any search; with many app processes on one MongoDB each may
        do it, and each writes the same vectors.
        """
        stale = self._mem0.vector_store.stale(dims)
        if not stale:
            return
        logger.info("embedding %d memories again for the %d-dimension embedder",
                    len(stale), dims)
        for start in range(0, len(stale), REEMBED_BATCH):
            batch = stale[start:start + REEMBED_BATCH]
            for (memory_id, _), vector in zip(batch, self.embed([t or "-" for _, t in batch]),
                                              strict=True):
                self._mem0.vector_store.update(memory_id, vector=vector)

    # -- writes -------------------------------------------------------------------
    def add(self, user_id: str, text: str, *, category: str = "other",
            attribute: str | None = None, value: str | None = None,
            source_chat_id: str | None = None, created_by: str = "auto",
            sensitive: bool = False) -> MemoryRecord:
        """Store one fact verbatim (mem0 ``infer=False``: our policy already decided)."""
        metadata = {
            "category": category, "attribute": attribute, "value": value,
            "source_chat_id": source_chat_id, "created_by": created_by, "sensitive": sensitive,
        }
        with self._lock:
            result = self._mem0.add(
                [{"role": "user", "content": text}], user_id=user_id, metadata=metadata,
                infer=False,
            )
        memory_id = result["results"][0]["id"]
        record = self.get(memory_id)
        if record is None:  # pragma: no cover - mem0 returned an id it cannot read back
            raise RuntimeError("mem0 did not persist the memory")
        return record

    def update(self, memory_id: str, text: str, **metadata: Any) -> MemoryRecord:
        """Replace a memory's text (mem0 keeps the old text in its history table)."""
        with self._lock:
            current = self._raw(memory_id)
            if current is None:
                raise MemoryNotFound(memory_id)
            merged = {k: current.get(k) for k in OUR_METADATA if k in current}
            merged.update({k: v for k, v in metadata.items() if k in OUR_METADATA})
            self._mem0.update(memory_id, text=text, metadata=merged)
        record = self.get(memory_id)
        if record is None:  # pragma: no cover
            raise MemoryNotFound(memory_id)
        return record

    def delete(self, memory_id: str) -> None:
        """Delete one memory and every copy of its text mem0 keeps (its history rows)."""
        with self._lock:
            try:
                self._mem0.delete(memory_id)
            except ValueError as exc:
                raise MemoryNotFound(memory_id) from exc
            self._purge_history([memory_id])

    def delete_all(self, user_id: str) -> int:
        """Opt-out: delete the user's memories and every copy of their text mem0 keeps.

        mem0's ``delete_all`` leaves the old text in its SQLite ``history`` rows and any
        ``messages`` rows of the user's session; we purge both.
        """
        with self._lock:
            ids = [r.id for r in self.list(user_id)]
            for memory_id in ids:
                self._mem0.delete(memory_id)
            self._purge_history(ids, user_id)
        return len(ids)

    def _purge_history(self, ids: builtins.list[str], user_id: str | None = None) -> None:
        """mem0 keeps a deleted memory's text in its ``history`` rows (and the user's session
        in ``messages``); remove them, then scrub the file (see ``agent.sqlite_files``)."""
        if isinstance(self._mem0.db, MongoHistory):
            self._mem0.db.purge(ids, user_id)
            return
        db: sqlite3.Connection = self._mem0.db.connection
        with self._mem0.db._lock:
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                marks = ",".join("?" * len(chunk))
                db.execute(f"DELETE FROM history WHERE memory_id IN ({marks})", chunk)
            if user_id is not None:
                db.execute(
                    "DELETE FROM messages WHERE session_scope = ? OR session_scope LIKE ?",
                    (f"user_id={user_id}", f"%user_id={user_id}&%"),
                )
            db.commit()
            sqlite_files.scrub(db)

    # -- reads --------------------------------------------------------------------
    def get(self, memory_id: str) -> MemoryRecord | None:
        with self._lock:
            raw = self._mem0.get(memory_id)
        return _record(raw) if raw else None

    def list(self, user_id: str, limit: int = 10_000) -> builtins.list[MemoryRecord]:
        """All of a user's memories, oldest first.

        Read straight from the vector store's payloads: the post-step scans a user's memories
        every turn that carries a fact, and mem0's ``get_all`` formatting costs ~10 ms per
        1,000 memories. The payload is exactly what ``get_all`` would have returned.
        """
        with self._lock:
            [rows] = self._mem0.vector_store.list(filters={"user_id": user_id}, top_k=limit)
        records = [_record_from_payload(str(row.id), row.payload or {}) for row in rows]
        return sorted(records, key=lambda r: (r.created_at or "", r.id))

    def find(self, user_id: str, **fields: str | None) -> builtins.list[MemoryRecord]:
        """The user's memories whose metadata field equals the value (one field; indexed)."""
        (key, value), = fields.items()
        if value is None:
            return []
        with self._lock:
            [rows] = self._mem0.vector_store.list(filters={"user_id": user_id, key: value},
                                                  top_k=1000)
        return [_record_from_payload(str(row.id), row.payload or {}) for row in rows]

    def list_categories(self, user_id: str, categories: Sequence[str]) -> builtins.list[
            MemoryRecord]:
        """The user's memories in the given categories (cheap: filtered in the store)."""
        out: builtins.list[MemoryRecord] = []
        with self._lock:
            for category in categories:
                raw = self._mem0.get_all(filters={"user_id": user_id, "category": category},
                                         top_k=100)
                out.extend(_record(r) for r in raw.get("results", []))
        return out

    def search(self, user_id: str, query: str, limit: int = 8,
               threshold: float = 0.0) -> builtins.list[MemoryRecord]:
        """The user's memories most similar to ``query``, best first."""
        if not query.strip():
            return []
        with self._lock:
            raw = self._mem0.search(query, top_k=limit, filters={"user_id": user_id},
                                    threshold=threshold)
        return [_record(r) for r in raw.get("results", [])]

    def history(self, memory_id: str) -> builtins.list[dict[str, Any]]:
        """mem0's audit trail for one memory: ADD / UPDATE / DELETE rows with old and new text."""
        with self._lock:
            rows: Sequence[dict[str, Any]] = self._mem0.history(memory_id)
        return [
            {
                "event": row.get("event"),
                "old_memory": row.get("old_memory"),
                "new_memory": row.get("new_memory"),
                "created_at": _iso(row.get("created_at")),
                "updated_at": _iso(row.get("updated_at")),
            }
            for row in rows
        ]

    def prime(self, texts: builtins.list[str], *,
              read_by_extractor: builtins.list[str] | None = None) -> None:
        """Embed texts about to be searched or stored, in one batch, so the calls that
        follow find them cached; ``read_by_extractor`` (a message's clauses) only needs the
        MiniLM vectors the learned extractor reads, so only they are made for it."""
        if isinstance(self._local, OfflineEmbeddings):
            self._local.prime([t for t in texts if t], read_by_extractor or [])
        else:
            self.embed([*texts, *(read_by_extractor or [])])

    def embed(self, texts: builtins.list[str]) -> builtins.list[builtins.list[float]]:
        """Embed with the same model mem0 uses, in one batch."""
        texts = [t for t in texts if t]
        if self._local is not None:
            return self._local.embed_documents(texts)
        assert self._embeddings is not None
        with self._lock:
            return self._embeddings.embed_batch(texts)

    def owner_of(self, memory_id: str) -> str | None:
        raw = self._raw(memory_id)
        return str(raw["user_id"]) if raw and raw.get("user_id") else None

    def _raw(self, memory_id: str) -> dict[str, Any] | None:
        found = self._mem0.vector_store.get(vector_id=memory_id)
        return dict(found.payload) if found is not None and found.payload else None

    def close(self) -> None:
        """Release the vector store's connection (SQLite file or MongoDB client) and mem0's
        history database."""
        with self._lock:
            self._mem0.vector_store.close()
            self._mem0.close()

    @property
    def vector_store(self) -> Any:
        """The underlying store (benchmarks load it in bulk)."""
        return self._mem0.vector_store


class EmbeddingCache:
    """Memoizes a remote embedder (OpenAI) per text, and embeds a turn's new texts in one call.

    One turn embeds the same text more than once (the post-step searches for a candidate fact
    before mem0's ``add`` embeds it again) and a turn's candidates are known together, so each
    text costs one request at most. (The offline embedder caches in ``agent.memory.encoder``.)
    """

    def __init__(self, model: Any, size: int = 512) -> None:
        self._model = model
        self._embed = model.embed
        self._size = size
        self._cache: dict[str, list[float]] = {}
        model.embed = self.embed

    def embed(self, text: Any, memory_action: str | None = None) -> Any:
        if not isinstance(text, str):
            return self._embed(text, memory_action)
        hit = self._cache.get(text)
        if hit is None:
            hit = self._embed(text, memory_action)
            self._put(text, hit)
        return list(hit)

    def embed_batch(self, texts: builtins.list[str]) -> builtins.list[builtins.list[float]]:
        todo = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if todo:
            for text, vector in zip(todo, self._model.embed_batch(todo), strict=True):
                self._put(text, list(vector))
        return [list(self._cache[t]) for t in texts]

    def _put(self, text: str, vector: builtins.list[float]) -> None:
        if len(self._cache) >= self._size:
            self._cache.pop(next(iter(self._cache)))
        self._cache[text] = vector


def _iso(value: Any) -> str | None:
    return None if value is None else str(value)


def _record_from_payload(memory_id: str, payload: dict[str, Any]) -> MemoryRecord:
    return MemoryRecord(
        id=memory_id,
        user_id=str(payload.get("user_id") or ""),
        text=str(payload.get("data") or ""),
        category=str(payload.get("category") or "other"),
        attribute=payload.get("attribute"),
        value=payload.get("value"),
        source_chat_id=payload.get("source_chat_id"),
        created_by=str(payload.get("created_by") or "auto"),
        sensitive=bool(payload.get("sensitive", False)),
        created_at=_iso(payload.get("created_at")),
        updated_at=_iso(payload.get("updated_at")),
    )


def _record(raw: dict[str, Any]) -> MemoryRecord:
    """A mem0 result dict (``get``/``search``/``get_all`` shape) as a record."""
    meta = dict(raw.get("metadata") or {})
    payload = {**meta, "user_id": raw.get("user_id") or meta.get("user_id"),
               "data": raw.get("memory"), "created_at": raw.get("created_at"),
               "updated_at": raw.get("updated_at")}
    return replace(_record_from_payload(str(raw["id"]), payload), score=raw.get("score"))
