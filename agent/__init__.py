"""PersonalMem: per-chat history and per-user personal memory for LangGraph agents.

The public API, for the packaged agent and for your own graphs alike:

* ``PersonalMemory`` -- observe / remember / search / list / delete / forget_all / history;
* ``MemoryState`` and ``memory_nodes(mem)`` -- the recall and learn nodes for any StateGraph;
* ``make_memory_tools(mem)`` -- save / forget / list tools for a stock ``ToolNode``;
* ``MAX_MESSAGE_CHARS`` / ``MessageTooLong`` -- the one cap on a message's size;
* ``Context`` -- what a run may set (``user_id`` required), ``Run`` once resolved.
"""

from __future__ import annotations

from agent.limits import MAX_MESSAGE_CHARS, MessageTooLong
from agent.memory.records import MemoryEvent
from agent.nodes import MemoryState, memory_nodes, render_memory_context, render_system_prompt
from agent.personal_memory import Memory, MemoryNotFound, PersonalMemory
from agent.run import Context, MissingUserId, Run
from agent.tools import make_memory_tools

__all__ = [
    "MAX_MESSAGE_CHARS",
    "Context",
    "Memory",
    "MemoryEvent",
    "MemoryNotFound",
    "MemoryState",
    "MessageTooLong",
    "MissingUserId",
    "PersonalMemory",
    "Run",
    "make_memory_tools",
    "memory_nodes",
    "render_memory_context",
    "render_system_prompt",
]
