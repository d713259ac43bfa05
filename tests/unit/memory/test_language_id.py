"""Which clauses the English-only classifier may judge: a confident other language, or a
short clause plainly in another script, is taken away from it."""

from __future__ import annotations

import pytest

from agent.memory.language_id import reads_as_english


@pytest.mark.parametrize("text", ["живу в Казани", "我住在成都", "أعيش في دبي", "부산 살아요"])
def test_a_short_clause_in_another_script_is_not_english(text: str) -> None:
    assert not reads_as_english(text)


@pytest.mark.parametrize("text", ["ok thx", "im a nurse lol", "I live in Kraków"])
def test_short_latin_clauses_stay_with_the_classifier(text: str) -> None:
    assert reads_as_english(text)
