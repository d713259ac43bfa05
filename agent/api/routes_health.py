"""GET /health: is every backend answering? 503 with the failing part named when not."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from agent.api.deps import MemoryDep, SaverDep
from agent.api.errors import error_body
from agent.api.schemas import HealthOut, error_responses

router = APIRouter(tags=["health"])

#: An id no chat or memory has: reading it exercises each backend without touching data.
PROBE_ID = "00000000-0000-0000-0000-000000000000"


@router.get("/health", response_model=HealthOut, responses=error_responses(503))
async def health(mem: MemoryDep, saver: SaverDep) -> HealthOut | JSONResponse:
    """Ping the chat store, the checkpointer and the memory store."""
    probes: dict[str, Callable[[], Awaitable[Any]]] = {
        "chat_store": lambda: run_in_threadpool(mem.chats.ping),
        "checkpointer": lambda: saver.aget_tuple(
            {"configurable": {"thread_id": PROBE_ID, "checkpoint_ns": ""}}),
        "memory_store": lambda: run_in_threadpool(mem.store.get, PROBE_ID),
    }
    # Concurrently: a down MongoDB costs one server-selection timeout, not one per probe.
    # Any exception counts as "down" and is reported by name below, never swallowed.
    results = await asyncio.gather(*(probe() for probe in probes.values()),
                                   return_exceptions=True)
    checks: dict[str, str] = {}
    failed: list[str] = []
    for name, result in zip(probes, results, strict=True):
        if isinstance(result, BaseException):
            checks[name] = f"down: {type(result).__name__}"
            failed.append(f"{name} ({type(result).__name__})")
        else:
            checks[name] = "ok"
    backend = mem.settings.backend
    if failed:
        message = f"Backend unavailable ({backend}): {', '.join(failed)}."
        body = error_body("backend_unavailable", message)
        body["error"]["checks"] = checks
        return JSONResponse(body, status_code=503)
    return HealthOut(status="ok", backend=backend, checks=checks)
