"""The unit every extractor emits and the policy judges: one candidate fact."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from pydantic import BaseModel, Field

Op = Literal["add", "delete", "correct", "forget_all"]


@dataclass(frozen=True)
class Candidate:
    """A fact about the user that an extractor found in one message.

    ``text`` is the canonical third-person statement we would store ("Lives in Berlin").
    ``attribute`` names a single-valued slot (name, location, ...) so a new value supersedes
    the old one. ``topic`` marks a hobby mention that only becomes a memory when it recurs
    across chats. ``clause`` is the user's own words the fact came from, for the policy.
    ``engaged`` is False for a hobby only mentioned ("any good astronomy apps?"): it counts
    as one of the chats a topic came up in, but some chat must show the user doing it.
    ``change`` marks a fact the message states as replacing an earlier one ("we moved from
    Lyon to Bordeaux", "got promoted to team lead"): said in so many words, it is not left
    to the clause classifier, which has seen few of them.
    A ``correct`` candidate mends a word the user got wrong before ("I said Leeds but it's
    Bradford"): ``old`` is the wrong word, ``value`` the right one; whatever memory holds the
    old word is rewritten with the new (the slot is the memory's, unknown to the message).
    """

    text: str
    category: str
    value: str
    clause: str
    attribute: str | None = None
    op: Op = "add"
    explicit: bool = False
    topic: str | None = None
    sensitive: bool = False
    engaged: bool = True
    change: bool = False
    old: str | None = None

    def with_(self, **changes: object) -> Candidate:
        return replace(self, **changes)  # type: ignore[arg-type]


def dedupe(candidates: list[Candidate]) -> list[Candidate]:
    """The first of each (op, text) pair: two readings of one clause must not store twice."""
    seen: set[tuple[str, str]] = set()
    out: list[Candidate] = []
    for cand in candidates:
        key = (cand.op, cand.text.lower())
        if key not in seen:
            seen.add(key)
            out.append(cand)
    return out


class ExtractedFact(BaseModel):
    """Structured-output schema for LLM extraction (kept tiny on purpose: it is prompt too)."""

    text: str = Field(description="Short third-person statement, e.g. 'Lives in Berlin'.")
    category: Literal[
        "name", "role", "preference", "goal", "language", "constraint", "location",
        "interest", "personal", "health", "other",
    ]
    attribute: str | None = Field(
        default=None,
        description="Single-valued slot if any: name, role, employer, location, language, diet.",
    )
    value: str = Field(description="The key value, verbatim from the message, e.g. 'Berlin'.")
    op: Literal["add", "delete"] = "add"


class Extraction(BaseModel):
    """What the LLM returns: zero or more facts."""

    facts: list[ExtractedFact] = Field(default_factory=list)
