"""A user's memories: list, export, explicit save, delete one, audit trail, opt out.

mem0 addresses memories by id alone, so every by-id endpoint checks the owner first
(``owned_memory``). The routes are plain ``def``: store calls block, FastAPI runs them in its
thread pool.
"""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from agent.api.deps import (
    Limit,
    MemoryDep,
    MemoryIdPath,
    Offset,
    PathUser,
    QueryUser,
    owned_memory,
)
from agent.api.errors import ApiError, not_found
from agent.api.schemas import (
    Deleted,
    HistoryEntry,
    MemoryEventOut,
    MemoryExport,
    MemoryHistory,
    MemoryOut,
    MemoryPage,
    OptOutResponse,
    RememberRequest,
    RememberResponse,
    error_responses,
)
from agent.memory.store import MemoryNotFound

router = APIRouter(tags=["memories"])


@router.get("/users/{user_id}/memories", response_model=MemoryPage,
            responses=error_responses(401, 403, 422, 503))
def list_memories(user: PathUser, mem: MemoryDep, limit: Limit = 50, offset: Offset = 0
                  ) -> MemoryPage:
    """The user's memories, oldest first, with category, sensitivity, source chat and times."""
    records = mem.store.list(user)
    page = records[offset:offset + limit]
    return MemoryPage(items=[MemoryOut(**r.as_dict()) for r in page], total=len(records),
                      limit=limit, offset=offset)


@router.get("/users/{user_id}/memories/export", response_model=MemoryExport,
            responses=error_responses(401, 403, 422, 503))
def export_memories(user: PathUser, mem: MemoryDep) -> JSONResponse:
    """Everything remembered about the user, as a JSON file download."""
    records = mem.store.list(user)
    export = MemoryExport(user_id=user, exported_at=datetime.now(UTC).isoformat(),
                          count=len(records), memories=[MemoryOut(**r.as_dict()) for r in records])
    filename = f"personalmem-memories-{user}.json"
    return JSONResponse(export.model_dump(), headers={
        "Content-Disposition": f'attachment; filename="{filename}"'})


@router.post("/users/{user_id}/memories", response_model=RememberResponse,
             responses=error_responses(401, 403, 422, 503))
def remember(body: RememberRequest, user: PathUser, mem: MemoryDep) -> RememberResponse:
    """Save a fact the user explicitly asked to keep. Secrets are refused with a 422.

    An empty ``memory_events`` means the fact was already remembered.
    """
    outcome = mem.remember(user, body.fact, created_by="api")
    if outcome.refusals and not outcome.events:
        raise ApiError(422, "refused", " ".join(outcome.refusals))
    return RememberResponse(user_id=user, memory_events=[MemoryEventOut(**e.as_dict())
                                                         for e in outcome.events])


@router.delete("/users/{user_id}/memories", response_model=OptOutResponse,
               responses=error_responses(401, 403, 422, 503))
def opt_out(user: PathUser, mem: MemoryDep) -> OptOutResponse:
    """Opt out: delete every memory of the user, and the evidence kept about their interests."""
    return OptOutResponse(user_id=user, deleted=mem.forget_all(user))


@router.delete("/memories/{memory_id}", response_model=Deleted, responses=error_responses())
def delete_memory(memory_id: MemoryIdPath, user: QueryUser, mem: MemoryDep) -> Deleted:
    """Delete one of the caller's memories."""
    record = owned_memory(mem, memory_id, user)
    try:
        mem.store.delete(record.id)
    except MemoryNotFound as exc:  # deleted by a concurrent request since the check
        raise not_found("Memory", memory_id) from exc
    return Deleted(id=record.id, deleted=True)


@router.get("/memories/{memory_id}/history", response_model=MemoryHistory,
            responses=error_responses())
def memory_history(memory_id: MemoryIdPath, user: QueryUser, mem: MemoryDep
                   ) -> MemoryHistory:
    """mem0's audit trail of one of the caller's memories (ADD / UPDATE rows, old and new text).

    A deleted memory has no owner left to check, so its trail is no longer served.
    """
    record = owned_memory(mem, memory_id, user)
    entries = [HistoryEntry(**row) for row in mem.store.history(record.id)]
    return MemoryHistory(memory_id=record.id, entries=entries)
