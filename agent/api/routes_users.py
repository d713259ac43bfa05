"""Per-user settings (the memory switch) and the memory context a chat's next turn would use."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from starlette.concurrency import run_in_threadpool

from agent.api.deps import AgentDep, ChatIdPath, PathUser, ServicesDep, owned_chat
from agent.api.schemas import (
    MAX_QUERY,
    MemoryContextOut,
    MemoryOut,
    UserSettingsIn,
    UserSettingsOut,
    error_responses,
)
from agent.api.transcript import last_user_text
from agent.runner import chat_messages
from agent.services import Services
from graph import memory_context, render_system_prompt

router = APIRouter(tags=["users"])


@router.get("/users/{user_id}/settings", response_model=UserSettingsOut,
            responses=error_responses(401, 403, 422, 503))
def get_user_settings(user: PathUser, services: ServicesDep) -> UserSettingsOut:
    """The user's memory switch (on unless the user turned it off)."""
    return UserSettingsOut(user_id=user, memory_enabled=services.chats.memory_enabled(user))


@router.put("/users/{user_id}/settings", response_model=UserSettingsOut,
            responses=error_responses(401, 403, 422, 503))
def put_user_settings(body: UserSettingsIn, user: PathUser, services: ServicesDep
                      ) -> UserSettingsOut:
    """Turn the user's memory on or off. Off: turns neither read nor write memory (what is
    already remembered stays until deleted or opted out)."""
    services.chats.set_memory_enabled(user, body.memory_enabled)
    return UserSettingsOut(user_id=user, memory_enabled=body.memory_enabled)


@router.get("/users/{user_id}/context/{chat_id}", response_model=MemoryContextOut,
            responses=error_responses())
async def get_memory_context(
    user: PathUser, chat_id: ChatIdPath, services: ServicesDep, agent: AgentDep,
    query: Annotated[str | None, Query(max_length=MAX_QUERY, description=(
        "What the next user message would be; defaults to the chat's last user message."))]
    = None,
) -> MemoryContextOut:
    """The memories and rendered system prompt the agent would use in this chat."""
    chat = await run_in_threadpool(owned_chat, services, chat_id, user)
    text = query if query is not None else last_user_text(await chat_messages(agent, chat.id))
    memory_on, memories = await run_in_threadpool(_context, services, user, chat.temporary, text)
    return MemoryContextOut(user_id=user, chat_id=chat.id, query=text, memory_enabled=memory_on,
                            memories=memories,
                            system_prompt=render_system_prompt(
                                [m.model_dump() for m in memories], memory_on))


def _context(services: Services, user: str, temporary: bool, query: str
             ) -> tuple[bool, list[MemoryOut]]:
    """Same rule as the graph's pre-step: no memory for temporary chats or a user with it off."""
    memory_on = not temporary and services.chats.memory_enabled(user)
    if not memory_on:
        return False, []
    records = memory_context(user, query, services.settings.memory_search_limit)
    return True, [MemoryOut(**r.as_dict()) for r in records]
