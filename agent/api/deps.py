"""Dependencies every route shares: the memory API, the agent, the caller, ownership checks.

Ownership policy (the same on every endpoint): a chat or memory that does not exist and one
that belongs to someone else both answer 404 ``not_found``, so ids of other users' data can't
be probed. Naming a *user* other than the authenticated one answers 403 ``forbidden``.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Path, Query, Request, Security
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph.state import CompiledStateGraph

from agent.api.auth import Authenticator, acting_user
from agent.api.errors import not_found
from agent.api.schemas import (
    EXAMPLE_CHAT,
    EXAMPLE_MEMORY,
    EXAMPLE_USER,
    MAX_RESOURCE_ID,
    MAX_USER_ID,
    RESOURCE_ID_PATTERN,
    USER_ID_PATTERN,
)
from agent.chats import ChatRecord
from agent.memory.records import MemoryRecord
from agent.personal_memory import PersonalMemory

Agent = CompiledStateGraph[Any, Any, Any, Any]

_api_key = APIKeyHeader(name="X-API-Key", auto_error=False,
                        description="An API key from PERSONALMEM_API_KEYS.")
_bearer = HTTPBearer(auto_error=False,
                     description="An API key, or an HS256 JWT whose 'sub' is the user id.")

UserIdPath = Annotated[str, Path(min_length=1, max_length=MAX_USER_ID, pattern=USER_ID_PATTERN,
                                 examples=[EXAMPLE_USER])]
ChatIdPath = Annotated[str, Path(min_length=1, max_length=MAX_RESOURCE_ID,
                                 pattern=RESOURCE_ID_PATTERN, examples=[EXAMPLE_CHAT])]
MemoryIdPath = Annotated[str, Path(min_length=1, max_length=MAX_RESOURCE_ID,
                                   pattern=RESOURCE_ID_PATTERN, examples=[EXAMPLE_MEMORY])]
UserIdQuery = Annotated[str | None, Query(
    min_length=1, max_length=MAX_USER_ID, pattern=USER_ID_PATTERN, examples=[EXAMPLE_USER],
    description="The caller's user id. Required when auth is off; with auth on it defaults to "
    "the token's user and must match it.")]
Limit = Annotated[int, Query(ge=1, le=200, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip.")]


def memory(request: Request) -> PersonalMemory:
    """The app's ``PersonalMemory`` (built with the app, warmed up by the lifespan)."""
    mem: PersonalMemory = request.app.state.memory
    return mem


def agent(request: Request) -> Agent:
    compiled: Agent = request.app.state.agent
    return compiled


def checkpointer(compiled: Annotated[Agent, Depends(agent)]) -> BaseCheckpointSaver[Any]:
    """The open saver; the lifespan attaches it to the agent before serving requests."""
    saver = compiled.checkpointer
    if not isinstance(saver, BaseCheckpointSaver):
        raise RuntimeError("the agent has no open checkpointer (app lifespan not started)")
    return saver


def authenticator(request: Request) -> Authenticator:
    auth: Authenticator = request.app.state.authenticator
    return auth


def caller(
    auth: Annotated[Authenticator, Depends(authenticator)],
    api_key: Annotated[str | None, Security(_api_key)] = None,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)] = None,
) -> str | None:
    """The authenticated user id, or None when auth is off (401 on a bad credential)."""
    return auth.identify(api_key, bearer.credentials if bearer else None)


MemoryDep = Annotated[PersonalMemory, Depends(memory)]
AgentDep = Annotated[Agent, Depends(agent)]
SaverDep = Annotated[BaseCheckpointSaver[Any], Depends(checkpointer)]
CallerDep = Annotated[str | None, Depends(caller)]


def path_user(user_id: UserIdPath, who: CallerDep) -> str:
    """For /users/{user_id}/...: the path user, who must be the caller when auth is on."""
    return acting_user(who, user_id)


def query_user(who: CallerDep, user_id: UserIdQuery = None) -> str:
    """For endpoints addressed by a chat or memory id: the caller's user id."""
    return acting_user(who, user_id)


PathUser = Annotated[str, Depends(path_user)]
QueryUser = Annotated[str, Depends(query_user)]


def owned_chat(mem: PersonalMemory, chat_id: str, user_id: str) -> ChatRecord:
    """The chat if ``user_id`` owns it; 404 otherwise (see the module docstring).

    Like every store call it blocks: async routes run it with ``run_in_threadpool``.
    """
    chat = mem.chats.get(chat_id)
    if chat is None or chat.user_id != user_id:
        raise not_found("Chat", chat_id)
    return chat


def owned_memory(mem: PersonalMemory, memory_id: str, user_id: str) -> MemoryRecord:
    """The memory if ``user_id`` owns it; 404 otherwise. mem0 itself deletes by id alone."""
    if mem.store.owner_of(memory_id) != user_id:
        raise not_found("Memory", memory_id)
    record = mem.store.get(memory_id)
    if record is None:
        raise not_found("Memory", memory_id)
    return record
