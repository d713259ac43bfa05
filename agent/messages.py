"""Plain text of a chat message, whatever shape its content has (string or content blocks)."""

from __future__ import annotations

from langchain_core.messages import BaseMessage


def message_text(message: BaseMessage) -> str:
    """The text of ``message``; non-text blocks (images, tool payloads) are skipped."""
    content = message.content
    if isinstance(content, str):
        return content
    return "".join(str(p.get("text", "")) if isinstance(p, dict) else str(p) for p in content)
