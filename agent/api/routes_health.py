"""GET /health: is every backend answering? 503 with the failing part named when not.

It also says whether the default model is usable (offline: always; a provider: key present,
``OPENAI_BASE_URL`` answering), without calling it. That does not change the status code: the
status is what a container probe acts on, and restarting this server cannot bring back a model
server elsewhere, while memory and chat endpoints keep working without one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from agent.api.deps import MemoryDep, SaverDep
from agent.api.errors import error_body
from agent.api.schemas import HealthOut, ModelHealth, error_responses
from agent.model_check import model_problems
from agent.settings import Settings

router = APIRouter(tags=["health"])

#: An id no chat or memory has: reading it exercises each backend without touching data.
PROBE_ID = "00000000-0000-0000-0000-000000000000"


@router.get("/health", response_model=HealthOut, responses=error_responses(503))
async def health(mem: MemoryDep, saver: SaverDep) -> HealthOut | JSONResponse:
    """Ping the chat store, the checkpointer and the memory store; check the model."""
    probes: dict[str, Callable[[], Awaitable[Any]]] = {
        "chat_store": lambda: run_in_threadpool(mem.chats.ping),
        "checkpointer": lambda: saver.aget_tuple(
            {"configurable": {"thread_id": PROBE_ID, "checkpoint_ns": ""}}),
        "memory_store": lambda: run_in_threadpool(mem.store.get, PROBE_ID),
    }
    # Concurrently: a down MongoDB costs one server-selection timeout, not one per probe.
    # Any exception counts as "down" and is reported by name below, never swallowed.
    model_check = asyncio.create_task(run_in_threadpool(model_health, mem.settings))
    results = await asyncio.gather(*(probe() for probe in probes.values()),
                                   return_exceptions=True)
    model = await model_check
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
        body["error"]["model"] = model.model_dump()
        return JSONResponse(body, status_code=503)
    return HealthOut(status="ok", backend=backend, checks=checks, model=model)


def model_health(settings: Settings) -> ModelHealth:
    """The start-up model check, again: a model server may have gone away since."""
    problems = model_problems(settings)
    return ModelHealth(name=settings.default_model, usable=not problems,
                       detail=" ".join(str(p) for p in problems) or "ok")
