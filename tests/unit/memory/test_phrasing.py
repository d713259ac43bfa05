"""A clause in the third person: the text of a memory made from the user's own words."""

from __future__ import annotations

import pytest

from agent.memory.phrasing import third_person


@pytest.mark.parametrize(("clause", "memory"), [
    ("I keep strictly kosher", "Keeps strictly kosher"),
    ("I started an online clothing store", "Started an online clothing store"),
    ("I was a teacher", "Was a teacher"),
    ("I miss Paris", "Misses Paris"),
    ("I need quiet mornings", "Needs quiet mornings"),
    ("I have two kids", "Has two kids"),
])
def test_third_person(clause: str, memory: str) -> None:
    assert third_person(clause) == memory
