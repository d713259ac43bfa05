"""SQLite files that forget: a deleted row leaves no copy of its text on disk.

SQLite keeps deleted content in free pages until they are reused, and in the write-ahead log
until it is checkpointed. Every database here that holds user text (chats, checkpoints,
memory vectors and payloads, mem0's history) therefore runs with ``secure_delete`` (freed
content is overwritten with zeros) and, after a deletion, folds the log back into the
database and truncates it, so an opt-out or a deleted chat is gone from every file.
"""

from __future__ import annotations

import sqlite3

# WAL without a sync per commit: crash-safe, and ~5 ms less per write than a full sync.
PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA secure_delete=ON")
SCRUB = "PRAGMA wal_checkpoint(TRUNCATE)"


def set_up(conn: sqlite3.Connection) -> None:
    """The pragmas above, on a connection that was just opened."""
    for pragma in PRAGMAS:
        conn.execute(pragma)


def scrub(conn: sqlite3.Connection) -> None:
    """After a deletion (committed): move the log into the database and empty it."""
    conn.execute(SCRUB)
