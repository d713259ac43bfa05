"""How every answer should look, said for good inside a request: the 24-hour clock,
bluntness, short answers "unless I ask", a name asked for "from now on" (and in Dutch and
Chinese), a reply language said beside a level "right now"; against the same words for one
task and Dutch "zeg maar" as "so to say"."""

from __future__ import annotations

import pytest

from agent.memory.extractors import offline_extractor
from agent.personal_memory import PersonalMemory
from tests.support.judged import after_chats, stored

GATED = offline_extractor("gated")


@pytest.mark.parametrize(("message", "expected"), [
    ("mulai sekarang selalu pakai format 24 jam ya, jangan AM/PM", "Prefers the 24-hour clock"),
    ("going forward, be blunt with me. here's my pitch deck outline:", "Wants blunt answers"),
    ("honestly I hate long answers, keep em short unless I ask for more. best way to descale "
     "a kettle?", "Prefers short answers"),
    ("以后请叫我 Kevin 就行，帮我写一个会议议程", "Name is Kevin"),
    ("Zeg maar gewoon Sanne hoor, geen 'u'. Kun je een brief nakijken?", "Name is Sanne"),
    ("My name's Theodore but that's a mouthful, so from now on just Theo please.",
     "Name is Theo"),
    ("I'm learning Italian (A2 right now) so from now on answer me in Italian please.",
     "Prefers responses in Italian"),
])
def test_standing_wishes_are_kept(message: str, expected: str) -> None:
    assert expected in stored(message, extract=GATED)


def test_a_home_of_a_whole_life_is_the_home_still() -> None:
    """The rule's reading (the learned veto may still judge a bare clause as no fact)."""
    assert "Lives in Phoenix" in stored("Lived in Phoenix my whole life. What plants survive "
                                        "115 degrees?")
    assert "Lives in Tucson" in stored("I've lived in Tucson all my life, so heat is nothing new")


@pytest.mark.parametrize("message", [
    "no emoji in this one please, it's for my boss",
    "what's 20 celsius in fahrenheit?",
    "convert this recipe to celsius for me",
    "be blunt: is this cover letter any good?",
    "keep them short",
    "zeg maar wat je wil, ik vind alles goed",
    "from now on Spanish please",
    "we lived in Leeds when I was a kid",
])
def test_one_task_wishes_keep_nothing(message: str) -> None:
    facts = stored(message, extract=GATED)
    assert not {f for f in facts if f.startswith(("Prefers", "Wants", "Name is", "Lives in"))}, \
        facts


@pytest.mark.parametrize(("messages", "kept", "gone"), [
    (("keep answers short from now on pls", "ok I take it back, from now on give me the full "
      "detailed version. how do ISAs work?"), ["detailed"], ["short"]),
])
def test_a_later_wish_replaces_the_earlier(mem: PersonalMemory, user_id: str,
                                           messages: tuple[str, ...], kept: list[str],
                                           gone: list[str]) -> None:
    memories = after_chats(mem, user_id, *messages)
    assert all(k.lower() in memories.lower() for k in kept), memories
    assert not any(g.lower() in memories.lower() for g in gone), memories
