"""``chat_lease``: waiting, rejecting, giving up, renewing and releasing, on SQLite files.

Each test opens two stores on one file, as two server processes would.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent.chat_lease import ChatBusy, chat_lease
from agent.chats import SqliteChatStore


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[tuple[SqliteChatStore, SqliteChatStore]]:
    first = SqliteChatStore(tmp_path / "chats.sqlite")
    second = SqliteChatStore(tmp_path / "chats.sqlite")
    yield first, second
    first.close()
    second.close()


async def test_enqueue_waits_for_the_holder_and_runs_after_it(
        stores: tuple[SqliteChatStore, SqliteChatStore]) -> None:
    a, b = stores
    order: list[str] = []

    async def write(store: SqliteChatStore, name: str, hold: float) -> None:
        async with chat_lease(store, "chat", "enqueue"):
            order.append(f"{name} in")
            await asyncio.sleep(hold)
            order.append(f"{name} out")

    first = asyncio.create_task(write(a, "first", 0.3))
    await asyncio.sleep(0.05)
    await asyncio.gather(first, write(b, "second", 0))
    assert order == ["first in", "first out", "second in", "second out"]


async def test_many_writers_never_overlap(stores: tuple[SqliteChatStore, SqliteChatStore]
                                          ) -> None:
    inside = 0
    most = 0

    async def write(store: SqliteChatStore) -> None:
        nonlocal inside, most
        async with chat_lease(store, "chat"):
            inside += 1
            most = max(most, inside)
            await asyncio.sleep(0.01)
            inside -= 1

    await asyncio.gather(*(write(stores[i % 2]) for i in range(12)))
    assert most == 1


async def test_reject_fails_at_once_with_a_clear_message(
        stores: tuple[SqliteChatStore, SqliteChatStore]) -> None:
    a, b = stores
    async with chat_lease(a, "chat"):
        start = time.monotonic()
        with pytest.raises(ChatBusy, match="busy with another request.*'reject'") as busy:
            async with chat_lease(b, "chat", "reject"):
                pytest.fail("a busy chat was entered")
        assert time.monotonic() - start < 0.5
        assert busy.value.chat_id == "chat" and busy.value.strategy == "reject"
    async with chat_lease(b, "chat", "reject"):  # free again once the holder left
        pass


async def test_enqueue_gives_up_after_the_wait_without_blocking_the_loop(
        stores: tuple[SqliteChatStore, SqliteChatStore]) -> None:
    a, b = stores
    ticks = 0

    async def tick() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    ticker = asyncio.create_task(tick())
    try:
        async with chat_lease(a, "chat"):
            start = time.monotonic()
            with pytest.raises(ChatBusy, match="still busy after waiting"):
                async with chat_lease(b, "chat", wait_seconds=0.5):
                    pytest.fail("a busy chat was entered")
            waited = time.monotonic() - start
    finally:
        ticker.cancel()
    assert 0.5 <= waited < 1.5
    assert ticks >= 20  # the loop kept running while the request waited


async def test_the_lease_is_renewed_while_held_and_released_on_error(
        stores: tuple[SqliteChatStore, SqliteChatStore]) -> None:
    a, b = stores
    with pytest.raises(RuntimeError, match="turn failed"):
        async with chat_lease(a, "chat", ttl_seconds=0.3):
            await asyncio.sleep(0.8)  # well past the first expiry
            assert not b.acquire_lease("chat", "other", 30)
            raise RuntimeError("turn failed")
    assert b.acquire_lease("chat", "other", 30)


async def test_a_crashed_holder_blocks_the_chat_only_until_expiry(
        stores: tuple[SqliteChatStore, SqliteChatStore]) -> None:
    a, b = stores
    assert a.acquire_lease("chat", "crashed-process", 0.3)  # never renewed, never released
    start = time.monotonic()
    async with chat_lease(b, "chat", wait_seconds=5):
        assert 0.2 <= time.monotonic() - start < 2


async def test_a_release_the_backend_refuses_is_retried_until_it_is_back(
        stores: tuple[SqliteChatStore, SqliteChatStore], monkeypatch: pytest.MonkeyPatch
        ) -> None:
    """The turn's outcome stands (no error for a turn that ran), and the chat is free again
    soon after the backend returns, not only once the lease expires."""
    a, b = stores
    monkeypatch.setattr("agent.chat_lease.RELEASE_RETRY_SECONDS", 0.05)
    real_release = a.release_lease
    down = True

    def release(chat_id: str, owner: str) -> None:
        if down:
            raise ConnectionError("backend down")
        real_release(chat_id, owner)

    monkeypatch.setattr(a, "release_lease", release)
    async with chat_lease(a, "chat", ttl_seconds=30):
        pass  # leaving the block raises nothing although the release failed
    assert not b.acquire_lease("chat", "other", 30)  # still held: the release did not happen
    down = False
    for _ in range(40):
        await asyncio.sleep(0.05)
        if b.acquire_lease("chat", "other", 30):
            break
    else:
        raise AssertionError("the lease was not released once the backend was back")
