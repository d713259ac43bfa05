"""Agent turns: one user message in, the agent's reply and memory events out.

Both endpoints build the run's ``Context`` from the chat and the user's settings, never from
anything global: a temporary chat or a user with memory off gets a run that neither reads nor
writes memory. Turns on one chat run one at a time (``agent.chat_lease``): a busy chat makes
the request wait or, with ``multitask_strategy: "reject"``, answers 409 ``chat_busy``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter
from sse_starlette import EventSourceResponse, ServerSentEvent
from starlette.concurrency import run_in_threadpool

from agent.api.auth import acting_user
from agent.api.deps import AgentDep, CallerDep, ChatIdPath, MemoryDep, owned_chat
from agent.api.errors import BACKEND_ERRORS, ApiError, backend_message, error_body
from agent.api.model_choice import checked_model
from agent.api.schemas import CHAT_WRITE_ERRORS, TurnRequest, TurnResponse, error_responses
from agent.chat_lease import MultitaskStrategy
from agent.models import ModelConfigError
from agent.personal_memory import PersonalMemory
from agent.run import Run
from agent.runner import TurnResult, run_turn, stream_turn

log = logging.getLogger("personalmem.api")
router = APIRouter(tags=["turns"])

_STREAM_DOC = """Server-Sent Events:

* `token` (repeated): `{"text": "..."}`, the reply as the model writes it;
* `done` (last): the same body as the non-streaming endpoint (`reply`, `memory_events`,
  `memory_notices`, `memories_used`);
* `error` (instead of `done` if the run fails after the stream started): the error body.

Ownership and input errors, and a busy chat (409 `chat_busy`), are reported before the stream
starts, as normal JSON errors."""


def _turn_context(mem: PersonalMemory, body: TurnRequest, who: str | None, chat_id: str
                  ) -> Run:
    """Check who may use the chat and build the run's context (blocking store calls)."""
    user = acting_user(who, body.user_id)
    chat = owned_chat(mem, chat_id, user)
    return mem.resolve_run(user_id=user, chat_id=chat.id, model=checked_model(body.model),
                           temporary=chat.temporary)


def _strategy(mem: PersonalMemory, body: TurnRequest) -> MultitaskStrategy:
    return body.multitask_strategy or mem.settings.multitask_strategy


def _response(chat_id: str, result: TurnResult) -> TurnResponse:
    return TurnResponse.model_validate({"chat_id": chat_id, "reply": result.reply,
                                        "memory_events": result.memory_events,
                                        "memory_notices": result.memory_notices,
                                        "memories_used": result.memories_used})


@router.post("/chats/{chat_id}/turn", response_model=TurnResponse,
             responses=error_responses(*CHAT_WRITE_ERRORS))
async def run_chat_turn(chat_id: ChatIdPath, body: TurnRequest, mem: MemoryDep,
                        agent: AgentDep, who: CallerDep) -> TurnResponse:
    """Run one full agent turn: recall memories, answer, apply the memory write policy."""
    context = await run_in_threadpool(_turn_context, mem, body, who, chat_id)
    result = await run_turn(agent, chats=mem.chats, chat_id=chat_id, context=context,
                            message=body.message, strategy=_strategy(mem, body))
    await run_in_threadpool(mem.chats.touch, chat_id, body.message)
    return _response(chat_id, result)


@router.post("/chats/{chat_id}/turn/stream", description=_STREAM_DOC,
             response_class=EventSourceResponse,
             responses={200: {"content": {"text/event-stream": {}},
                              "description": "token events, then done"},
                        **error_responses(*CHAT_WRITE_ERRORS)})
async def stream_chat_turn(chat_id: ChatIdPath, body: TurnRequest, mem: MemoryDep,
                           agent: AgentDep, who: CallerDep) -> EventSourceResponse:
    """The same turn as Server-Sent Events: ``token`` events, then ``done``."""
    context = await run_in_threadpool(_turn_context, mem, body, who, chat_id)
    stream = stream_turn(agent, chats=mem.chats, chat_id=chat_id, context=context,
                         message=body.message, strategy=_strategy(mem, body))
    await anext(stream)  # "started": the chat's lease is held (or ChatBusy, a JSON 409)

    async def events() -> AsyncIterator[ServerSentEvent]:
        try:
            async for kind, payload in stream:
                if kind == "token":
                    yield _event("token", {"text": payload})
                elif kind == "done":
                    await run_in_threadpool(mem.chats.touch, chat_id, body.message)
                    yield _event("done", _response(chat_id, payload).model_dump())
        except BACKEND_ERRORS as exc:
            yield _event("error", error_body("backend_unavailable", backend_message(exc)))
        except ModelConfigError as exc:
            yield _event("error", error_body("model_unavailable", str(exc)))
        except ApiError as exc:
            yield _event("error", error_body(exc.code, exc.message))
        except Exception:  # the 200 is already sent: report in-band, and log the traceback
            log.exception("turn stream failed in chat %s", chat_id)
            yield _event("error", error_body("internal_error", "Internal server error."))

    return EventSourceResponse(events())


def _event(name: str, data: dict[str, Any]) -> ServerSentEvent:
    return ServerSentEvent(event=name, data=json.dumps(data))
