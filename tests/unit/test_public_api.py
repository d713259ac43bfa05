"""The public API as a user meets it: the README example, stock ToolNode, context shapes."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import AIMessage, HumanMessage, ToolMessage
from langgraph.checkpoint.memory import InMemorySaver
from langgraph.graph import START, StateGraph
from langgraph.prebuilt import ToolNode
from pydantic import BaseModel

from agent import MemoryState, MissingUserId, PersonalMemory, make_memory_tools, memory_nodes

ROOT = Path(__file__).resolve().parents[2]


def readme_example() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Use PersonalMem in your own graph", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, flags=re.S)
    assert match, "the README section has no python example"
    return match.group(1)


def test_readme_example_runs_as_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {}
    exec(compile(readme_example(), "README.md", "exec"), namespace)  # noqa: S102
    out = capsys.readouterr().out
    assert "Your name is Priya." in out
    mem: PersonalMemory = namespace["mem"]
    texts = [m.text for m in mem.list("alice")]
    assert any("Priya" in t for t in texts) and any("Lisbon" in t for t in texts)
    assert mem.list("bob") == []
    second = namespace["app"].get_state({"configurable": {"thread_id": "chat-2"}})
    assert [m.content for m in second.values["messages"] if isinstance(m, HumanMessage)] == [
        "What is my name?"]  # the second thread has none of the first's messages
    assert (tmp_path / "data" / "my-app").is_dir()
    mem.close()


class ScriptedModel:
    """The model's side of a tool call, scripted: it tries to act for another user."""

    def __init__(self, calls: list[dict[str, Any]]) -> None:
        self.calls = calls

    def __call__(self, state: MemoryState) -> dict[str, Any]:
        if isinstance(state["messages"][-1], HumanMessage):
            return {"messages": [AIMessage(content="", tool_calls=self.calls)]}
        return {"messages": [AIMessage(content="done")]}


class TenantContext(BaseModel):
    user_id: str
    tenant: str = "t1"


def _graph(mem: PersonalMemory, model: ScriptedModel) -> Any:
    retrieve, save = memory_nodes(mem)
    builder = StateGraph(MemoryState)
    builder.add_node("retrieve", retrieve)
    builder.add_node("model", model)
    builder.add_node("tools", ToolNode(make_memory_tools(mem)))
    builder.add_node("save", save)
    builder.add_edge(START, "retrieve")
    builder.add_edge("retrieve", "model")
    builder.add_conditional_edges(
        "model", lambda s: "tools" if s["messages"][-1].tool_calls else "save")
    builder.add_edge("tools", "model")
    return builder.compile(checkpointer=InMemorySaver())


def test_stock_toolnode_takes_the_user_from_the_run_never_from_the_model(
        data_dir: Path) -> None:
    mem = PersonalMemory(data_dir)
    victim = mem.store.add("victim", "Name is Victoria", category="name", attribute="name",
                           value="Victoria")
    calls = [
        {"name": "forget_memory", "args": {"query": "name", "user_id": "victim"}, "id": "1"},
        {"name": "save_memory", "args": {"fact": "my name is Mallory", "user_id": "victim"},
         "id": "2"},
        {"name": "list_memories", "args": {"user_id": "victim"}, "id": "3"},
    ]
    app = _graph(mem, ScriptedModel(calls))
    state = app.invoke({"messages": [HumanMessage("hi")]}, {"configurable": {"thread_id": "t"}},
                       context=TenantContext(user_id="attacker"))
    outputs = [m for m in state["messages"] if isinstance(m, ToolMessage)]
    assert [m.status for m in outputs] == ["success"] * 3, [m.content for m in outputs]
    assert [m.text for m in mem.list("victim")] == ["Name is Victoria"]
    assert mem.get("victim", victim.id).text == "Name is Victoria"
    assert [m.text for m in mem.list("attacker")] == ["Name is Mallory"]
    assert "Victoria" not in " ".join(str(m.content) for m in outputs)
    assert [e["kind"] for e in state["memory_events"]] == ["created"]
    for tool in make_memory_tools(mem):
        properties = tool.tool_call_schema.model_json_schema().get("properties", {})
        assert "user_id" not in properties and "runtime" not in properties
    mem.close()


def test_a_run_without_a_user_fails_clearly(data_dir: Path) -> None:
    mem = PersonalMemory(data_dir)
    app = _graph(mem, ScriptedModel([]))
    with pytest.raises(MissingUserId, match="user id"):
        app.invoke({"messages": [HumanMessage("I'm Kim")]},
                   {"configurable": {"thread_id": "t"}})
    app.invoke({"messages": [HumanMessage("My name is Kim.")]},
               {"configurable": {"thread_id": "t2", "user_id": "kim"}})
    assert [m.text for m in mem.list("kim")] == ["Name is Kim"]
    mem.close()


def test_personal_memory_methods_are_scoped_to_the_user(data_dir: Path) -> None:
    mem = PersonalMemory(data_dir)
    events = mem.observe("ana", "I'm Ana and I live in Quito.", chat_id="c1")
    assert sorted(e.kind for e in events) == ["created", "created"]
    [name] = [m for m in mem.list("ana") if m.category == "name"]
    assert name.source_chat_id == "c1" and name.created_at
    assert mem.search("ana", "Where do I live?", limit=1)[0].text == "Lives in Quito"
    assert mem.search("bea", "Where do I live?") == []
    from agent import MemoryNotFound

    with pytest.raises(MemoryNotFound):
        mem.delete("bea", name.id)
    with pytest.raises(MemoryNotFound):
        mem.history("bea", name.id)
    assert [row["event"] for row in mem.history("ana", name.id)] == ["ADD"]
    assert mem.remember("ana", "I prefer tea").events[0].text
    mem.delete("ana", name.id)
    assert mem.forget_all("ana") == 2
    assert mem.list("ana") == []
    mem.close()


def test_construction_loads_nothing(tmp_path: Path) -> None:
    mem = PersonalMemory(tmp_path / "never")
    make_memory_tools(mem)
    memory_nodes(mem)
    assert not (tmp_path / "never").exists()
    assert "store" not in vars(mem) and "chats" not in vars(mem)
    assert os.environ.get("PERSONALMEM_DATA_DIR") != str(tmp_path / "never")


def test_tools_work_in_create_agent_for_the_run_user_only(data_dir: Path) -> None:
    """``create_agent`` (langchain's prebuilt loop) takes the tools as they are; the user comes
    from the agent's context, and a model that names another user still acts for the run's."""
    from langchain.agents import create_agent

    from tests.support.fake_models import ScriptedChatModel

    mem = PersonalMemory(data_dir)
    mem.store.add("victim", "Lives in Oslo", category="location", attribute="location",
                  value="Oslo")
    model = ScriptedChatModel(script=[
        AIMessage(content="", tool_calls=[
            {"name": "save_memory", "args": {"fact": "I prefer green tea", "user_id": "victim"},
             "id": "a"}]),
        AIMessage(content="", tool_calls=[
            {"name": "list_memories", "args": {"user_id": "victim"}, "id": "b"}]),
        AIMessage(content="Saved."),
    ])
    app = create_agent(model, tools=make_memory_tools(mem), context_schema=TenantContext,
                       checkpointer=InMemorySaver())
    state = app.invoke({"messages": [HumanMessage("Remember that I prefer green tea.")]},
                       {"configurable": {"thread_id": "t"}}, context=TenantContext(user_id="kai"))
    outputs = [m for m in state["messages"] if isinstance(m, ToolMessage)]
    assert [m.status for m in outputs] == ["success", "success"], [m.content for m in outputs]
    assert "green tea" in str(outputs[1].content) and "Oslo" not in str(outputs[1].content)
    assert [m.text for m in mem.list("kai")] == ["Prefers green tea"]
    assert [m.text for m in mem.list("victim")] == ["Lives in Oslo"]
    mem.close()
