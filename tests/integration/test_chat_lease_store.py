"""The chat lease in each backend: two store objects on one database, as two processes have.

SQLite: two connections to one file. MongoDB: two clients of the Mongo-wire server process.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator

import pytest

from agent.chats import ChatStore
from agent.personal_memory import PersonalMemory


@pytest.fixture
def other(mem: PersonalMemory) -> Iterator[ChatStore]:
    """A second store on the same database as ``mem.chats`` (own connection or client)."""
    second = PersonalMemory(settings=mem.settings)
    yield second.chats
    second.close()


def test_only_one_of_many_racing_owners_gets_the_lease(mem: PersonalMemory, other: ChatStore,
                                                      backend: str) -> None:
    chat = uuid.uuid4().hex
    stores = [mem.chats, other] * 4
    start = threading.Barrier(len(stores))
    won: list[str] = []

    def take(store: ChatStore, owner: str) -> None:
        start.wait()
        if store.acquire_lease(chat, owner, 30):
            won.append(owner)

    threads = [threading.Thread(target=take, args=(s, f"owner-{i}"))
               for i, s in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert len(won) == 1, won
    assert not other.acquire_lease(chat, "late", 30)
    assert not mem.chats.acquire_lease(chat, "late", 30)


def test_release_frees_the_lease_and_only_its_owner_can(mem: PersonalMemory, other: ChatStore,
                                                        backend: str) -> None:
    chat = uuid.uuid4().hex
    assert mem.chats.acquire_lease(chat, "a", 30)
    other.release_lease(chat, "b")  # not b's lease: nothing happens
    assert not other.acquire_lease(chat, "b", 30)
    mem.chats.release_lease(chat, "a")
    assert other.acquire_lease(chat, "b", 30)
    assert not mem.chats.acquire_lease(chat, "a", 30)


def test_an_expired_lease_can_be_taken_and_its_old_owner_cannot_renew(
        mem: PersonalMemory, other: ChatStore, backend: str) -> None:
    chat = uuid.uuid4().hex
    assert mem.chats.acquire_lease(chat, "crashed", 0.3)
    assert not other.acquire_lease(chat, "b", 30)
    time.sleep(0.5)
    assert other.acquire_lease(chat, "b", 30)
    assert not mem.chats.renew_lease(chat, "crashed", 30)
    mem.chats.release_lease(chat, "crashed")  # a late release of the old owner frees nothing
    assert not mem.chats.acquire_lease(chat, "c", 30)


def test_renewal_keeps_the_lease_past_its_first_expiry(mem: PersonalMemory, other: ChatStore,
                                                      backend: str) -> None:
    chat = uuid.uuid4().hex
    assert mem.chats.acquire_lease(chat, "a", 0.4)
    time.sleep(0.2)
    assert mem.chats.renew_lease(chat, "a", 30)
    time.sleep(0.4)
    assert not other.acquire_lease(chat, "b", 30)
    assert not other.renew_lease(chat, "b", 30)
    mem.chats.release_lease(chat, "a")
    assert not mem.chats.renew_lease(chat, "a", 30)  # a released lease is never brought back
    assert other.acquire_lease(chat, "b", 30)
