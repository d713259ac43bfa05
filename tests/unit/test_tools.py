"""Memory tools: remember / forget / list, with the user id injected by the graph."""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.messages import AIMessage, ToolMessage

from agent.assistant import build_graph
from agent.checkpointer import open_checkpointer
from agent.memory.extractors.rules import RuleExtractor
from agent.personal_memory import PersonalMemory
from agent.run import Context
from agent.runner import chat_messages, run_turn
from agent.settings import get_settings
from agent.tools import make_memory_tools
from tests.support.fake_models import ScriptedChatModel


def _call(name: str, args: dict[str, object], call_id: str = "c1") -> AIMessage:
    return AIMessage(content="", tool_calls=[{"name": name, "args": args, "id": call_id,
                                              "type": "tool_call"}])


@pytest.fixture
def scripted(monkeypatch: pytest.MonkeyPatch, mem: PersonalMemory) -> ScriptedChatModel:
    model = ScriptedChatModel(script=[])
    model.seen.clear()
    monkeypatch.setattr("agent.assistant.load_chat_model", lambda spec=None, settings=None: model)
    # The post-step's extractor for a non-offline model would call that model; keep it on the
    # deterministic rules so this test is about the tools only.
    monkeypatch.setattr(mem, "extractor_for", lambda model=None: RuleExtractor())
    return model


def test_user_id_is_not_in_the_schema_the_model_sees(mem: PersonalMemory) -> None:
    for tool in make_memory_tools(mem):
        schema = tool.tool_call_schema.model_json_schema()
        assert "user_id" not in schema.get("properties", {}), tool.name
        assert "chat_id" not in schema.get("properties", {}), tool.name


async def test_tool_call_naming_another_user_cannot_reach_them(mem: PersonalMemory,
        data_dir: Path, scripted: ScriptedChatModel) -> None:
    victim = mem.store.add("victim", "Name is Victoria", category="name",
                                 attribute="name", value="Victoria")
    scripted.script = [
        _call("forget_memory", {"query": "name", "user_id": "victim"}, "c1"),
        _call("save_memory", {"fact": "my name is Mallory", "user_id": "victim"}, "c2"),
        _call("list_memories", {"user_id": "victim"}, "c3"),
        AIMessage(content="ok"),
    ]
    chat = mem.chats.create("attacker")
    async with open_checkpointer(get_settings()) as saver:
        agent = build_graph(saver, mem)
        await run_turn(agent, chats=mem.chats, chat_id=chat.id, context=Context(user_id="attacker",
                                                               model="scripted"),
                       message="hi")
        messages = await chat_messages(agent, chat.id)
    assert [m.text for m in mem.store.list("victim")] == ["Name is Victoria"]
    assert mem.store.get(victim.id) is not None
    assert [m.text for m in mem.store.list("attacker")] == ["Name is Mallory"]
    tool_outputs = [str(m.content) for m in messages if isinstance(m, ToolMessage)]
    assert tool_outputs[0] == "I had nothing matching that remembered."
    assert "Victoria" not in " ".join(tool_outputs)
    assert "Name is Mallory" in tool_outputs[2]


async def test_remember_forget_and_list_through_the_offline_model(mem: PersonalMemory,
        data_dir: Path) -> None:
    chat = mem.chats.create("kim")
    ctx = Context(user_id="kim")
    async with open_checkpointer(get_settings()) as saver:
        agent = build_graph(saver, mem)
        saved = await run_turn(agent, chats=mem.chats, chat_id=chat.id, context=ctx,
                               message="Please remember that I'm allergic to peanuts.")
        assert [e["kind"] for e in saved.memory_events] == ["created"]
        [memory] = mem.store.list("kim")
        assert "peanuts" in memory.text and memory.sensitive and memory.created_by == "tool"
        listed = await run_turn(agent, chats=mem.chats, chat_id=chat.id, context=ctx,
                                message="What do you know about me?")
        assert "peanuts" in listed.reply
        gone = await run_turn(agent, chats=mem.chats, chat_id=chat.id, context=ctx,
                              message="Forget that I'm allergic to peanuts.")
        assert [e["kind"] for e in gone.memory_events] == ["deleted"]
        assert mem.store.list("kim") == []
        refused = await run_turn(agent, chats=mem.chats, chat_id=chat.id, context=ctx,
                                 message="Remember my password is hunter2-Secret!")
        assert "can't store passwords" in refused.reply
        assert mem.store.list("kim") == []


async def test_temporary_chat_neither_reads_nor_writes_memory(mem: PersonalMemory,
        data_dir: Path) -> None:
    mem.store.add("lee", "Name is Lee", category="name", attribute="name", value="Lee")
    chat = mem.chats.create("lee", temporary=True)
    async with open_checkpointer(get_settings()) as saver:
        agent = build_graph(saver, mem)
        ctx = Context(user_id="lee", temporary=True)
        asked = await run_turn(agent, chats=mem.chats,
                               chat_id=chat.id, context=ctx, message="What is my name?")
        told = await run_turn(agent, chats=mem.chats, chat_id=chat.id, context=ctx,
                              message="I live in Lisbon. Remember that.")
    assert asked.reply == "I don't know your name yet." and asked.memories_used == []
    assert told.memory_events == []
    assert [m.text for m in mem.store.list("lee")] == ["Name is Lee"]


async def test_each_message_is_read_by_the_extractor_once(mem: PersonalMemory,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A plain fact is read once (by the post-step); an explicit "remember" once (by the tool,
    and the post-step then leaves the message alone rather than reading it again)."""
    seen: list[str] = []
    rules = RuleExtractor()

    def counting(message: str, previous_assistant: str | None) -> list[object]:
        seen.append(message)
        return list(rules(message, previous_assistant))

    monkeypatch.setattr(mem, "extractor_for", lambda model=None: counting)
    chat = mem.chats.create("ivo")
    ctx = Context(user_id="ivo")
    async with open_checkpointer(get_settings()) as saver:
        agent = build_graph(saver, mem)
        told = await run_turn(agent, chats=mem.chats, chat_id=chat.id, context=ctx,
                              message="I'm Ivo and I live in Porto.")
        assert seen == ["I'm Ivo and I live in Porto."]
        saved = await run_turn(agent, chats=mem.chats, chat_id=chat.id, context=ctx,
                               message="Please remember that I prefer green tea.")
    assert len(seen) == 2 and "green tea" in seen[1], seen
    assert sorted(e["kind"] for e in told.memory_events) == ["created", "created"]
    assert [e["kind"] for e in saved.memory_events] == ["created"]
    assert sorted(m.text for m in mem.store.list("ivo")) == [
        "Lives in Porto", "Name is Ivo", "Prefers green tea"]
