"""Assemble the FastAPI app: routers, error handlers, LangServe mount and the lifespan.

The graph is compiled once, when the app is built, so LangServe's routes and the OpenAPI
schema exist from import on. Its checkpointer can only be opened inside the running event
loop (``AsyncSqliteSaver`` binds to it), so the lifespan opens it and attaches it to that
same compiled graph for the life of the server.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.metadata import version

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from agent.api import routes_chats, routes_health, routes_memories, routes_turns, routes_users
from agent.api.auth import Authenticator
from agent.api.body_limits import BodyLimits
from agent.api.docs_pages import install_docs
from agent.api.errors import install_error_handlers
from agent.api.langserve_routes import mount_agent
from agent.api.web_page import install_web_page
from agent.assistant import build_graph
from agent.checkpointer import open_checkpointer
from agent.config_check import require_config
from agent.personal_memory import PersonalMemory
from agent.settings import Settings, get_settings

log = logging.getLogger("personalmem.api")

DESCRIPTION = """A chat agent with per-chat history and per-user personal memory.

**Auth.** Off unless `PERSONALMEM_API_KEYS` or `PERSONALMEM_JWT_SECRET` is set. When on, send
`X-API-Key: <key>` or `Authorization: Bearer <key or JWT>`; the caller's user id comes from
the credential, and naming another user in a path, body or query is a **403**. When off (local
development only), endpoints addressed by a chat or memory id need the caller's `user_id`.

**Ownership.** A chat or memory of another user answers **404**, exactly like an unknown id,
so ids cannot be probed.

**Health.** `GET /health` needs no credentials (for container probes) and reveals no data.

**Errors.** Always `{"error": {"code": "...", "message": "..."}}`: 401, 403, 404, 422 for bad
input (including text with NUL characters and JSON nested deeper than 64 levels, on every
route), 503 when a backend is down.

**LangServe.** The graph itself is under `/agent` (invoke, batch, stream, stream_events; no
playground: its form cannot draw the graph's state schema, use the web page at `/`). Name the
chat with `config.configurable.thread_id` or `X-Chat-Id`, the user (auth off) with
`config.configurable.user_id` or `X-User-Id`."""

OPEN_API_WARNING = (
    "AUTH IS OFF: the PersonalMem API is open to anyone who can reach it, and any caller can "
    "act as any user. Fine for local development on 127.0.0.1 only; set PERSONALMEM_API_KEYS "
    "or PERSONALMEM_JWT_SECRET before exposing it."
)


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the app from the settings (the process settings by default).

    The configuration is checked first, so a server that starts can reach what it needs:
    raises ``ConfigError`` naming each problem and its fix, within seconds.
    """
    settings = settings or get_settings()
    require_config(settings)
    authenticator = Authenticator.from_settings(settings)
    mem = PersonalMemory(settings=settings)
    agent = build_graph(None, mem)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if not authenticator.enabled:
            log.warning("%s\n%s\n%s", "!" * 78, OPEN_API_WARNING, "!" * 78)
        # Load the embedder and connect the stores now, not on the first request.
        await run_in_threadpool(mem.warm_up)
        async with open_checkpointer(settings) as saver:
            agent.checkpointer = saver
            try:
                yield
            finally:
                agent.checkpointer = None
                mem.close()

    app = FastAPI(title="PersonalMem API", version=version("personalmem"),
                  description=DESCRIPTION, lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.agent = agent
    app.state.memory = mem
    app.state.authenticator = authenticator
    app.add_middleware(BodyLimits)
    install_error_handlers(app)
    install_docs(app)
    install_web_page(app)
    for module in (routes_health, routes_chats, routes_turns, routes_memories, routes_users):
        app.include_router(module.router)
    mount_agent(app, agent)
    return app
