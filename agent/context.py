"""Per-run context: who is talking and how memory behaves for this run."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from langchain_core.runnables import RunnableConfig


@dataclass(kw_only=True)
class Context:
    """Values a caller sets for one run. The user id scopes every memory read and write."""

    user_id: str = "default-user"
    model: str | None = None
    memory_enabled: bool = True
    temporary: bool = False


_FIELDS = {f.name for f in fields(Context)}


def resolve_context(context: Context | Mapping[str, Any] | None, config: RunnableConfig) -> Context:
    """Return the run's context.

    LangGraph passes ``context=`` through ``Runtime``; clients that only speak the older
    ``configurable`` dialect (LangServe, some Studio set-ups) put the same keys there, so we
    fall back to it. Unknown keys are ignored rather than trusted.
    """
    if isinstance(context, Context):
        return context
    values: dict[str, Any] = {}
    configurable = config.get("configurable") or {}
    values.update({k: v for k, v in configurable.items() if k in _FIELDS and v is not None})
    if isinstance(context, Mapping):
        values.update({k: v for k, v in context.items() if k in _FIELDS and v is not None})
    return Context(**values)


def chat_id_of(config: RunnableConfig) -> str | None:
    """The chat id is the checkpointer thread id."""
    value = (config.get("configurable") or {}).get("thread_id")
    return str(value) if value is not None else None
