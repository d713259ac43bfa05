"""Per-user settings (the memory switch) and the memory context a chat's next turn would use."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from starlette.concurrency import run_in_threadpool

from agent.api.deps import AgentDep, ChatIdPath, MemoryDep, PathUser, owned_chat
from agent.api.schemas import (
    MAX_QUERY,
    MemoryContextOut,
    MemoryOut,
    UserSettingsIn,
    UserSettingsOut,
    error_responses,
)
from agent.api.transcript import last_user_text
from agent.nodes import render_memory_context, render_system_prompt
from agent.runner import chat_messages

router = APIRouter(tags=["users"])


@router.get("/users/{user_id}/settings", response_model=UserSettingsOut,
            responses=error_responses(401, 403, 422, 503))
def get_user_settings(user: PathUser, mem: MemoryDep) -> UserSettingsOut:
    """The user's memory switch (on unless the user turned it off)."""
    return UserSettingsOut(user_id=user, memory_enabled=mem.chats.memory_enabled(user))


@router.put("/users/{user_id}/settings", response_model=UserSettingsOut,
            responses=error_responses(401, 403, 422, 503))
def put_user_settings(body: UserSettingsIn, user: PathUser, mem: MemoryDep
                      ) -> UserSettingsOut:
    """Turn the user's memory on or off. Off: turns neither read nor write memory (what is
    already remembered stays until deleted or opted out)."""
    mem.chats.set_memory_enabled(user, body.memory_enabled)
    return UserSettingsOut(user_id=user, memory_enabled=body.memory_enabled)


@router.get("/users/{user_id}/context/{chat_id}", response_model=MemoryContextOut,
            responses=error_responses())
async def get_memory_context(
    user: PathUser, chat_id: ChatIdPath, mem: MemoryDep, agent: AgentDep,
    query: Annotated[str | None, Query(max_length=MAX_QUERY, description=(
        "What the next user message would be; defaults to the chat's last user message."))]
    = None,
) -> MemoryContextOut:
    """The memories and rendered system prompt the agent would use in this chat."""
    chat = await run_in_threadpool(owned_chat, mem, chat_id, user)
    text = query if query is not None else last_user_text(await chat_messages(agent, chat.id))
    run = await run_in_threadpool(mem.resolve_run, user_id=user, chat_id=chat.id,
                                  temporary=chat.temporary)
    records = await run_in_threadpool(mem.context_for, user, text) if run.memory_on else []
    return MemoryContextOut(user_id=user, chat_id=chat.id, query=text,
                            memory_enabled=run.memory_on,
                            memories=[MemoryOut(**r.as_dict()) for r in records],
                            system_prompt=render_system_prompt(
                                render_memory_context(records, run.memory_on)))

