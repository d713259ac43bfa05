"""Graph state: the chat's messages plus what the memory steps pass along."""

from __future__ import annotations

from typing import Annotated, Any

from langchain_core.messages import AnyMessage
from langgraph.graph.message import add_messages
from typing_extensions import TypedDict


class InputState(TypedDict):
    """What a caller sends: only messages."""

    messages: Annotated[list[AnyMessage], add_messages]


class State(InputState, total=False):
    """Full state. ``memory_on``, ``memories`` and ``memory_events`` are set afresh by the
    pre-step every turn (memory off: temporary chat, per-run switch or the user's setting)."""

    memory_on: bool
    memories: list[dict[str, Any]]
    memory_events: list[dict[str, Any]]
    tool_rounds: int
