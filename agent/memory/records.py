"""Typed views of memories and memory events, independent of mem0's dict shapes."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Category = Literal[
    "name",
    "role",
    "preference",
    "goal",
    "language",
    "constraint",
    "location",
    "interest",
    "personal",
    "health",
    "other",
]
CreatedBy = Literal["auto", "tool", "api"]
EventKind = Literal["created", "updated", "deleted"]

# Attributes a person has one value of at a time: a new value supersedes the old memory.
SINGLE_VALUED = frozenset(
    {"name", "role", "employer", "location", "language", "timezone", "age", "diet", "pronouns"}
)


@dataclass(frozen=True)
class MemoryRecord:
    """One remembered fact about one user."""

    id: str
    user_id: str
    text: str
    category: str = "other"
    attribute: str | None = None
    value: str | None = None
    source_chat_id: str | None = None
    created_by: str = "auto"
    sensitive: bool = False
    created_at: str | None = None
    updated_at: str | None = None
    score: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class MemoryEvent:
    """A write of this turn, shown to the user like a "memory updated" notice."""

    kind: EventKind
    memory_id: str
    text: str
    previous_text: str | None = None
    reason: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


NoticeKind = Literal["not_saved", "refused"]


@dataclass(frozen=True)
class MemoryNotice:
    """Something the user said that was deliberately not remembered, and why.

    It never carries the fact itself: a health detail kept out of memory must not reach the
    chat's saved state through its notice either.
    """

    kind: NoticeKind
    message: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class TurnOutcome:
    """What the post-step did with one user message."""

    events: list[MemoryEvent] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)
    notices: list[MemoryNotice] = field(default_factory=list)
