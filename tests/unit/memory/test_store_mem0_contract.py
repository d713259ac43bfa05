"""The few places ``agent.memory.store`` relies on mem0 internals, checked against mem0 itself.

mem0 has no public API for these (quiet start-up, SQLite pragmas, purging the raw text its
history and messages tables keep after ``delete_all``, batching embeddings). If an upgrade
renames or reshapes one, this file fails, not a user's opt-out.
"""

from __future__ import annotations

import inspect
from pathlib import Path

from agent.personal_memory import PersonalMemory


def test_spacy_switches_exist() -> None:
    from mem0.utils import spacy_models

    assert hasattr(spacy_models, "_load_failed_full")
    assert hasattr(spacy_models, "_load_failed_lemma")


def test_history_db_shape_used_by_the_opt_out_purge(data_dir: Path) -> None:
    mem = PersonalMemory(data_dir)
    inner = mem.store._mem0  # the adapter's one handle on mem0
    db = inner.db
    assert hasattr(db, "_lock") and hasattr(db, "connection")
    with db._lock:
        history = {row[1] for row in db.connection.execute("PRAGMA table_info(history)")}
        messages = {row[1] for row in db.connection.execute("PRAGMA table_info(messages)")}
    assert {"memory_id", "old_memory", "new_memory"} <= history
    assert "session_scope" in messages
    mem.close()


def test_embedding_model_and_vector_store_attributes(data_dir: Path) -> None:
    mem = PersonalMemory(data_dir)
    inner = mem.store._mem0
    assert callable(inner.embedding_model.embed_batch)
    assert "memory_action" in inspect.signature(type(inner.embedding_model).embed).parameters
    assert hasattr(inner.vector_store, "list") and hasattr(inner.vector_store, "get")
    mem.close()
