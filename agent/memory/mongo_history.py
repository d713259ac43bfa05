"""mem0's audit trail (and its message buffer) in MongoDB, for the stateless deployment.

mem0 keeps every memory's ADD / UPDATE / DELETE rows in a SQLite file of its own
(``SQLiteManager``). On MongoDB nothing may live in the process's folder, so the same
interface is served from two collections: ``memory_history`` and ``mem0_messages`` (mem0 fills
the second only when it infers memories itself, which PersonalMem never asks for). The method
names and result shapes are mem0's; ``tests/unit/memory/test_store_mem0_contract.py`` fails if
mem0 stops writing history through them.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime
from typing import Any

HISTORY = "memory_history"
MESSAGES = "mem0_messages"
#: mem0 keeps the last ten messages of a session.
KEPT_MESSAGES = 10
HISTORY_FIELDS = ("memory_id", "old_memory", "new_memory", "event", "created_at",
                  "updated_at", "is_deleted", "actor_id", "role")


class MongoHistory:
    """The ``SQLiteManager`` methods mem0 calls, over MongoDB collections."""

    def __init__(self, client: Any, database: str) -> None:
        self._history: Any = client[database][HISTORY]
        self._messages: Any = client[database][MESSAGES]
        self._history.create_index([("memory_id", 1), ("created_at", 1)])
        self._messages.create_index([("session_scope", 1), ("created_at", -1)])

    def add_history(self, memory_id: str, old_memory: str | None, new_memory: str | None,
                    event: str, *, created_at: str | None = None,
                    updated_at: str | None = None, is_deleted: int = 0,
                    actor_id: str | None = None, role: str | None = None) -> None:
        self.batch_add_history([{
            "memory_id": memory_id, "old_memory": old_memory, "new_memory": new_memory,
            "event": event, "created_at": created_at, "updated_at": updated_at,
            "is_deleted": is_deleted, "actor_id": actor_id, "role": role,
        }])

    def batch_add_history(self, records: list[dict[str, Any]]) -> None:
        if records:
            self._history.insert_many([
                {"_id": str(uuid.uuid4()), **{k: r.get(k) for k in HISTORY_FIELDS},
                 "is_deleted": int(r.get("is_deleted") or 0)}
                for r in records
            ])

    def get_history(self, memory_id: str) -> list[dict[str, Any]]:
        rows = self._history.find({"memory_id": memory_id}).sort(
            [("created_at", 1), ("updated_at", 1)])
        return [{"id": row["_id"], **{k: row.get(k) for k in HISTORY_FIELDS},
                 "is_deleted": bool(row.get("is_deleted"))} for row in rows]

    def save_messages(self, messages: list[dict[str, Any]], session_scope: str) -> None:
        if not messages:
            return
        now = datetime.now(UTC).isoformat()
        self._messages.insert_many([
            {"_id": str(uuid.uuid4()), "session_scope": session_scope, "role": m.get("role"),
             "content": m.get("content"), "name": m.get("name"), "created_at": now}
            for m in messages
        ])
        keep = [d["_id"] for d in self._messages.find({"session_scope": session_scope}, {"_id": 1})
                .sort("created_at", -1).limit(KEPT_MESSAGES)]
        self._messages.delete_many({"session_scope": session_scope, "_id": {"$nin": keep}})

    def get_last_messages(self, session_scope: str, limit: int = 10) -> list[dict[str, Any]]:
        rows = list(self._messages.find({"session_scope": session_scope})
                    .sort("created_at", -1).limit(limit))
        return [{k: row.get(k) for k in ("role", "content", "name", "created_at")}
                for row in reversed(rows)]

    def purge(self, memory_ids: list[str], user_id: str | None = None) -> None:
        """Drop the history of deleted memories, and on opt-out the user's message buffer."""
        if memory_ids:
            self._history.delete_many({"memory_id": {"$in": memory_ids}})
        if user_id is not None:
            scope = re.escape(f"user_id={user_id}")
            self._messages.delete_many({"session_scope": {"$regex": f"(^|&){scope}(&|$)"}})

    def reset(self) -> None:
        self._history.drop()
        self._messages.drop()

    def close(self) -> None:
        """The client belongs to the vector store; nothing of ours to close."""
