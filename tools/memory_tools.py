"""Memory tools the model may call. Their docstrings are the model's instructions.

``user_id`` and ``chat_id`` are ``InjectedToolArg``s: they are not in the schema the model
sees, and the graph overwrites whatever the model might pass with the run's own values, so a
tool call can never reach another user's memories.
"""

from __future__ import annotations

from typing import Annotated, Any

from langchain_core.tools import BaseTool, InjectedToolArg, tool

from agent.memory.extraction import OfflineExtractor
from agent.memory.records import TurnOutcome
from agent.services import get_services

Events = list[dict[str, Any]]


def _report(outcome: TurnOutcome, nothing: str) -> tuple[str, Events]:
    events = [e.as_dict() for e in outcome.events]
    if outcome.refusals:
        return " ".join(outcome.refusals), events
    if not events:
        return nothing, events
    lines = [f"{e['kind'].capitalize()}: {e['text']}" for e in events]
    return "Memory updated. " + "; ".join(lines), events


@tool(response_format="content_and_artifact")
def save_memory(
    fact: str,
    user_id: Annotated[str, InjectedToolArg],
    chat_id: Annotated[str | None, InjectedToolArg] = None,
) -> tuple[str, Events]:
    """Save a long-term fact about the user, ONLY when the user explicitly asks you to remember
    it. Pass the fact in the user's words. Never use it for passwords, keys, card or account
    numbers (they are refused), for task details, or for things the user did not ask to keep.
    """
    services = get_services()
    outcome = services.writer.remember(user_id=user_id, chat_id=chat_id, fact=fact,
                                       extractor=OfflineExtractor())
    return _report(outcome, "That is already remembered; nothing changed.")


@tool(response_format="content_and_artifact")
def forget_memory(
    query: str,
    user_id: Annotated[str, InjectedToolArg],
    chat_id: Annotated[str | None, InjectedToolArg] = None,
) -> tuple[str, Events]:
    """Forget what the user asks you to forget ("forget that I live in Paris"). Pass what to
    forget as the query; matching memories are deleted. Use only on an explicit request.
    """
    outcome = get_services().writer.forget(user_id=user_id, query=query)
    return _report(outcome, "I had nothing matching that remembered.")


@tool(response_format="content_and_artifact")
def list_memories(
    user_id: Annotated[str, InjectedToolArg],
    query: str | None = None,
    chat_id: Annotated[str | None, InjectedToolArg] = None,
) -> tuple[str, Events]:
    """List what is remembered about the user, e.g. for "what do you know about me?". With a
    query, returns the most relevant memories only.
    """
    store = get_services().memory
    records = store.search(user_id, query, limit=10) if query else store.list(user_id)
    if not records:
        return "I don't remember anything about you yet.", []
    lines = "\n".join(f"- {r.text}" + (" (sensitive)" if r.sensitive else "") for r in records)
    return f"Here's what I remember about you:\n{lines}", []


MEMORY_TOOLS: list[BaseTool] = [save_memory, forget_memory, list_memories]
TOOLS_BY_NAME: dict[str, BaseTool] = {t.name: t for t in MEMORY_TOOLS}
INJECTED_ARGS = ("user_id", "chat_id")
