"""Memory tools for the model, bound to one ``PersonalMemory``. Docstrings are the prompts.

``make_memory_tools(mem)`` gives ``save_memory``, ``forget_memory`` and ``list_memories``
for a stock ``langgraph.prebuilt.ToolNode`` or ``create_agent``. The user is read from the
run (``ToolRuntime``: its context, or ``configurable.user_id``), never from the model: the
schema the model sees has no user id, and an extra argument a model adds is dropped.
"""

from __future__ import annotations

from typing import Any

from langchain_core.tools import BaseTool, tool
from langgraph.prebuilt import ToolRuntime

from agent.memory.records import MemoryEvent, TurnOutcome
from agent.personal_memory import PersonalMemory
from agent.run import Run

Events = list[dict[str, Any]]


def make_memory_tools(mem: PersonalMemory) -> list[BaseTool]:
    """The three memory tools, closed over ``mem``."""

    @tool(response_format="content_and_artifact")
    def save_memory(fact: str, runtime: ToolRuntime[Any, Any]) -> tuple[str, Events]:
        """Save a long-term fact about the user, ONLY when the user explicitly asks you to
        remember it. Pass the fact in the user's words. Never use it for passwords, keys,
        card or account numbers (they are refused), for task details, or for things the user
        did not ask to keep.
        """
        run = _run(mem, runtime)
        if not run.memory_on:
            return "Memory is off for this chat, so nothing was saved.", []
        outcome = mem.remember(run.user_id, fact, chat_id=run.chat_id, model=run.model)
        return _report(outcome, "That is already remembered; nothing changed.")

    @tool(response_format="content_and_artifact")
    def forget_memory(query: str, runtime: ToolRuntime[Any, Any]) -> tuple[str, Events]:
        """Forget what the user asks you to forget ("forget that I live in Paris"). Pass what
        to forget as the query; matching memories are deleted. Use only on an explicit
        request.
        """
        run = _run(mem, runtime)
        if not run.memory_on:
            return "Memory is off for this chat, so nothing was changed.", []
        events = mem.forget(run.user_id, query)
        return _report(TurnOutcome(events=events), "I had nothing matching that remembered.")

    @tool(response_format="content_and_artifact")
    def list_memories(runtime: ToolRuntime[Any, Any], query: str | None = None
                      ) -> tuple[str, Events]:
        """List what is remembered about the user, e.g. for "what do you know about me?".
        With a query, returns the most relevant memories only.
        """
        run = _run(mem, runtime)
        if not run.memory_on:
            return "Memory is off for this chat.", []
        records = mem.search(run.user_id, query, limit=10) if query else mem.list(run.user_id)
        if not records:
            return "I don't remember anything about you yet.", []
        lines = "\n".join(f"- {r.text}" + (" (sensitive)" if r.sensitive else "")
                          for r in records)
        return f"Here's what I remember about you:\n{lines}", []

    return [save_memory, forget_memory, list_memories]


def _run(mem: PersonalMemory, runtime: ToolRuntime[Any, Any]) -> Run:
    """The run, reusing the pre-step's memory switch when the state carries it."""
    state = runtime.state if isinstance(runtime.state, dict) else {}
    flag = state.get("memory_on")
    return mem.resolve_run(runtime.context, runtime.config,
                           memory_on=flag if isinstance(flag, bool) else None)


def _report(outcome: TurnOutcome, nothing: str) -> tuple[str, Events]:
    events = [e.as_dict() for e in outcome.events]
    if outcome.refusals:
        return " ".join(outcome.refusals), events
    if not events:
        return nothing, events
    return "Memory updated. " + "; ".join(_line(e) for e in outcome.events), events


def _line(event: MemoryEvent) -> str:
    return f"{event.kind.capitalize()}: {event.text}"
