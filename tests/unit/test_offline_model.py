"""The offline model: deterministic, honest, and grounded in the injected memories."""

from __future__ import annotations

from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

from agent import Memory, PersonalMemory, make_memory_tools
from agent.nodes import render_memory_context, render_system_prompt
from agent.offline_model import MODEL_NAME, OFFLINE_NOTE, OfflineChatModel

MEMORIES = [
    Memory(id="1", user_id="u", category="name", text="Name is Honda"),
    Memory(id="2", user_id="u", category="role", text="Is a software engineer"),
    Memory(id="3", user_id="u", category="preference", text="Loves Python"),
    Memory(id="4", user_id="u", category="preference", text="Prefers working on backend systems"),
]
TOOLS = make_memory_tools(PersonalMemory())  # only their schemas are used here


def ask(text: str, memories: list[Memory] | None = None,
        history: list[HumanMessage | AIMessage] | None = None) -> AIMessage:
    system = SystemMessage(content=render_system_prompt(render_memory_context(memories or [],
                                                                              True)))
    model = OfflineChatModel().bind_tools(TOOLS)
    out = model.invoke([system, *(history or []), HumanMessage(content=text)])
    assert isinstance(out, AIMessage)
    return out


def test_answers_name_from_memories() -> None:
    assert ask("What is my name?", MEMORIES).content == "Your name is Honda."
    assert ask("What is my name?").content == "I don't know your name yet."


def test_says_it_cannot_see_other_chats() -> None:
    reply = str(ask("What was I asking about earlier?", MEMORIES).content)
    assert "can't see the messages of other chats" in reply
    assert "Name is Honda" in reply


def test_uses_a_matching_preference() -> None:
    reply = str(ask("What language should I use for my backend?", MEMORIES).content)
    assert "Python" in reply


def test_calls_memory_tools_for_explicit_requests() -> None:
    assert ask("Remember that I prefer tea.").tool_calls[0]["name"] == "save_memory"
    forget = ask("Forget that I live in Paris.").tool_calls[0]
    assert forget["name"] == "forget_memory" and "Paris" in forget["args"]["query"]
    assert ask("What do you know about me?").tool_calls[0]["name"] == "list_memories"


def test_is_honest_about_being_offline_and_deterministic() -> None:
    first = ask("Write me a poem about the sea.")
    assert first.content == OFFLINE_NOTE and "not an LLM" in OFFLINE_NOTE
    assert first.response_metadata["model_name"] == MODEL_NAME
    assert ask("Write me a poem about the sea.").content == first.content


def test_says_when_a_sensitive_detail_is_not_remembered() -> None:
    from agent.memory.notices import NOT_SAVED_SENSITIVE

    reply = str(ask("I'm lactose intolerant, any pizza ideas?").content)
    assert reply.startswith(NOT_SAVED_SENSITIVE) and OFFLINE_NOTE in reply
    assert ask("My sister is lactose intolerant, any pizza ideas?").content == OFFLINE_NOTE
