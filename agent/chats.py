"""Chat metadata, per-user switches, interest evidence and chat leases, in the same backend
as history.

SQLite (embedded default) or MongoDB (``MONGODB_URI``). Both implement ``ChatStore``; the
behavioural tests run against both. Leases (see ``agent.chat_lease``) live here because the
store is shared by every process that serves the same chats.
"""

from __future__ import annotations

import sqlite3
import threading
import time
import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from agent import sqlite_files
from agent.titles import DEFAULT_TITLE, chat_title, title_from_message


@dataclass(frozen=True)
class ChatRecord:
    """A chat's metadata. Its messages live in the checkpointer under ``thread_id == id``."""

    id: str
    user_id: str
    title: str
    temporary: bool
    created_at: str
    updated_at: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class ChatStore(Protocol):
    """What the agent, API and CLI need from chat metadata storage."""

    def create(self, user_id: str, title: str | None = None, temporary: bool = False,
               chat_id: str | None = None) -> ChatRecord: ...
    def get(self, chat_id: str) -> ChatRecord | None: ...
    def list_for_user(self, user_id: str, limit: int = 20, offset: int = 0
                      ) -> tuple[list[ChatRecord], int]: ...
    def touch(self, chat_id: str, message: str | None = None) -> None:
        """Mark the chat active; one still titled ``DEFAULT_TITLE`` takes its title from
        ``message`` (secrets masked, see ``agent.titles``)."""
    def rename(self, chat_id: str, title: str) -> ChatRecord | None:
        """Give the chat a title (secrets masked, see ``agent.titles``); None if unknown."""
    def delete(self, chat_id: str) -> bool: ...
    def add_interest_evidence(self, user_id: str, topic: str, chat_id: str, *,
                              engaged: bool = True) -> tuple[int, bool]: ...
    def delete_user_evidence(self, user_id: str) -> None: ...
    def memory_enabled(self, user_id: str) -> bool: ...
    def set_memory_enabled(self, user_id: str, enabled: bool) -> None: ...
    def acquire_lease(self, chat_id: str, owner: str, ttl_seconds: float) -> bool:
        """Take the chat's lease for ``owner`` if it is free or expired, atomically; True if
        taken. Two callers never both get True for one unexpired lease."""
    def renew_lease(self, chat_id: str, owner: str, ttl_seconds: float) -> bool:
        """Push the expiry out, only while ``owner`` still holds the lease (True then)."""
    def release_lease(self, chat_id: str, owner: str) -> None:
        """Free the lease if ``owner`` holds it (another owner's lease is left alone)."""
    def ping(self) -> None: ...
    def close(self) -> None: ...


def now() -> str:
    return datetime.now(UTC).isoformat()


def new_chat_id() -> str:
    return uuid.uuid4().hex


class SqliteChatStore:
    """Chat metadata in ``<data dir>/chats.sqlite``."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._db.row_factory = sqlite3.Row
        sqlite_files.set_up(self._db)
        with self._db:
            self._db.executescript(
                """
                CREATE TABLE IF NOT EXISTS chats (
                    id TEXT PRIMARY KEY, user_id TEXT NOT NULL, title TEXT NOT NULL,
                    temporary INTEGER NOT NULL DEFAULT 0,
                    created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
                CREATE INDEX IF NOT EXISTS chats_user_updated ON chats(user_id, updated_at DESC);
                CREATE TABLE IF NOT EXISTS interest_evidence (
                    user_id TEXT NOT NULL, topic TEXT NOT NULL, chat_id TEXT NOT NULL,
                    created_at TEXT NOT NULL, engaged INTEGER NOT NULL DEFAULT 1,
                    PRIMARY KEY (user_id, topic, chat_id));
                CREATE TABLE IF NOT EXISTS user_settings (
                    user_id TEXT PRIMARY KEY, memory_enabled INTEGER NOT NULL DEFAULT 1);
                CREATE TABLE IF NOT EXISTS chat_leases (
                    chat_id TEXT PRIMARY KEY, owner TEXT NOT NULL, expires_at REAL NOT NULL);
                """
            )
            columns = {row[1] for row in self._db.execute("PRAGMA table_info(interest_evidence)")}
            if "engaged" not in columns:  # a folder from before mentions were kept
                self._db.execute("ALTER TABLE interest_evidence ADD COLUMN engaged INTEGER "
                                 "NOT NULL DEFAULT 1")

    def create(self, user_id: str, title: str | None = None, temporary: bool = False,
               chat_id: str | None = None) -> ChatRecord:
        stamp = now()
        rec = ChatRecord(chat_id or new_chat_id(), user_id, chat_title(title), temporary,
                         stamp, stamp)
        with self._lock, self._db:
            self._db.execute("INSERT INTO chats VALUES (?, ?, ?, ?, ?, ?)",
                             (rec.id, rec.user_id, rec.title, int(temporary), stamp, stamp))
        return rec

    def get(self, chat_id: str) -> ChatRecord | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM chats WHERE id = ?", (chat_id,)).fetchone()
        return _row(row) if row else None

    def list_for_user(self, user_id: str, limit: int = 20, offset: int = 0
                      ) -> tuple[list[ChatRecord], int]:
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM chats WHERE user_id = ? ORDER BY updated_at DESC, id "
                "LIMIT ? OFFSET ?", (user_id, limit, offset)).fetchall()
            (total,) = self._db.execute("SELECT COUNT(*) FROM chats WHERE user_id = ?",
                                        (user_id,)).fetchone()
        return [_row(r) for r in rows], int(total)

    def touch(self, chat_id: str, message: str | None = None) -> None:
        with self._lock, self._db:
            row = self._db.execute("UPDATE chats SET updated_at = ? WHERE id = ? RETURNING title",
                                   (now(), chat_id)).fetchone()
            if message and row is not None and row[0] == DEFAULT_TITLE:
                self._db.execute("UPDATE chats SET title = ? WHERE id = ? AND title = ?",
                                 (title_from_message(message), chat_id, DEFAULT_TITLE))

    def rename(self, chat_id: str, title: str) -> ChatRecord | None:
        with self._lock, self._db:
            self._db.execute("UPDATE chats SET title = ?, updated_at = ? WHERE id = ?",
                             (chat_title(title), now(), chat_id))
        return self.get(chat_id)

    def delete(self, chat_id: str) -> bool:
        with self._lock:
            with self._db:
                cur = self._db.execute("DELETE FROM chats WHERE id = ?", (chat_id,))
            sqlite_files.scrub(self._db)
        return cur.rowcount > 0

    def add_interest_evidence(self, user_id: str, topic: str, chat_id: str, *,
                              engaged: bool = True) -> tuple[int, bool]:
        with self._lock, self._db:
            self._db.execute(
                "INSERT INTO interest_evidence (user_id, topic, chat_id, created_at, engaged) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT(user_id, topic, chat_id) DO UPDATE SET "
                "engaged = MAX(engaged, excluded.engaged)",
                (user_id, topic, chat_id, now(), int(engaged)))
            count, any_engaged = self._db.execute(
                "SELECT COUNT(DISTINCT chat_id), MAX(engaged) FROM interest_evidence "
                "WHERE user_id = ? AND topic = ?", (user_id, topic)).fetchone()
        return int(count), bool(any_engaged)

    def delete_user_evidence(self, user_id: str) -> None:
        with self._lock:
            with self._db:
                self._db.execute("DELETE FROM interest_evidence WHERE user_id = ?", (user_id,))
            sqlite_files.scrub(self._db)

    def memory_enabled(self, user_id: str) -> bool:
        with self._lock:
            row = self._db.execute("SELECT memory_enabled FROM user_settings WHERE user_id = ?",
                                   (user_id,)).fetchone()
        return bool(row[0]) if row else True

    def set_memory_enabled(self, user_id: str, enabled: bool) -> None:
        with self._lock, self._db:
            self._db.execute(
                "INSERT INTO user_settings VALUES (?, ?) ON CONFLICT(user_id) DO UPDATE SET "
                "memory_enabled = excluded.memory_enabled", (user_id, int(enabled)))

    def acquire_lease(self, chat_id: str, owner: str, ttl_seconds: float) -> bool:
        # One statement, so one write transaction: SQLite's write lock makes the check of the
        # expiry and the take-over atomic across processes too.
        stamp = time.time()
        with self._lock, self._db:
            row = self._db.execute(
                "INSERT INTO chat_leases VALUES (?, ?, ?) ON CONFLICT(chat_id) DO UPDATE SET "
                "owner = excluded.owner, expires_at = excluded.expires_at "
                "WHERE chat_leases.expires_at <= ? RETURNING owner",
                (chat_id, owner, stamp + ttl_seconds, stamp)).fetchone()
        return row is not None

    def renew_lease(self, chat_id: str, owner: str, ttl_seconds: float) -> bool:
        with self._lock, self._db:
            cur = self._db.execute(
                "UPDATE chat_leases SET expires_at = ? WHERE chat_id = ? AND owner = ?",
                (time.time() + ttl_seconds, chat_id, owner))
        return cur.rowcount > 0

    def release_lease(self, chat_id: str, owner: str) -> None:
        with self._lock, self._db:
            self._db.execute("DELETE FROM chat_leases WHERE chat_id = ? AND owner = ?",
                             (chat_id, owner))

    def ping(self) -> None:
        with self._lock:
            self._db.execute("SELECT 1").fetchone()

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _row(row: sqlite3.Row) -> ChatRecord:
    return ChatRecord(row["id"], row["user_id"], row["title"], bool(row["temporary"]),
                      row["created_at"], row["updated_at"])


class MongoChatStore:
    """Chat metadata in MongoDB collections ``chats``, ``interest_evidence``, ``user_settings``,
    and leases in ``chat_leases`` (``_id`` is the chat id, so there is one per chat)."""

    def __init__(self, uri: str, database: str) -> None:
        from pymongo import ASCENDING, DESCENDING, MongoClient

        self._client: Any = MongoClient(uri, serverSelectionTimeoutMS=3000, tz_aware=False)
        db = self._client[database]
        self._chats = db["chats"]
        self._evidence = db["interest_evidence"]
        self._settings = db["user_settings"]
        self._leases = db["chat_leases"]
        self._chats.create_index([("user_id", ASCENDING), ("updated_at", DESCENDING)],
                                 name="user_updated")
        self._evidence.create_index([("user_id", ASCENDING), ("topic", ASCENDING),
                                     ("chat_id", ASCENDING)], unique=True, name="evidence")
        # Clean-up only: an expired lease is free whether or not the TTL monitor removed it.
        self._leases.create_index("expires_at", expireAfterSeconds=0, name="lease_expiry")

    def create(self, user_id: str, title: str | None = None, temporary: bool = False,
               chat_id: str | None = None) -> ChatRecord:
        stamp = now()
        rec = ChatRecord(chat_id or new_chat_id(), user_id, chat_title(title), temporary,
                         stamp, stamp)
        doc = rec.as_dict()
        doc["_id"] = doc.pop("id")
        self._chats.insert_one(doc)
        return rec

    def get(self, chat_id: str) -> ChatRecord | None:
        doc = self._chats.find_one({"_id": chat_id})
        return _doc(doc) if doc else None

    def list_for_user(self, user_id: str, limit: int = 20, offset: int = 0
                      ) -> tuple[list[ChatRecord], int]:
        cursor = self._chats.find({"user_id": user_id}).sort(
            [("updated_at", -1), ("_id", 1)]).skip(offset).limit(limit)
        total = self._chats.count_documents({"user_id": user_id})
        return [_doc(d) for d in cursor], int(total)

    def touch(self, chat_id: str, message: str | None = None) -> None:
        before = self._chats.find_one_and_update({"_id": chat_id},
                                                 {"$set": {"updated_at": now()}},
                                                 projection={"title": 1})
        if message and before is not None and before.get("title") == DEFAULT_TITLE:
            self._chats.update_one({"_id": chat_id, "title": DEFAULT_TITLE},
                                   {"$set": {"title": title_from_message(message)}})

    def rename(self, chat_id: str, title: str) -> ChatRecord | None:
        self._chats.update_one({"_id": chat_id},
                               {"$set": {"title": chat_title(title), "updated_at": now()}})
        return self.get(chat_id)

    def delete(self, chat_id: str) -> bool:
        return bool(self._chats.delete_one({"_id": chat_id}).deleted_count)

    def add_interest_evidence(self, user_id: str, topic: str, chat_id: str, *,
                              engaged: bool = True) -> tuple[int, bool]:
        key = {"user_id": user_id, "topic": topic, "chat_id": chat_id}
        self._evidence.update_one(key, {"$setOnInsert": {**key, "created_at": now()},
                                        "$max": {"engaged": int(engaged)}}, upsert=True)
        about = {"user_id": user_id, "topic": topic}
        chats = len(self._evidence.distinct("chat_id", about))
        # Rows written before "engaged" existed have no field: they were all engaged.
        engaged_row = self._evidence.find_one({**about, "engaged": {"$ne": 0}}, {"_id": 1})
        return chats, engaged_row is not None

    def delete_user_evidence(self, user_id: str) -> None:
        self._evidence.delete_many({"user_id": user_id})

    def memory_enabled(self, user_id: str) -> bool:
        doc = self._settings.find_one({"_id": user_id})
        return bool(doc.get("memory_enabled", True)) if doc else True

    def set_memory_enabled(self, user_id: str, enabled: bool) -> None:
        self._settings.update_one({"_id": user_id}, {"$set": {"memory_enabled": enabled}},
                                  upsert=True)

    def acquire_lease(self, chat_id: str, owner: str, ttl_seconds: float) -> bool:
        from pymongo.errors import DuplicateKeyError

        # Matches only a missing or expired lease; for a missing one the upsert inserts it,
        # and for one held by another owner the insert of a second ``_id`` fails. Either
        # way one atomic write decides, across processes.
        stamp = datetime.now(UTC)
        try:
            self._leases.update_one(
                {"_id": chat_id, "expires_at": {"$lte": stamp}},
                {"$set": {"owner": owner, "expires_at": stamp + timedelta(seconds=ttl_seconds)}},
                upsert=True)
        except DuplicateKeyError:
            return False
        return True

    def renew_lease(self, chat_id: str, owner: str, ttl_seconds: float) -> bool:
        expires = datetime.now(UTC) + timedelta(seconds=ttl_seconds)
        result = self._leases.update_one({"_id": chat_id, "owner": owner},
                                         {"$set": {"expires_at": expires}})
        return bool(result.matched_count)

    def release_lease(self, chat_id: str, owner: str) -> None:
        self._leases.delete_one({"_id": chat_id, "owner": owner})

    def ping(self) -> None:
        self._client.admin.command("ping")

    def close(self) -> None:
        self._client.close()


def _doc(doc: dict[str, Any]) -> ChatRecord:
    return ChatRecord(str(doc["_id"]), doc["user_id"], doc["title"], bool(doc["temporary"]),
                      doc["created_at"], doc["updated_at"])
