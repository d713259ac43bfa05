"""Things that happen between chats, said in one breath: a break-up, a pet or relative who
died, a new pet or baby named, a move or a new job said with the old one, going freelance. The
change reader must retract what ended and keep what began, and never retract on the news
about someone else."""

from __future__ import annotations

import pytest

from agent.memory.extractors.rules import extract_with_rules
from agent.memory.policy import judge


def _stored(message: str) -> set[str]:
    verdict = judge(extract_with_rules(message, None), message, None)
    return {c.text for c in verdict.accepted if c.topic is None and c.op == "add"}


def _retracted(message: str) -> set[str]:
    return {c.value.lower() for c in extract_with_rules(message) if c.op == "delete"}


@pytest.mark.parametrize(("message", "gone"), [
    ("tobias and i broke up last month, need a playlist for running", "tobias"),
    ("I split up with Noor in the spring. anyway, cheap dinners for one?", "noor"),
    ("my girlfriend and I separated, so it's just me in the flat now", "girlfriend named"),
    ("terminé con Diego, ahora vivo sola", "diego"),
    ("j'ai rompu avec Lucas la semaine dernière", "lucas"),
    ("hab mit Jonas Schluss gemacht", "jonas"),
])
def test_a_break_up_retracts_the_partner(message: str, gone: str) -> None:
    assert gone in _retracted(message)


@pytest.mark.parametrize(("message", "gone"), [
    ("Biscotto è morto ieri, aveva 14 anni", "biscotto"),
    ("we had to put Ziggy down on friday. how do I explain it to a 6 year old?", "ziggy"),
    ("our old cat Pepper passed away last night", "pepper"),
])
def test_a_pet_that_died_is_retracted_and_not_stored_again(message: str, gone: str) -> None:
    assert gone in _retracted(message)
    assert not [s for s in _stored(message) if gone in s.lower()]


@pytest.mark.parametrize("message", [
    "Queen Elizabeth died in 2022, right?",
    "my cousin and her boyfriend broke up, what do I say to her?",
    "Kurt Cobain died young, what was his last album",
])
def test_someone_elses_news_retracts_nothing(message: str) -> None:
    assert not _retracted(message)


@pytest.mark.parametrize(("message", "expected"), [
    ("picked up a kitten from the shelter today, a tabby, we're naming her Pesto",
     "Has a kitten named Pesto"),
    ("he's here!! Tomás, born on sunday at 4am. tips for the first week?",
     "Has a son named Tomás"),
    ("so I'm dating someone new, Ines. first dinner at mine on friday, ideas?",
     "Has a partner named Ines"),
])
def test_a_new_pet_baby_or_partner_is_named(message: str, expected: str) -> None:
    assert expected in _stored(message)


@pytest.mark.parametrize(("message", "expected"), [
    ("we finally moved out of Leeds to York, the boxes are everywhere", {"Lives in York"}),
    ("my brother moved to Perth and we moved too — Adelaide! need a housewarming menu",
     {"Lives in Adelaide"}),
    ("left Halfords in may, I'm now a fleet manager at Arriva. help with a rota",
     {"Works at Arriva", "Is a fleet manager"}),
    ("handed in my notice at Publicis, going freelance as a copywriter from monday",
     {"Works freelance", "Is a copywriter"}),
    ("I retired in March after 40 years on the buses, any hobby ideas?", {"Is retired"}),
    ("I'm the manager of a bakery in Graz, can you plan the staff holidays for August?",
     {"Lives in Graz"}),
])
def test_a_move_or_a_job_change_keeps_the_new_value(message: str, expected: set[str]) -> None:
    stored = _stored(message)
    assert expected <= stored, stored
    assert "Lives in Leeds" not in stored and "Lives in Perth" not in stored


@pytest.mark.parametrize(("message", "expected"), [
    ("I might accept the offer from Monzo. Right now I'm an analyst at Revolut, thoughts?",
     {"Works at Revolut"}),
    ("we're moving to Perth next spring, right now we live in Darwin. what to pack?",
     {"Lives in Darwin"}),
    ("Si j'avais le temps je vivrais à la montagne 😂 mais bon, en vrai je suis boulanger à "
     "Nantes.", {"Lives in Nantes"}),
])
def test_what_holds_now_beside_a_plan_or_a_daydream(message: str, expected: set[str]) -> None:
    assert expected <= _stored(message)


def test_right_now_without_a_plan_is_still_for_now() -> None:
    assert "Lives in Rome" not in _stored("right now I'm in Rome, any good gelato?")


def test_a_pet_that_died_said_with_a_foreign_possessive() -> None:
    message = "Mein Kater Felix ist gestorben, und jetzt ist die Wohnung so leer"
    assert "felix" in _retracted(message)
    assert not [s for s in _stored(message) if "Felix" in s]


def test_a_german_job_change_said_where_first() -> None:
    message = "bei Lidl hab ich gekündigt, ab Montag bin ich bei Aldi Süd"
    assert "lidl" in _retracted(message)
    assert "Works at Aldi Süd" in _stored(message)
