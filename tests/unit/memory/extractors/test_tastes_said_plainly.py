"""Lasting tastes, limits and reply wishes said the way people say them in passing (slang, a
habit, a fragment answering the assistant, Spanish, Hinglish, Japanese), beside the one-off
look-alikes that must stay out of memory."""

from __future__ import annotations

import pytest

from agent.memory.extractors.rules import extract_with_rules
from agent.memory.policy import judge
from agent.personal_memory import PersonalMemory


def _stored(message: str, previous: str | None = None) -> set[str]:
    verdict = judge(extract_with_rules(message, previous), message, previous)
    return {c.text for c in verdict.accepted if c.topic is None and c.op == "add"}


@pytest.mark.parametrize(("message", "expected"), [
    ("lowkey obsessed with matcha, like i put it in everything 🍵", {"Loves matcha"}),
    ("Amsterdam to Copenhagen next month? I always go by train, haven't flown since 2018",
     {"Always travels by train"}),
    ("Pero sin cebolla porfa, la cebolla me da un asco que no veas, no la soporto en nada",
     {"Dislikes cebolla"}),
    ("No tomo alcohol, nunca he tomado, así que pásame ideas de bebidas sin alcohol",
     {"Does not drink alcohol"}),
    ("aur haan, mujhe bahut spicy khana pasand hai, toh mirchi double kar dena always",
     {"Likes spicy khana"}),
    ("mujhe karela bilkul pasand nahi", {"Dislikes karela"}),
    ("I'm an ICU nurse on permanent nights so my 'morning' is basically 4pm",
     {"Is an ICU nurse", "Works night shifts"}),
])
def test_a_lasting_taste_said_in_passing(message: str, expected: set[str]) -> None:
    assert _stored(message) == expected


@pytest.mark.parametrize(("previous", "answer", "expected"), [
    ("Before I start: do you follow any particular diet, or is there anything you avoid?",
     "keto. strict, been on it 2 yrs", {"Is keto"}),
    ("Happy to help! Which language would you like me to reply in from now on?",
     "日本語でお願いします。英語を読むのはちょっと疲れるので。", {"Prefers responses in Japanese"}),
])
def test_a_fragment_answering_the_assistant(previous: str, answer: str,
                                           expected: set[str]) -> None:
    assert _stored(answer, previous) == expected


@pytest.mark.parametrize("message", [
    "I'm obsessed with this song",  # the thing at hand
    "my daughter is obsessed with dinosaurs",  # someone else's
    "mujhe ye pasand hai",  # "I like this"
    "ayoko ng matamis ngayon, ang sakit ng ngipin ko 😩",  # not today: a toothache
    "I'm doing keto this week",  # one week
    "sin azúcar por favor, mi hijo no la soporta",  # the son's
])
def test_one_off_look_alikes_store_nothing(message: str) -> None:
    assert _stored(message) == set()


def test_fragments_that_are_only_the_fact_pass_the_learned_veto(mem: PersonalMemory,
                                                                user_id: str) -> None:
    """End to end through the offline writer: a bare diet and a verdict said as a formula are
    facts, though the clause classifier, taught on sentences, reads them as chatter."""
    mem.observe(user_id, "paramedic. 12h shifts, 4 on 4 off. veggie. mushrooms = absolutely "
                         "not. meal prep plan for my on days?", chat_id="c1")
    texts = {m.text for m in mem.list(user_id)}
    assert {"Is vegetarian", "Dislikes mushrooms"} <= texts


@pytest.mark.parametrize(("message", "expected"), [
    ("vegetarian. trying to hit 120g protein. no tofu pls, the texture makes me gag. ideas?",
     {"Is vegetarian", "Dislikes tofu"}),
    ("Sou vegana há uns cinco anos, então nada de ovo nas receitas, tá? Me ensina um bolo",
     {"Is vegan"}),
])
def test_a_refusal_with_its_reason_and_a_statement_with_a_tag(message: str,
                                                              expected: set[str]) -> None:
    assert _stored(message) == expected


@pytest.mark.parametrize("message", ["vegan?", "the sauce: no", "can you check this, ok?"])
def test_a_bare_word_asked_or_about_the_task_is_no_fact(message: str) -> None:
    assert _stored(message) == set()


@pytest.mark.parametrize(("message", "expected"), [
    ("Chez moi c'est LibreOffice et rien d'autre, j'ai jamais voulu payer pour Office",
     {"Uses only LibreOffice"}),
    ("nah dont cushion it. i like my feedback blunt, always", {"Likes their feedback blunt"}),
    ("я backend developer, живу в Tbilisi уже два года", {"Lives in Tbilisi"}),
])
def test_tools_tastes_and_homes_in_other_wordings(message: str, expected: set[str]) -> None:
    assert _stored(message) == expected


def test_a_taste_in_someone_elses_words_stays_out() -> None:
    assert _stored("I love their music") == set()
