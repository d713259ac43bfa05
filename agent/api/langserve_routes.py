"""The graph under /agent with plain LangServe (invoke, batch, stream, stream_events).

LangServe's playground is not served: its form renderer cannot draw the graph's state schema
(it stops with ``Unknown type: {"type":"null"}`` on the nullable fields) and it would show
each run's full state; the web page at ``/`` and LangGraph Studio are the ways to try the agent.

LangServe 0.3 validates ``config`` against the runnable's config schema, which LangGraph 1.x
leaves empty, so a client's ``configurable.thread_id`` would be dropped and the run would fail
without a thread. ``configure_run`` rebuilds ``configurable`` from the raw request instead:
the chat id from ``config.configurable.thread_id`` or the ``X-Chat-Id`` header, the user from
the credentials (auth on) or ``config.configurable.user_id`` / ``X-User-Id`` (auth off). Only
keys we set reach the graph, so a client cannot switch memory back on in a temporary chat.
The chat must be the caller's; an unknown chat id is created for the caller on first use.
LangServe checks the input's shape, not its size, so ``configure_run`` also holds every input
message to ``MAX_MESSAGE_CHARS``, the cap of the REST API, the CLI and the library.

A run writes the chat's history, so ``configure_run`` also takes the chat's lease
(``agent.chat_lease``, the server's ``PERSONALMEM_MULTITASK_STRATEGY``): LangServe gives no
hook around the run itself, so the lease is entered into a per-request exit stack that
``ChatLeases``, an ASGI middleware, closes once the response (a stream too) has been sent.
A batch runs its inputs at once, all in the one chat, which would fork its history, so a
batch takes a single input.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from contextlib import AsyncExitStack
from typing import Any

from fastapi import Depends, FastAPI, Request
from langchain_core.messages import convert_to_messages
from langserve import add_routes
from langserve.server import EndpointName
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from agent.api.auth import acting_user, valid_user_id
from agent.api.deps import Agent, CallerDep
from agent.api.errors import invalid, not_found
from agent.api.model_choice import checked_model
from agent.api.schemas import MAX_RESOURCE_ID, RESOURCE_ID_PATTERN
from agent.chat_lease import chat_lease
from agent.chats import ChatRecord
from agent.limits import MAX_MESSAGE_CHARS
from agent.messages import message_text
from agent.personal_memory import PersonalMemory

PATH = "/agent"
ENDPOINTS: list[EndpointName] = ["invoke", "batch", "stream", "stream_events", "input_schema",
                                  "output_schema", "config_schema"]
_CHAT_ID = re.compile(RESOURCE_ID_PATTERN)
#: The request scope key of the exit stack that holds the request's chat lease.
LEASES = "personalmem.chat_leases"


def mount_agent(app: FastAPI, agent: Agent) -> None:
    add_routes(app, agent, path=PATH, per_req_config_modifier=configure_run,
               enabled_endpoints=ENDPOINTS, dependencies=[Depends(_authenticate)])
    app.add_middleware(ChatLeases)


class ChatLeases:
    """Give each /agent request an exit stack for its chat lease; close it (releasing the
    lease) once the response has been sent or the request failed."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not str(scope.get("path", "")).startswith(f"{PATH}/"):
            await self.app(scope, receive, send)
            return
        async with AsyncExitStack() as stack:
            scope[LEASES] = stack
            await self.app(scope, receive, send)


def _authenticate(request: Request, who: CallerDep) -> None:
    """Check credentials on every /agent route (401 before LangServe reads the body) and keep
    the caller for ``configure_run``, which LangServe calls with the bare request."""
    request.state.caller = who


async def configure_run(config: dict[str, Any], request: Request) -> dict[str, Any]:
    """Set the run's thread id, user and memory switches from the request (see module doc)."""
    token_user: str | None = request.state.caller
    body = await request.json()
    _check_inputs(body)
    requested = _client_configurable(body)
    claimed = _text(requested, "user_id") or request.headers.get("x-user-id")
    if claimed is not None and not valid_user_id(claimed):
        raise invalid("user_id: invalid user id.")
    user = acting_user(token_user, claimed, "config.configurable.user_id or X-User-Id header")
    chat_id = _text(requested, "thread_id") or request.headers.get("x-chat-id")
    if not chat_id:
        raise invalid("A chat id is required: config.configurable.thread_id or the X-Chat-Id "
                      "header.")
    if len(chat_id) > MAX_RESOURCE_ID or not _CHAT_ID.match(chat_id):
        raise invalid("thread_id: invalid chat id.")
    model = checked_model(_text(requested, "model"))
    mem: PersonalMemory = request.app.state.memory
    chat, memory_on = await run_in_threadpool(_chat_for_run, mem, chat_id, user)
    await _hold_lease(request, mem, chat.id)
    configurable: dict[str, Any] = {"thread_id": chat.id, "user_id": user,
                                    "temporary": chat.temporary, "memory_enabled": memory_on}
    if model is not None:
        configurable["model"] = model
    return {**config, "configurable": configurable}


async def _hold_lease(request: Request, mem: PersonalMemory, chat_id: str) -> None:
    """Hold the chat's lease until ``ChatLeases`` closes the request's stack (see module doc).

    LangServe calls ``configure_run`` once per config, and a batch takes one input, so a
    request reaches here once.
    """
    stack = request.scope.get(LEASES)
    if not isinstance(stack, AsyncExitStack):
        raise RuntimeError("ChatLeases middleware missing: mount /agent with mount_agent()")
    await stack.enter_async_context(
        chat_lease(mem.chats, chat_id, mem.settings.multitask_strategy))


def _chat_for_run(mem: PersonalMemory, chat_id: str, user: str) -> tuple[ChatRecord, bool]:
    """The user's chat for this thread, created on first use (LangServe clients pick ids)."""
    chat = mem.chats.get(chat_id)
    if chat is None:
        chat = mem.chats.create(user, chat_id=chat_id)
    elif chat.user_id != user:
        raise not_found("Chat", chat_id)
    return chat, mem.chats.memory_enabled(user)


def _check_inputs(body: Any) -> None:
    """422 when a message of the input (``input``, or batch ``inputs``) is over the cap, or a
    batch has more than one input (they would run at once in one chat: see module doc)."""
    runs = body.get("inputs") if isinstance(body, dict) else None
    if not isinstance(runs, list):
        runs = [body.get("input") if isinstance(body, dict) else None]
    for run_input in runs:
        messages = run_input.get("messages") if isinstance(run_input, dict) else None
        try:
            parsed = convert_to_messages(messages) if isinstance(messages, list) else []
        except (ValueError, TypeError, KeyError, NotImplementedError):
            continue  # a malformed message: LangServe's own validation answers 422 for it
        for index, message in enumerate(parsed):
            if len(message_text(message)) > MAX_MESSAGE_CHARS:
                raise invalid(f"input.messages.{index}.content: a message may have at most "
                              f"{MAX_MESSAGE_CHARS} characters.")
    if len(runs) > 1:
        raise invalid("inputs: a batch runs its inputs at once, all in the one chat, which "
                      "takes one write at a time; send one input per request.")


def _client_configurable(body: Any) -> Mapping[str, Any]:
    """``config.configurable`` of the body, as the client sent it (LangServe dropped it)."""
    config = body.get("config") if isinstance(body, dict) else None
    configurable = config.get("configurable") if isinstance(config, dict) else None
    return configurable if isinstance(configurable, dict) else {}


def _text(values: Mapping[str, Any], key: str) -> str | None:
    value = values.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise invalid(f"config.configurable.{key} must be a string.")
    return value

