"""Chat history as the API shows it: checkpointed LangChain messages -> ``{role, content}``."""

from __future__ import annotations

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage

from agent.api.schemas import MessageOut, Role
from agent.runner import message_text

_ROLES: dict[str, Role] = {"human": "user", "ai": "assistant", "system": "system",
                           "tool": "tool"}


def message_out(message: BaseMessage) -> MessageOut:
    return MessageOut(role=_ROLES.get(message.type, "assistant"), content=message_text(message))


def previous_assistant_text(messages: list[BaseMessage]) -> str | None:
    """The assistant's last real reply (not a tool call): context for memory extraction.

    "Yes" only means something next to the question it answers, so the write policy sees it.
    """
    for message in reversed(messages):
        if isinstance(message, AIMessage) and not message.tool_calls:
            return message_text(message)
    return None


def last_user_text(messages: list[BaseMessage]) -> str:
    """The newest user message: the default query for the memory-context endpoint."""
    for message in reversed(messages):
        if isinstance(message, HumanMessage):
            return message_text(message)
    return ""
