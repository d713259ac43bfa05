"""One writer at a time per chat: a lease kept in the chat store's backend.

A chat's history is a LangGraph thread. Two writes that start from the same checkpoint (two
turns, or an appended message and a turn) each save a child of it: the thread forks, only the
newest branch is read back, and every other message is lost although each request answered
200. So every write to a chat's history holds the chat's lease. The lease is a row (SQLite)
or a document (MongoDB) in the chat store, not a lock in memory, so it also orders writes from
several processes on one database.

A lease has an owner token and an expiry. The holder renews it while a long turn runs (for at
most ``MAX_HOLD_SECONDS``), so a process that dies holding one blocks its chat for at most
``TTL_SECONDS``, and no holder can block it for good. A busy chat is handled like LangGraph
Platform's ``multitask_strategy``: ``enqueue`` (the default) waits for the lease, polling with
a short backoff for at most ``WAIT_SECONDS``; ``reject`` gives up at once. Either way a request
that does not get the lease raises ``ChatBusy`` (the API answers 409) and writes nothing.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from agent.chats import ChatStore

log = logging.getLogger("personalmem.lease")

MultitaskStrategy = Literal["enqueue", "reject"]

#: A lease not renewed for this long is free: the most a crashed holder blocks its chat.
#: Shorter than ``WAIT_SECONDS``, so a request queued behind a crashed holder still runs; the
#: holder renews every third of it, so only a process stalled this long loses its lease.
TTL_SECONDS = 15.0
#: How long ``enqueue`` waits for a busy chat before giving up.
WAIT_SECONDS = 30.0
#: Renewal stops after this long, so even a holder that never ends frees its chat.
MAX_HOLD_SECONDS = 600.0
#: Polling backoff while waiting: from the first to the longest pause between tries.
FIRST_POLL_SECONDS = 0.005
MAX_POLL_SECONDS = 0.1
#: Pause between tries to release a lease the backend refused to release.
RELEASE_RETRY_SECONDS = 1.0


class ChatBusy(Exception):
    """Another request holds the chat's lease (``reject``), or still did after the wait."""

    def __init__(self, chat_id: str, strategy: MultitaskStrategy, waited: float) -> None:
        if strategy == "reject":
            message = (f"Chat '{chat_id}' is busy with another request and multitask_strategy "
                       "is 'reject'; retry once that request has finished, or use 'enqueue' "
                       "to wait for it.")
        else:
            message = (f"Chat '{chat_id}' was still busy after waiting {waited:.0f} s for the "
                       "requests before this one; nothing was written, try again.")
        super().__init__(message)
        self.chat_id = chat_id
        self.strategy = strategy
        self.message = message


@asynccontextmanager
async def chat_lease(store: ChatStore, chat_id: str, strategy: MultitaskStrategy = "enqueue",
                     *, wait_seconds: float = WAIT_SECONDS, ttl_seconds: float = TTL_SECONDS
                     ) -> AsyncIterator[None]:
    """Hold the chat's lease for the block; raise ``ChatBusy`` when it can't be had.

    Store calls block, so they run in a thread: waiting never blocks the event loop.
    """
    owner = uuid.uuid4().hex
    await _acquire(store, chat_id, owner, strategy, wait_seconds, ttl_seconds)
    keeper = asyncio.create_task(_renew(store, chat_id, owner, ttl_seconds))
    try:
        yield
    finally:
        keeper.cancel()
        # Renewal only extends a lease this owner still holds, so a renewal still running in
        # its thread cannot bring the lease back after this release.
        await _release(store, chat_id, owner, ttl_seconds)


#: Releases still being retried in the background (a task needs a reference to live).
_PENDING_RELEASES: set[asyncio.Task[None]] = set()


async def _release(store: ChatStore, chat_id: str, owner: str, ttl_seconds: float) -> None:
    """Release now; if the backend is down, keep trying in the background until the lease
    would have expired anyway.

    A failed release never fails the request: the turn's outcome (saved or not) is already
    decided, and reporting an error for a saved turn would invite a retry that duplicates
    it. Retrying frees the chat as soon as the backend is back instead of after the TTL.
    """
    try:
        await asyncio.to_thread(store.release_lease, chat_id, owner)
    except Exception as exc:  # noqa: BLE001 - any backend failure: retried below
        log.warning("could not release the lease on chat %s (%s); retrying in the background",
                    chat_id, exc)
        task = asyncio.create_task(_release_later(store, chat_id, owner, ttl_seconds))
        _PENDING_RELEASES.add(task)
        task.add_done_callback(_PENDING_RELEASES.discard)


async def _release_later(store: ChatStore, chat_id: str, owner: str, ttl_seconds: float
                         ) -> None:
    deadline = time.monotonic() + ttl_seconds
    while time.monotonic() < deadline:
        await asyncio.sleep(RELEASE_RETRY_SECONDS)
        try:
            await asyncio.to_thread(store.release_lease, chat_id, owner)
            return
        except Exception:  # noqa: BLE001, S112 - still down: try again until the TTL
            continue


async def _acquire(store: ChatStore, chat_id: str, owner: str, strategy: MultitaskStrategy,
                   wait_seconds: float, ttl_seconds: float) -> None:
    start = time.monotonic()
    pause = FIRST_POLL_SECONDS
    while not await asyncio.to_thread(store.acquire_lease, chat_id, owner, ttl_seconds):
        left = start + wait_seconds - time.monotonic()
        if strategy == "reject" or left <= 0:
            raise ChatBusy(chat_id, strategy, time.monotonic() - start)
        # Jitter, so waiters that started together don't keep trying together.
        await asyncio.sleep(min(pause * random.uniform(0.5, 1.0), left))
        pause = min(pause * 2, MAX_POLL_SECONDS)


async def _renew(store: ChatStore, chat_id: str, owner: str, ttl_seconds: float) -> None:
    deadline = time.monotonic() + MAX_HOLD_SECONDS
    while time.monotonic() < deadline:
        await asyncio.sleep(ttl_seconds / 3)
        try:
            held = await asyncio.to_thread(store.renew_lease, chat_id, owner, ttl_seconds)
        except Exception:  # noqa: BLE001 - a backend blip: the next renewal may succeed
            log.warning("could not renew the lease on chat %s", chat_id, exc_info=True)
            continue
        if not held:
            log.warning("lease on chat %s expired while held (stalled > %s s)", chat_id,
                        ttl_seconds)
            return
    log.warning("lease on chat %s held over %s s; no longer renewed", chat_id,
                MAX_HOLD_SECONDS)
