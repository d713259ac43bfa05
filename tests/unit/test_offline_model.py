"""The offline model: deterministic, honest, and grounded in the injected memories."""

from __future__ import annotations

from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

from agent.offline_model import MODEL_NAME, OFFLINE_NOTE, OfflineChatModel
from graph import render_system_prompt
from tools.memory_tools import MEMORY_TOOLS

MEMORIES = [
    {"id": "1", "category": "name", "text": "Name is Honda"},
    {"id": "2", "category": "role", "text": "Is a software engineer"},
    {"id": "3", "category": "preference", "text": "Loves Python"},
    {"id": "4", "category": "preference", "text": "Prefers working on backend systems"},
]


def ask(text: str, memories: list[dict[str, str]] | None = None,
        history: list[HumanMessage | AIMessage] | None = None) -> AIMessage:
    system = SystemMessage(content=render_system_prompt(memories or [], True))
    model = OfflineChatModel().bind_tools(MEMORY_TOOLS)
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
