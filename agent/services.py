"""Process-wide resources (memory store, chat store), built once on first use.

These are connections and caches, not per-request values: who is asking always comes from the
run's context. Tests call ``reset_services()`` after pointing the settings elsewhere.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from agent.chats import ChatStore, MongoChatStore, SqliteChatStore
from agent.memory.secrets import find_secrets
from agent.memory.store import MemoryStore
from agent.memory.writer import MemoryWriter
from agent.settings import Settings, get_settings


@dataclass
class Services:
    """What the graph, API, CLI and evals share."""

    settings: Settings
    memory: MemoryStore
    chats: ChatStore
    writer: MemoryWriter

    def opt_out(self, user_id: str) -> int:
        """Delete everything remembered about a user, evidence of interests included."""
        count = self.memory.delete_all(user_id)
        self.chats.delete_user_evidence(user_id)
        return count


_lock = threading.Lock()
_services: Services | None = None


def build_services(settings: Settings) -> Services:
    chats: ChatStore
    if settings.mongodb_uri:
        chats = MongoChatStore(settings.mongodb_uri, settings.mongodb_database)
    else:
        chats = SqliteChatStore(settings.ensure_data_dir() / "chats.sqlite")
    memory = MemoryStore(settings)
    find_secrets("")  # load the secret recognizers now (~1.5 s of imports), not in a turn
    return Services(settings, memory, chats, MemoryWriter(memory, chats))


def get_services() -> Services:
    global _services
    with _lock:
        if _services is None:
            _services = build_services(get_settings())
        return _services


def reset_services() -> None:
    global _services
    with _lock:
        if _services is not None:
            _services.chats.close()
        _services = None
