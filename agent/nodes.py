"""The two memory nodes any ``StateGraph`` can use: recall before the model, learn after it.

``memory_nodes(mem)`` returns ``(retrieve_memories, save_memories)`` bound to one
``PersonalMemory``; they work in any graph whose state extends ``MemoryState``. The user id
comes from the run's context (dataclass, pydantic model or dict) or from
``config["configurable"]["user_id"]``; a run without one fails with ``MissingUserId``.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any, Protocol

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage, ToolMessage
from langgraph.config import get_config
from langgraph.graph import MessagesState
from langgraph.runtime import Runtime

from agent.memory.extractors.llm import ExtractionFailed
from agent.memory.records import MemoryRecord
from agent.messages import message_text
from agent.personal_memory import PersonalMemory
from agent.prompts import MEMORY_OFF_SECTION, MEMORY_SECTION, NO_MEMORIES_SECTION, SYSTEM_PROMPT

logger = logging.getLogger(__name__)
MEMORY_TOOL_NAMES = frozenset({"save_memory", "forget_memory", "list_memories"})

class MemoryNode(Protocol):
    """A graph node: the state in, a state update out; the run's runtime injected."""

    def __call__(self, state: Any, *, runtime: Runtime[Any]) -> dict[str, Any]: ...


class MemoryState(MessagesState, total=False):
    """Messages plus what the memory nodes pass along within one turn.

    ``memory_context`` is the rendered block of remembered facts for the system prompt;
    ``memories`` the facts used (for the caller's report); ``memory_events`` what this turn
    changed; ``memory_notices`` what it chose not to keep and why (never the fact itself);
    ``memory_on`` whether memory is on for this run (set by the pre-step).
    """

    memory_context: str
    memory_on: bool
    memories: list[dict[str, Any]]
    memory_events: list[dict[str, Any]]
    memory_notices: list[dict[str, Any]]


def render_memory_context(memories: list[MemoryRecord], memory_on: bool) -> str:
    """The memory block of the system prompt: the facts, wrapped in clear tags."""
    if not memory_on:
        return MEMORY_OFF_SECTION
    if not memories:
        return NO_MEMORIES_SECTION
    lines = "\n".join(f"- [{m.category}] {m.text} (id: {m.id})" for m in memories)
    return MEMORY_SECTION.format(memories=lines)


def render_system_prompt(memory_context: str) -> str:
    """The packaged agent's system prompt around a memory block."""
    return SYSTEM_PROMPT.format(memory_section=memory_context,
                                now=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"))


def memory_nodes(mem: PersonalMemory) -> tuple[MemoryNode, MemoryNode]:
    """``(retrieve_memories, save_memories)`` for any graph whose state extends MemoryState."""

    def retrieve_memories(state: Any, runtime: Runtime[Any]) -> dict[str, Any]:
        """Pre-step: resolve the run and fetch what we know about the user that matters for
        this message (blocking store reads: LangGraph runs sync nodes in a worker thread)."""
        run = mem.resolve_run(runtime.context, get_config())
        if not run.memory_on:
            return {"memory_on": False, "memories": [], "memory_events": [],
                    "memory_notices": [], "memory_context": render_memory_context([], False)}
        text = last_user_text(state["messages"])
        mem.prefetch(text, model=run.model)
        records = mem.context_for(run.user_id, text)
        return {"memory_on": True, "memories": [r.as_dict() for r in records],
                "memory_events": [], "memory_notices": [],
                "memory_context": render_memory_context(records, True)}

    def save_memories(state: Any, runtime: Runtime[Any]) -> dict[str, Any]:
        """Post-step: apply the write policy to the user's latest message, once.

        When the model already used a memory tool for this message, that call was the
        decision for it and the message is not read a second time.
        """
        messages: list[AnyMessage] = state["messages"]
        events = [*state.get("memory_events", []), *tool_events(messages)]
        if not state.get("memory_on", False):
            return {"memory_events": events}
        run = mem.resolve_run(runtime.context, get_config(), memory_on=True)
        user_idx = last_user_index(messages)
        if user_idx is None or any(isinstance(m, ToolMessage) and m.name in MEMORY_TOOL_NAMES
                                   for m in messages[user_idx:]):
            return {"memory_events": events}
        previous = next((m for m in reversed(messages[:user_idx]) if isinstance(m, AIMessage)
                         and not m.tool_calls), None)
        try:
            outcome = mem.observe_turn(run.user_id, message_text(messages[user_idx]),
                                       chat_id=run.chat_id, model=run.model,
                                       previous_assistant=message_text(previous)
                                       if previous else None)
        except ExtractionFailed as exc:
            # A provider outage during extraction must not lose the reply already given; the
            # message stays in the chat history, and the failure is logged, not hidden.
            logger.warning("memory extraction failed for chat %s: %s", run.chat_id, exc,
                           exc_info=True)
            return {"memory_events": events}
        return {"memory_events": events + [e.as_dict() for e in outcome.events],
                "memory_notices": [n.as_dict() for n in outcome.notices]}

    return retrieve_memories, save_memories


def tool_events(messages: list[AnyMessage]) -> list[dict[str, Any]]:
    """Memory events the memory tools reported during the latest turn (tool artifacts)."""
    idx = last_user_index(messages)
    found: list[dict[str, Any]] = []
    for msg in messages[(idx or 0):]:
        if isinstance(msg, ToolMessage) and msg.name in MEMORY_TOOL_NAMES and \
                isinstance(msg.artifact, list):
            found.extend(e for e in msg.artifact if isinstance(e, dict))
    return found


def last_user_index(messages: list[AnyMessage]) -> int | None:
    for idx in range(len(messages) - 1, -1, -1):
        if isinstance(messages[idx], HumanMessage):
            return idx
    return None


def last_user_text(messages: list[AnyMessage]) -> str:
    idx = last_user_index(messages)
    return message_text(messages[idx]) if idx is not None else ""
