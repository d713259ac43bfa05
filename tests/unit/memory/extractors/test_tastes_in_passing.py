"""Lasting tastes, limits and aims said casually, in English and other languages: a verdict
on a food, a drink taken one way, one tool only, a wish for every answer, a goal said as a
thing or with "I'd like to". Each has a look-alike about the task at hand that must stay out."""

from __future__ import annotations

import pytest

from tests.support.judged import stored


@pytest.mark.parametrize(("message", "expected"), [
    ("olives are a hard no for me, can you redo the salad?", "Dislikes olives"),
    ("honestly anything with raisins is a no from me. oat cookie recipe?", "Dislikes raisins"),
    ("I can't stomach coffee, what else gives energy in the morning", "Can't handle coffee"),
    ("I always take my tea without sugar, is honey ok for a cold?", "Takes tea without sugar"),
    ("please keep your replies brief, I read on the bus. what's a good podcast app",
     "Prefers brief answers"),
    ("been saving up for a campervan for ages, how do I budget for insurance",
     "Is saving for a campervan"),
    ("the end goal is a marathon in Berlin so I need a base plan", "Goal is a marathon in Berlin"),
    ("I'd like to finally learn the cello, is 45 too old?", "Wants to learn the cello"),
])
def test_a_lasting_taste_or_aim_said_in_passing(message: str, expected: str) -> None:
    assert expected in stored(message)


@pytest.mark.parametrize("message", [
    "that one is a hard no, give me another",
    "I can't handle this spreadsheet anymore",
    "I'd like to open a support ticket",
    "make this answer short please",
    "I'd like to learn how to use pivot tables",
])
def test_the_task_at_hand_is_no_lasting_taste(message: str) -> None:
    assert not stored(message)


@pytest.mark.parametrize(("message", "expected"), [
    ("Ich verwende beruflich nur Ubuntu, bitte keine Mac-Tipps", "Uses only Ubuntu"),
    ("ik gebruik thuis alleen Firefox", "Uses only Firefox"),
    ("j'utilise que Linux, comment installer Zoom ?", "Uses only Linux"),
    ("main hamesha Notion hi use karti hoon, template bana do", "Always uses Notion"),
    ("家でも会社でもRustしか使わないです", "Uses only Rust"),
    ("de la musique pour cuisiner ? pas de rap, je supporte pas ça", "Dislikes rap"),
    ("tô estudando pra passar no ENEM, me ajuda com redação?", "Is studying to pass ENEM"),
])
def test_the_same_in_other_languages(message: str, expected: str) -> None:
    assert expected in stored(message)


def test_a_tool_used_without_only_is_no_limit() -> None:
    assert not [s for s in stored("Ich nutze Linux seit Jahren") if "only" in s]


@pytest.mark.parametrize(("message", "expected"), [
    ("hai, saya Aiman. kerja sebagai nurse kat Hospital Ampang, duduk Cheras.",
     {"Name is Aiman", "Works at Hospital Ampang", "Lives in Cheras"}),
    ("update: dah pindah ke Johor Bahru, sekarang kerja kat Shopee.",
     {"Lives in Johor Bahru", "Works at Shopee"}),
    ("Kenji です。Sapporo に住んでます。", {"Name is Kenji", "Lives in Sapporo"}),
    ("Rakuten で働き始めました", {"Works at Rakuten"}),
])
def test_malay_and_japanese_with_latin_names(message: str, expected: set[str]) -> None:
    assert expected <= stored(message)


@pytest.mark.parametrize(("message", "expected"), [
    ("not a fan of exclamation marks in emails tbh, can you tone this down",
     "Dislikes exclamation marks in emails"),
    ("no coriander for me ever, what else goes in a green curry?", "Dislikes coriander"),
    ("cant do dairy at all, my stomach hates it. creamy soup without it?", "Can't handle dairy"),
    ("I love anything smoky, what wood chips should I get", "Loves anything smoky"),
    ("Linux-only household, so how do I print from the terminal", "Uses only Linux"),
    ("I always use metric, how much is 5 stone", "Prefers metric units"),
    ("I work nights so what's a good time to meal prep?", "Works night shifts"),
])
def test_a_statement_before_its_question_or_a_verdict(message: str, expected: str) -> None:
    assert expected in stored(message)


@pytest.mark.parametrize(("message", "expected"), [
    ("main strict veg hoon, koi paneer recipe batao", "Is vegetarian"),
    ("hospital mein night shift karti hoon, sleep tips do", "Works night shifts"),
    ("je bois pas d'alcool, une idée de mocktail ?", "Does not drink alcohol"),
    ("aku nggak makan babi ya, resep sate ayam dong", "Does not eat pork"),
    ("ayoko talaga ng talong, ano pwedeng ipalit?", "Dislikes talong"),
    ("저는 항상 Vue만 쓰고 있어요. 컴포넌트 예제 주세요", "Uses only Vue"),
    ("Antworte mir immer kurz, bitte. Wie geht ein Git-Rebase?", "Prefers short answers"),
])
def test_tastes_and_limits_in_other_languages(message: str, expected: str) -> None:
    assert expected in stored(message)


@pytest.mark.parametrize(("message", "absent"), [
    ("I used to work at Deliveroo as a rider, can you help with my CV", "Works at Deliveroo"),
    ("dulu aku tinggal di Medan, sekarang bantu bikin surat lamaran", "Lives in Medan"),
    ("Responde en inglés solo esta vez: how do you say 'ánimo'?", "Prefers responses in English"),
    ("stel dat ik in Utrecht zou wonen, wat kost een fiets daar?", "Lives in Utrecht"),
])
def test_a_past_a_one_off_or_a_supposed_fact_stays_out(message: str, absent: str) -> None:
    assert absent not in stored(message)


def test_a_supposition_covers_its_own_sentence_only() -> None:
    message = ("stel dat ik in Utrecht zou wonen, wat kost een fiets daar? Ik woon nu in "
               "Zwolle en werk bij Wehkamp.")
    assert {"Lives in Zwolle", "Works at Wehkamp"} <= stored(message)
    assert "Lives in Utrecht" not in stored(message)


def test_now_after_used_to_is_not_over() -> None:
    assert "Lives in Porto" in stored("I used to live in Braga, now I live in Porto")
    assert "Is a welder" not in stored("I used to be a welder, can you help me retrain?")


def test_a_goal_since_childhood_names_no_goal() -> None:
    assert not [s for s in stored("It's been my goal since I was a kid, honestly")
                if s.startswith("Goal")]
