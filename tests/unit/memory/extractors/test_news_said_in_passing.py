"""News of the user's own said in passing, as people write it: a new job started in French,
German or Portuguese, a workplace named by its kind ("I work at a bakery"), a move to Bursa
said as "since we moved", a home mended with "I'm at Leicester, not Leeds"; and what is no
workplace ("at uni") or no laugh (a grimace before a plan)."""

from __future__ import annotations

import pytest

from agent.memory.extractors import offline_extractor
from agent.memory.policy import judge
from tests.support.judged import stored

GATED = offline_extractor("gated")


def stored_gated(message: str) -> set[str]:
    return stored(message, extract=GATED)


@pytest.mark.parametrize(("message", "expected"), [
    ("Nouvelle vie : j'ai quitté Leroy Merlin, je viens de commencer chez Decathlon (toujours "
     "à Lille). Comment je me présente à mon équipe ?", {"Works at Decathlon"}),
    ("kurz: ich habe letzte Woche bei Bosch angefangen, wie schreibe ich eine gute Signatur?",
     {"Works at Bosch"}),
    ("comecei na Natura em março, me ajuda com um e-mail pro time?", {"Works at Natura"}),
    ("I work at a bakery in town, so early mornings. easy breakfast ideas?",
     {"Works at a bakery"}),
    ("Bursa'ya taşındığımızdan beri kışlar çok soğuk geliyor 😅 faturayı nasıl düşürürüm?",
     {"Lives in Bursa"}),
    ("im a second year nursing student at uni in Leeds and i need a revision timetable",
     {"Is a second year nursing student", "Lives in Leeds"}),
])
def test_news_in_passing(message: str, expected: set[str]) -> None:
    assert stored_gated(message) == expected


def test_a_home_mended_with_im_at() -> None:
    message = ("hiya, quick correction from last time, I said Leeds but I'm at Leicester, not "
               "Leeds 🙈 anyway can u explain beta blockers")
    mended = [c for c in judge(GATED(message, None), message).accepted if c.op == "correct"]
    assert [(c.old, c.value) for c in mended] == [("Leeds", "Leicester")]


def test_a_grimace_is_no_laugh() -> None:
    """A hobby said with a nervous face still counts as a sign of the hobby."""
    message = "Just signed up for my first marathon 😬"
    found = judge(GATED(message, None), message)
    assert "running" in [c.topic for c in found.accepted]
    assert "joke" not in [why for _, why in found.rejected]


@pytest.mark.parametrize("message", [
    # the language of a text to write, not of the answers
    "Mi aiuti a scrivere una breve bio in inglese, max 60 parole? Tono professionale.",
    "écris-moi une lettre en allemand pour mon propriétaire",
    # a job aimed at, not held
    "I'd like to end up in coral reef restoration or fisheries consulting, not academia.",
])
def test_not_a_fact_of_the_users(message: str) -> None:
    assert stored_gated(message) == set()
