"""Running one agent turn in a chat: the call every entry point (API, CLI, demo) shares.

A turn holds the chat's lease (``agent.chat_lease``) from before the graph reads the chat's
last checkpoint until its own is written, so turns on one chat run one after another instead
of each forking the history from the same checkpoint.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, cast

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from langchain_core.runnables import RunnableConfig
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import StreamMode

from agent.chat_lease import MultitaskStrategy, chat_lease
from agent.chats import ChatStore
from agent.messages import message_text
from agent.run import Run

__all__ = ["TurnResult", "chat_messages", "message_text", "run_config", "run_turn",
           "stream_turn"]


@dataclass
class TurnResult:
    """The assistant's reply and what memory did during the turn."""

    reply: str
    memory_events: list[dict[str, Any]] = field(default_factory=list)
    memories_used: list[dict[str, Any]] = field(default_factory=list)
    memory_notices: list[dict[str, Any]] = field(default_factory=list)


REPORTED = ("memories", "memory_events", "memory_notices")


def run_config(chat_id: str) -> RunnableConfig:
    return {"configurable": {"thread_id": chat_id}}


async def run_turn(graph: CompiledStateGraph[Any, Any, Any, Any], *, chats: ChatStore,
                   chat_id: str, context: Run, message: str,
                   strategy: MultitaskStrategy = "enqueue") -> TurnResult:
    """One turn, checkpointed once, when it ends (``durability="exit"``), under the chat's
    lease (``ChatBusy`` when ``strategy`` gives up on a busy chat).

    A turn is then all or nothing: the user's message and the reply are saved together, never
    a message without its reply after a crash, and the chat's history is serialised once per
    turn rather than once per node (it grows with the chat: at 60 turns that was a third of
    an offline turn's time).
    """
    result = TurnResult(reply="")
    async with chat_lease(chats, chat_id, strategy):
        async for kind, payload in _turn(graph, chat_id, context, message,
                                         ["updates", "values"]):
            if kind == "done":
                result = payload
    return result


async def stream_turn(graph: CompiledStateGraph[Any, Any, Any, Any], *, chats: ChatStore,
                      chat_id: str, context: Run, message: str,
                      strategy: MultitaskStrategy = "enqueue"
                      ) -> AsyncIterator[tuple[str, Any]]:
    """Yield ("started", None) once the chat's lease is held, ("token", text) while the model
    writes, then ("done", TurnResult); the lease is released when the stream ends or is closed.

    ``ChatBusy`` can only come before "started", so a server that waits for "started" before
    it answers can still report a busy chat as an ordinary error.
    """
    async with chat_lease(chats, chat_id, strategy):
        yield "started", None
        async for item in _turn(graph, chat_id, context, message,
                                ["messages", "updates", "values"]):
            yield item


async def _turn(graph: CompiledStateGraph[Any, Any, Any, Any], chat_id: str, context: Run,
                message: str, modes: list[StreamMode]) -> AsyncIterator[tuple[str, Any]]:
    """Run the turn; the report's memories and events come from the nodes' updates, since
    the packaged graph clears them from the state before it is saved."""
    report: dict[str, Any] = {}
    final: dict[str, Any] = {}
    async for mode, payload in graph.astream(
            {"messages": [HumanMessage(content=message)]}, run_config(chat_id),
            context=context, stream_mode=modes, durability="exit"):
        if mode == "messages":
            chunk, meta = cast(tuple[BaseMessage, dict[str, Any]], payload)
            if meta.get("langgraph_node") == "call_model" and isinstance(chunk, AIMessage) \
                    and chunk.content and not getattr(chunk, "tool_calls", None):
                yield "token", message_text(chunk)
        elif mode == "updates":
            for update in cast(dict[str, Any], payload).values():
                if isinstance(update, dict):
                    report.update({k: v for k, v in update.items() if k in REPORTED and v})
        else:
            final = cast(dict[str, Any], payload)
    yield "done", turn_result({**final, **report})


def turn_result(state: dict[str, Any]) -> TurnResult:
    """The turn's report from the graph's final state."""
    last = state["messages"][-1] if state.get("messages") else AIMessage(content="")
    return TurnResult(reply=message_text(last), memory_events=state.get("memory_events", []),
                      memories_used=state.get("memories", []),
                      memory_notices=state.get("memory_notices", []))


async def chat_messages(graph: CompiledStateGraph[Any, Any, Any, Any], chat_id: str
                        ) -> list[BaseMessage]:
    snapshot = await graph.aget_state(run_config(chat_id))
    return list(snapshot.values.get("messages", [])) if snapshot.values else []
