"""A caller's model choice, checked before any work starts."""

from __future__ import annotations

from agent.api.errors import invalid
from agent.models import ModelConfigError, load_chat_model

__all__ = ["checked_model"]


def checked_model(spec: str | None) -> str | None:
    """Build the requested model once (it is cached) so a bad choice is a 422, not a failed
    run halfway through a turn. ``None`` keeps the server default."""
    if spec is None:
        return None
    try:
        load_chat_model(spec)
    except ModelConfigError as exc:
        raise invalid(str(exc), code="model_unavailable") from exc
    return spec
