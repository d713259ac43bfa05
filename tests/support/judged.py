"""What the policy lets through of one message's candidates, as the extractor tests read it:
the facts stored, the values retracted; and what a user's memory holds after a few chats.
One place, so every test judges the same way."""

from __future__ import annotations

from collections.abc import Callable

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules import extract_with_rules
from agent.memory.policy import judge
from agent.personal_memory import PersonalMemory

Extract = Callable[[str, str | None], list[Candidate]]


def accepted(message: str, previous: str | None = None,
             extract: Extract = extract_with_rules) -> list[Candidate]:
    return judge(extract(message, previous), message, previous).accepted


def stored(message: str, previous: str | None = None,
           extract: Extract = extract_with_rules) -> set[str]:
    """The texts of the facts that would be added (hobby evidence is not a fact yet)."""
    return {c.text for c in accepted(message, previous, extract)
            if c.topic is None and c.op == "add"}


def retracted(message: str, extract: Extract = extract_with_rules) -> set[str]:
    """The values the message takes back, as the extractor wrote them."""
    return {c.value for c in accepted(message, None, extract) if c.op == "delete"}


def after_chats(mem: PersonalMemory, user: str, *messages: str) -> str:
    """Each message in a chat of its own, then the user's memories joined ("a | b")."""
    for at, message in enumerate(messages):
        mem.observe(user, message, chat_id=f"c{at}")
    return " | ".join(sorted(m.text for m in mem.store.list(user)))


def check_after_chats(mem: PersonalMemory, user: str, messages: tuple[str, ...],
                      kept: list[str], gone: list[str]) -> None:
    """After each message in a chat of its own: every kept word in some memory, no gone one."""
    memories = after_chats(mem, user, *messages)
    assert all(k.lower() in memories.lower() for k in kept), memories
    assert not any(g.lower() in memories.lower() for g in gone), memories
