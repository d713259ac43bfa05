"""The post-step keeps the reply when the model cannot extract, and only then: a failure of
the memory store or the policy after extraction is not swallowed."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.messages import AIMessage, HumanMessage
from langgraph.graph import START, StateGraph

from agent import MemoryState, PersonalMemory, memory_nodes
from agent.memory.extractors.llm import ExtractionFailed


def _app(mem: PersonalMemory) -> Any:
    retrieve, save = memory_nodes(mem)
    builder = StateGraph(MemoryState)
    builder.add_node("retrieve", retrieve)
    builder.add_node("model", lambda state: {"messages": [AIMessage(content="Noted.")]})
    builder.add_node("save", save)
    builder.add_edge(START, "retrieve")
    builder.add_edge("retrieve", "model")
    builder.add_edge("model", "save")
    return builder.compile()


def _turn(app: Any) -> dict[str, Any]:
    state: dict[str, Any] = app.invoke({"messages": [HumanMessage("I live in Porto.")]},
                                       context={"user_id": "ana"})
    return state


def test_an_extraction_failure_keeps_the_reply(mem: PersonalMemory,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def fails(*args: object, **kwargs: object) -> None:
        raise ExtractionFailed("APITimeoutError: Request timed out.")

    monkeypatch.setattr(mem, "observe_turn", fails)
    state = _turn(_app(mem))
    assert state["messages"][-1].content == "Noted." and state["memory_events"] == []


def test_a_store_failure_after_extraction_is_not_swallowed(mem: PersonalMemory,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    def broken_add(*args: object, **kwargs: object) -> None:
        raise ValueError("assignment destination is read-only")

    monkeypatch.setattr(mem.store, "add", broken_add)
    with pytest.raises(ValueError, match="read-only"):
        _turn(_app(mem))
