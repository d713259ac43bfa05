"""Chats: create, list, read history, append user/assistant messages, delete.

Messages live in the checkpointer (thread id == chat id); chat metadata lives in the chat
store. Appending a message writes a checkpoint as if the graph's last node had produced it,
so the model is not run and the next turn sees the message as ordinary history. Appending and
deleting hold the chat's lease like a turn does (``agent.chat_lease``), with the server's
``PERSONALMEM_MULTITASK_STRATEGY``, so they never fork the history of a chat in use.
"""

from __future__ import annotations

from fastapi import APIRouter, status
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from starlette.concurrency import run_in_threadpool

from agent.api.auth import acting_user
from agent.api.deps import (
    AgentDep,
    CallerDep,
    ChatIdPath,
    Limit,
    MemoryDep,
    Offset,
    PathUser,
    QueryUser,
    SaverDep,
    owned_chat,
)
from agent.api.errors import not_found
from agent.api.schemas import (
    CHAT_WRITE_ERRORS,
    AddAssistantMessageRequest,
    AddAssistantMessageResponse,
    AddUserMessageRequest,
    AddUserMessageResponse,
    ChatMessages,
    ChatOut,
    ChatPage,
    CreateChatRequest,
    Deleted,
    MemoryEventOut,
    RenameChatRequest,
    error_responses,
)
from agent.api.transcript import message_out, previous_assistant_text
from agent.chat_lease import chat_lease
from agent.checkpointer import delete_chat_history
from agent.memory.records import TurnOutcome
from agent.personal_memory import PersonalMemory
from agent.runner import chat_messages, run_config

router = APIRouter(tags=["chats"])

#: The node a stored message is attributed to: the graph's last one, so nothing is pending.
APPEND_AS_NODE = "end_turn"


@router.post("/chats", status_code=status.HTTP_201_CREATED, response_model=ChatOut,
             responses=error_responses(401, 403, 422, 503))
def create_chat(body: CreateChatRequest, mem: MemoryDep, who: CallerDep) -> ChatOut:
    """Create a chat for a user. ``temporary`` chats never read or write memory."""
    user = acting_user(who, body.user_id)
    chat = mem.chats.create(user, title=body.title, temporary=body.temporary)
    return ChatOut(**chat.as_dict())


@router.patch("/chats/{chat_id}", response_model=ChatOut, responses=error_responses())
def rename_chat(chat_id: ChatIdPath, body: RenameChatRequest, user: QueryUser,
                mem: MemoryDep) -> ChatOut:
    """Rename one of the user's chats."""
    chat = owned_chat(mem, chat_id, user)
    renamed = mem.chats.rename(chat.id, body.title)
    if renamed is None:  # deleted meanwhile
        raise not_found("Chat", chat_id)
    return ChatOut(**renamed.as_dict())


@router.get("/users/{user_id}/chats", response_model=ChatPage,
            responses=error_responses(401, 403, 422, 503))
def list_chats(user: PathUser, mem: MemoryDep, limit: Limit = 20, offset: Offset = 0
               ) -> ChatPage:
    """The user's chats, most recently active first."""
    records, total = mem.chats.list_for_user(user, limit=limit, offset=offset)
    return ChatPage(items=[ChatOut(**r.as_dict()) for r in records], total=total, limit=limit,
                    offset=offset)


@router.get("/chats/{chat_id}/messages", response_model=ChatMessages,
            responses=error_responses())
async def get_messages(chat_id: ChatIdPath, user: QueryUser, mem: MemoryDep,
                       agent: AgentDep) -> ChatMessages:
    """The chat's messages, oldest first, tool calls included."""
    chat = await run_in_threadpool(owned_chat, mem, chat_id, user)
    messages = await chat_messages(agent, chat.id)
    return ChatMessages(chat_id=chat.id, messages=[message_out(m) for m in messages])


@router.post("/chats/messages", response_model=AddUserMessageResponse,
             status_code=status.HTTP_201_CREATED, responses=error_responses(*CHAT_WRITE_ERRORS))
async def add_user_message(body: AddUserMessageRequest, mem: MemoryDep, agent: AgentDep,
                           who: CallerDep) -> AddUserMessageResponse:
    """Append a user message without running the model.

    With ``extract_memory`` (and memory on, chat not temporary) the message goes through the
    same write policy as a turn, with the assistant's previous reply as context.
    """
    user = acting_user(who, body.user_id)
    chat = await run_in_threadpool(owned_chat, mem, body.chat_id, user)
    message = HumanMessage(content=body.message)
    async with chat_lease(mem.chats, chat.id, mem.settings.multitask_strategy):
        previous = previous_assistant_text(await chat_messages(agent, chat.id))
        await agent.aupdate_state(run_config(chat.id), {"messages": [message]},
                                  as_node=APPEND_AS_NODE)
    outcome = TurnOutcome()
    if body.extract_memory and not chat.temporary:
        outcome = await run_in_threadpool(_learn, mem, user, chat.id, body.message,
                                          previous)
    await run_in_threadpool(mem.chats.touch, chat.id, body.message)
    return AddUserMessageResponse(
        chat_id=chat.id, message=message_out(message),
        memory_events=[MemoryEventOut(**e.as_dict()) for e in outcome.events],
        refusals=outcome.refusals)


def _learn(mem: PersonalMemory, user_id: str, chat_id: str, message: str,
           previous: str | None) -> TurnOutcome:
    if not mem.chats.memory_enabled(user_id):
        return TurnOutcome()
    return mem.observe_turn(user_id, message, chat_id=chat_id, previous_assistant=previous)


@router.post("/chats/responses", response_model=AddAssistantMessageResponse,
             status_code=status.HTTP_201_CREATED, responses=error_responses(*CHAT_WRITE_ERRORS))
async def add_assistant_message(body: AddAssistantMessageRequest, mem: MemoryDep,
                                agent: AgentDep, who: CallerDep) -> AddAssistantMessageResponse:
    """Append an assistant reply to the chat's history (nothing is learned from it)."""
    user = acting_user(who, body.user_id)
    chat = await run_in_threadpool(owned_chat, mem, body.chat_id, user)
    message: BaseMessage = AIMessage(content=body.message)
    async with chat_lease(mem.chats, chat.id, mem.settings.multitask_strategy):
        await agent.aupdate_state(run_config(chat.id), {"messages": [message]},
                                  as_node=APPEND_AS_NODE)
    await run_in_threadpool(mem.chats.touch, chat.id)
    return AddAssistantMessageResponse(chat_id=chat.id, message=message_out(message))


@router.delete("/chats/{chat_id}", response_model=Deleted,
               responses=error_responses(*CHAT_WRITE_ERRORS))
async def delete_chat(chat_id: ChatIdPath, user: QueryUser, mem: MemoryDep,
                      saver: SaverDep) -> Deleted:
    """Delete the chat's history (every checkpoint) and its metadata.

    Memories learned in the chat are the user's and stay; delete them under /memories.
    """
    chat = await run_in_threadpool(owned_chat, mem, chat_id, user)
    async with chat_lease(mem.chats, chat.id, mem.settings.multitask_strategy):
        await delete_chat_history(saver, chat.id)
        deleted = await run_in_threadpool(mem.chats.delete, chat.id)
    return Deleted(id=chat.id, deleted=deleted)
