"""Chat titles, given by the client or made from the chat's first message, never hold a secret.

A title is stored beside the chat and shown in every chat list, so "my API key is sk-proj-..."
must not become one. Every span the secret filter (``agent.memory.secrets``) finds is masked
before the title is cut to length: cutting first could leave part of a key the filter no longer
recognises. The filter reads only the title's length plus a margin, so its cost stays small
whatever the message's length.
"""

from __future__ import annotations

from agent.memory.secrets import SecretSpan, find_secrets

DEFAULT_TITLE = "New chat"
MAX_TITLE_CHARS = 200
TITLE_FROM_MESSAGE_CHARS = 60
SECRET_MASK = "••••"
# A secret that starts inside the title ends within this many characters after it
# (keys, card and account numbers); the filter reads no further.
_SECRET_REACH = 120


def mask_secrets(text: str) -> str:
    """``text`` with each secret span (overlapping ones merged) replaced by ``SECRET_MASK``."""
    parts: list[str] = []
    done = 0
    for span in _merged(find_secrets(text)):
        parts += [text[done:span.start], SECRET_MASK]
        done = span.end
    return "".join(parts) + text[done:]


def chat_title(text: str | None, limit: int = MAX_TITLE_CHARS) -> str:
    """A title from ``text``: secrets masked, trimmed, at most ``limit`` characters."""
    source = (text or "").strip()[:limit + _SECRET_REACH]
    if not source:
        return DEFAULT_TITLE  # nothing to scan: a new chat need not load the secret filter
    return mask_secrets(source)[:limit].strip() or DEFAULT_TITLE


def title_from_message(message: str) -> str:
    """The title a chat takes from its first message."""
    return chat_title(message, TITLE_FROM_MESSAGE_CHARS)


def _merged(spans: list[SecretSpan]) -> list[SecretSpan]:
    merged: list[SecretSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if merged and span.start <= merged[-1].end:
            last = merged.pop()
            span = SecretSpan(last.entity, last.start, max(last.end, span.end))
        merged.append(span)
    return merged
