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
    """Full state. ``memories`` and ``memory_events`` are recomputed every turn."""

    memories: list[dict[str, Any]]
    memory_events: list[dict[str, Any]]
    tool_rounds: int
