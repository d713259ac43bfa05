"""Who a run is for and how memory behaves in it: the one place a run is resolved.

Every entry point (REST turn and SSE, LangServe, Studio, CLI, evals, an embedding app's own
graph) ends up in ``resolve_run``. A caller may pass what it already knows as a resolved
``Run`` (the REST API checks ownership and reads the chat first); anything else that names a
user (a dataclass, a pydantic model, a dict, or ``config["configurable"]``) is resolved here,
once, with the user's memory switch read from the store. Nodes read the result and never
re-read settings.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any, Protocol

from langchain_core.runnables import RunnableConfig

RUN_KEYS = ("user_id", "model", "memory_enabled", "temporary")


class MissingUserId(ValueError):
    """A run reached the memory without a user id: there is no shared default user."""

    def __init__(self) -> None:
        super().__init__(
            "PersonalMem needs the user id of this run: pass it as the run's context "
            "(context={'user_id': '...'}) or as config['configurable']['user_id'].")


@dataclass(frozen=True, kw_only=True)
class Run:
    """A resolved run. ``memory_on`` already folds in temporary chats, the per-run switch
    and the user's own setting; ``model`` is the spec to use, never empty."""

    user_id: str
    chat_id: str | None = None
    model: str
    temporary: bool = False
    memory_on: bool


@dataclass(kw_only=True)
class Context:
    """What a caller may set for one run (the packaged graph's ``context_schema``).

    Only ``user_id`` is required; it defaults to empty so a client that builds the context
    without it (LangGraph Studio does) gets ``MissingUserId`` from the first node, with a
    message that says what to do, rather than a constructor error. ``memory_enabled=False``
    turns memory off for this run; ``temporary=True`` makes it neither read nor write memory.
    """

    user_id: str = ""
    model: str | None = None
    memory_enabled: bool = True
    temporary: bool = False


class MemorySwitch(Protocol):
    """Where a user's memory on/off setting is kept."""

    def memory_enabled(self, user_id: str) -> bool: ...


def run_values(context: Any, config: RunnableConfig | None) -> dict[str, Any]:
    """The run keys a caller set, from ``configurable`` first, then the context on top.

    The context may be a dataclass, a pydantic model or a mapping; LangServe and some Studio
    set-ups only speak the older ``configurable`` dialect. Unknown keys are ignored.
    """
    values: dict[str, Any] = {}
    configurable = (config or {}).get("configurable") or {}
    values.update({k: configurable[k] for k in RUN_KEYS if configurable.get(k) is not None})
    if isinstance(context, Mapping):
        raw: Mapping[str, Any] = context
    elif hasattr(context, "model_dump"):
        raw = context.model_dump()
    elif context is not None and hasattr(context, "__dataclass_fields__"):
        raw = {f.name: getattr(context, f.name) for f in fields(context)}
    else:
        raw = {}
    values.update({k: raw[k] for k in RUN_KEYS if raw.get(k) is not None})
    return values


def chat_id_of(config: RunnableConfig | None) -> str | None:
    """The chat id is the checkpointer thread id."""
    value = ((config or {}).get("configurable") or {}).get("thread_id")
    return str(value) if value is not None else None


def resolve_run(context: Any, config: RunnableConfig | None, *, default_model: str,
                switch: MemorySwitch, memory_on: bool | None = None) -> Run:
    """Resolve a run (see the module docstring). ``memory_on`` given skips the store read:
    the pre-step resolved it and later nodes of the same run pass it along."""
    if isinstance(context, Run):
        return context
    values = run_values(context, config)
    user_id = values.get("user_id")
    if not isinstance(user_id, str) or not user_id.strip():
        raise MissingUserId()
    temporary = bool(values.get("temporary", False))
    if memory_on is None:
        memory_on = (bool(values.get("memory_enabled", True)) and not temporary
                     and switch.memory_enabled(user_id))
    return Run(user_id=user_id, chat_id=chat_id_of(config),
               model=str(values.get("model") or default_model), temporary=temporary,
               memory_on=memory_on)
