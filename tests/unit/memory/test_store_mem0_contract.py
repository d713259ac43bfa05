"""The few places ``agent.memory.store`` relies on mem0 internals, checked against mem0 itself.

mem0 has no public API for these (quiet start-up, SQLite pragmas, purging the raw text its
history and messages tables keep after ``delete_all``, batching embeddings). If an upgrade
renames or reshapes one, this file fails, not a user's opt-out.
"""

from __future__ import annotations

import inspect
import re
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


def test_mongo_history_serves_every_history_call_mem0_makes() -> None:
    """On MongoDB, ``MemoryStore`` swaps mem0's ``db`` (its SQLite history) for
    ``MongoHistory``: every ``self.db.<method>`` mem0's ``Memory`` calls must exist there with
    the parameters of mem0's own ``SQLiteManager``."""
    from mem0.memory.main import Memory
    from mem0.memory.storage import SQLiteManager

    from agent.memory.mongo_history import MongoHistory

    called = set(re.findall(r"self\.db\.(\w+)", inspect.getsource(Memory)))
    assert {"add_history", "get_history"} <= called  # still where mem0 keeps its history
    for name in called:
        ours = inspect.signature(getattr(MongoHistory, name)).parameters
        theirs = inspect.signature(getattr(SQLiteManager, name)).parameters
        assert list(ours) == list(theirs), name
    assert "self.db = SQLiteManager(self.config.history_db_path)" in inspect.getsource(
        Memory.__init__)
