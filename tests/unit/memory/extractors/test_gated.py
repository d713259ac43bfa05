"""The gated extractor's combination logic: what the classifier may veto and add.

The classifier is replaced by a scripted one here (its own quality is measured by the evals);
these tests pin down which rule candidates it may veto and which clauses it may add.
"""

from __future__ import annotations

from typing import Any, cast

from agent.memory.candidates import Candidate
from agent.memory.extractors.gated import GatedExtractor
from agent.memory.extractors.learned import LearnedExtractor
from agent.memory.extractors.rules import RuleExtractor


class ScriptedClassifier:
    """P(fact) per clause from a table; phrase facts from a table of clause -> text."""

    def __init__(self, p_fact: dict[str, float], phrases: dict[str, str] | None = None) -> None:
        self.p_fact = p_fact
        self.phrases = phrases or {}

    def fact_probability(self, clauses: list[str], previous: str | None) -> list[float]:
        return [self.p_fact.get(c, 1.0) for c in clauses]

    def phrase_facts(self, message: str, previous: str | None, threshold: float
                     ) -> list[Candidate]:
        return [Candidate(text=text, category="preference", value=clause, clause=clause)
                for clause, text in self.phrases.items() if clause in message]


def gated(p_fact: dict[str, float], phrases: dict[str, str] | None = None) -> GatedExtractor:
    learned = cast(LearnedExtractor, cast(Any, ScriptedClassifier(p_fact, phrases)))
    return GatedExtractor(RuleExtractor(), learned, gate=0.5, add=0.7)


def test_rule_fact_in_a_clause_judged_factless_is_dropped() -> None:
    message = "I live in Lyon"
    kept = gated({"I live in Lyon": 0.9})(message, None)
    dropped = gated({"I live in Lyon": 0.1})(message, None)
    assert [c.text for c in kept] == ["Lives in Lyon"] and dropped == []


def test_commands_and_explicit_requests_are_never_vetoed() -> None:
    veto_all = gated({})
    veto_all.learned = cast(LearnedExtractor, cast(Any, ScriptedClassifier({}, {})))
    veto_all.gate = 1.01
    assert [c.op for c in veto_all("Forget that I live in Lyon", None)] == ["delete"]
    assert veto_all("Please remember that I live in Lyon", None)


def test_a_clause_no_rule_read_is_added_from_the_classifier() -> None:
    message = "I've been vegan for six years now"
    found = gated({}, {message: "Has been vegan for six years now"})(message, None)
    assert [c.text for c in found] == ["Has been vegan for six years now"]


def test_a_clause_a_rule_read_is_not_added_twice() -> None:
    message = "I live in Lyon"
    found = gated({message: 0.9}, {message: "Lives in Lyon, France"})(message, None)
    assert [c.text for c in found] == ["Lives in Lyon"]
