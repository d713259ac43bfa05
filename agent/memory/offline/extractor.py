"""The public entry point: one user message (and the assistant's last line) to candidates.

It fixes the order of the stages: normalise, retractions first (they replace everything
else), then explicit or mid-message "remember" requests, then context, then statements.
"""

from __future__ import annotations

from agent.memory.candidates import Candidate
from agent.memory.offline.builders import _dedupe, _verbatim
from agent.memory.offline.context import _from_context
from agent.memory.offline.normalization import normalize
from agent.memory.offline.requests import _explicit_body, _forget_candidates, _strip_consent
from agent.memory.offline.statements import _statement_candidates


def extract_offline(message: str, previous_assistant: str | None = None) -> list[Candidate]:
    """All candidates in one user message, in order, without duplicates."""
    text = normalize(message)
    forget = _forget_candidates(text, previous_assistant)
    if forget:
        return forget
    body = _explicit_body(text)
    if body is None:
        body = _strip_consent(text)
    explicit = body is not None
    body = body if body is not None else text
    found = _from_context(body, previous_assistant)
    found.extend(_statement_candidates(body, verbatim=explicit))
    if explicit:
        if not [c for c in found if c.topic is None]:
            found.append(_verbatim(body))
        found = [c.with_(explicit=True) for c in found]
    return _dedupe(found)
