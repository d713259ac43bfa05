"""The job-title reader's candidates and labels."""

from __future__ import annotations

import pytest

from agent.memory.extractors.learned.roles import role_label, role_spans


def titles(text: str) -> set[str]:
    return {text[start:end] for start, end in role_spans(text)}


@pytest.mark.parametrize(("text", "title"), [
    ("I fix elevators lol. field tech for Otis", "field tech"),
    ("lol I'm a lunch lady at an elementary in Tulsa", "lunch lady"),
    ("Priyanka here — clinical research coordinator at Mayo", "clinical research coordinator"),
    ("I'm Rahul, PhD student in law at IIT", "PhD student in law"),
])
def test_a_title_said_any_way_is_a_candidate(text: str, title: str) -> None:
    assert title in titles(text)


def test_candidates_neither_start_nor_end_on_a_function_word_nor_cross_punctuation() -> None:
    found = titles("I'm a nurse, at the hospital")
    assert "nurse" in found
    assert not {"a nurse", "nurse at", "nurse, at", "nurse at the hospital"} & found
    assert all(not t.lower().startswith(("a ", "the ", "i'm")) for t in found)


def test_a_candidate_is_a_role_when_it_is_the_labelled_value_up_to_its_article() -> None:
    text = "I'm a solicitor at Clifford Chance"
    gold = [("role", 4, 15), ("employer", 19, 34)]  # "a solicitor"
    at = text.index("solicitor")
    assert role_label(text, at, at + len("solicitor"), gold) == "role"
    assert role_label(text, 19, 34, gold) == "none"  # the employer
    assert role_label(text, 19, 27, gold) == "none"


def test_plurals_and_activities_are_no_titles() -> None:
    found = titles("I got noticed by fashion editors while offering workshops at schools")
    assert not {"fashion editors", "offering workshops", "editors", "workshops"} & found
    assert {"fashion editor", "boss", "physics"} <= titles("fashion editor, boss, physics")
