"""Facts given in shapes the clause reader misses, and look-alikes in the same shapes: a name
signed under "Best,", a profile given as a list after "intro:", second-language and
code-switched statements (Tagalog, Hinglish, Turkish, formal German, Japanese, Spanish), life
events (a pet rehomed, an engagement, a new pet named after the news). Each look-alike is
someone else's text, a state rather than a job, a plan being weighed or a one-off wish."""

from __future__ import annotations

import pytest

from agent.memory.extractors.rules import extract_with_rules
from agent.memory.policy import judge
from agent.personal_memory import PersonalMemory


def _stored(message: str) -> set[str]:
    verdict = judge(extract_with_rules(message, None), message, None)
    return {c.text for c in verdict.accepted if c.topic is None and c.op == "add"}


def _retracted(message: str) -> set[str]:
    return {c.value.lower() for c in extract_with_rules(message) if c.op == "delete"}


@pytest.mark.parametrize(("message", "expected"), [
    ("how long do I boil eggs for jammy yolks?\n\nthx!\nSiobhán", {"Name is Siobhán"}),
    ("can you tighten this up for leadership?\n\nBest,\nMarcus Webb | Senior PM, Atlassian",
     {"Name is Marcus Webb", "Is a Senior PM", "Works at Atlassian"}),
    ("help me plan the offsite\n\nCheers,\nAna Lima\nOps lead @ Nubank",
     {"Name is Ana Lima", "Is an Ops lead", "Works at Nubank"}),
])
def test_a_message_signed_by_the_user_gives_the_name_and_job(message: str,
                                                             expected: set[str]) -> None:
    assert _stored(message) == expected


@pytest.mark.parametrize("message", [
    # the sign-off of a text the user hands over is its writer's
    "my landlord wrote this, how do I answer?\n\nHi, rent goes up in May.\nRegards,\nTom Baker",
    "reply to this email:\n\nHello, the parcel is late.\nBest,\nJulia Stone",
    # nothing but a sign-off: no message it closes
    "Thanks,\nAnna",
    # "No worries" is no name
    "fix my code pls\n\nthanks\nNo worries",
])
def test_a_sign_off_that_is_not_the_users_stores_no_name(message: str) -> None:
    assert not {t for t in _stored(message) if t.startswith("Name is")}


def test_the_sign_off_reaches_memory_through_the_offline_writer(mem: PersonalMemory,
                                                               user_id: str) -> None:
    """End to end: the learned reader must neither veto the signed name nor read the
    signature line as a job ("Is an Atlassian")."""
    mem.observe(user_id, "can you tighten this up?\n\nBest,\nMarcus Webb | Senior PM, Atlassian",
                chat_id="c1")
    texts = {m.text for m in mem.list(user_id)}
    assert {"Name is Marcus Webb", "Works at Atlassian"} <= texts
    assert not any("Is an Atlassian" in t for t in texts)


def test_a_profile_list_after_an_intro_cue_is_read_item_by_item() -> None:
    message = ("ok quick intro so you stop guessing: Rafael, 34, backend dev @ Mercado Libre, "
               "Montevideo, 2 kids (Tomás 6, Lucía 3). mostly here for Go help.")
    assert _stored(message) == {"Name is Rafael", "Is a backend dev", "Works at Mercado Libre",
                                "Lives in Montevideo", "Has a child named Tomás",
                                "Has a child named Lucía"}


def test_a_list_without_the_cue_is_anyones() -> None:
    assert _stored("here's my character for the campaign: Thorin, 150, blacksmith @ Ironforge, "
                   "Erebor") == set()


@pytest.mark.parametrize(("message", "expected"), [
    ("Hello po! Nurse ako dito sa Riyadh, 3 years na", {"Works as nurse", "Lives in Riyadh"}),
    ("main TCS mein QA engineer hoon, koi tips?", {"Works as QA engineer", "Works at TCS"}),
    ("commute bahut lamba hai 😩 main wahan QA engineer hoon. koi podcast batao",
     {"Works as QA engineer"}),
    ("Bugün yine deadline var 😩 Trendyol'da data analyst olarak çalışıyorum, şu query'yi "
     "hızlandırabilir misin?", {"Works at Trendyol", "Works as data analyst"}),
    ("Artık İzmir'de yaşıyorum, İstanbul'dan taşındık. Buralarda iyi bir veteriner önerir misin?",
     {"Lives in İzmir"}),
    ("Guten Tag, könnten Sie mir bitte ab jetzt immer auf Deutsch antworten?",
     {"Prefers responses in German"}),
    ("日本語でお願いします。これからはずっと日本語で。", {"Prefers responses in Japanese"}),
    ("llevo 8 años de maestra en una escuela pública", {"Works as maestra"}),
    ("Depuis ce mois-ci je travaille à mon compte comme traductrice.",
     {"Works as traductrice"}),
    ("I'm an ICU nurse and I'm permanently on nights these days",
     {"Is an ICU nurse", "Works night shifts"}),
    ("pls update my name, it's legally Jordan Reyes-Whitfield now since the wedding",
     {"Name is Jordan Reyes-Whitfield"}),
    ("NEW PUPPY 🐶🐶 corgi, his name is Waffles. what do I need to buy?",
     {"Has a corgi dog named Waffles"}),
    ("got engaged to Sofia last night!!! ok I'm calm", {"Has a partner named Sofia"}),
    ("nossa gatinha nova se chama Pipoca!! o que ela pode comer?", {"Has a cat named Pipoca"}),
    ("sa Cebu po ako nakatira, near IT Park", {"Lives in Cebu"}),
    ("mar7aba, ana esmi Rami Haddad w ba3mal graphic design", {"Name is Rami Haddad"}),
    ("salam, smiti Yassine, 3ndi project dyal machine learning", {"Name is Yassine"}),
])
def test_facts_in_other_shapes_and_languages(message: str, expected: set[str]) -> None:
    assert _stored(message) == expected


@pytest.mark.parametrize("message", [
    "grabe ang araw ko, na-late ako sa jeep tapos nabasa pa ako ng ulan",  # a verb, no job
    "pagod ako today, kwentuhan mo naman ako",  # a state
    "main ek baat bolna chahta hoon",  # "I want to say one thing"
    "llevo dos años de casada y queremos viajar",  # married, not a job
    "thinking about maybe quitting and going freelance but idk... pros and cons?",
    "my sister got engaged to Tom, help me with a toast",
    "my friend's dog, her name is Luna, keeps barking",
    "нет, only this answer in Russian pls, it's for my mom",
    "слушай, my wife wants to start learning guitar, какую гитару купить for her?",
    "日本語でお願いします",  # this one question, no "from now on"
])
def test_look_alikes_store_nothing(message: str) -> None:
    assert _stored(message) == set()


def test_a_place_the_user_moved_from_is_not_the_home() -> None:
    assert not any("İstanbul" in t for t in _stored("İstanbul'dan taşındık, artık İzmir'de "
                                                    "yaşıyorum"))


@pytest.mark.parametrize(("message", "gone"), [
    ("we had to rehome our dog Bruno because of my son's allergies", "bruno"),
    ("artık vejetaryen değilim", "vejetaryen değilim"),
])
def test_what_ended_is_retracted(message: str, gone: str) -> None:
    assert gone in _retracted(message)


def test_turkish_now_without_a_negation_retracts_nothing() -> None:
    assert not _retracted("Artık İzmir'de yaşıyorum")


def test_laughing_at_oneself_while_asking_why_keeps_the_hobby_evidence() -> None:
    message = ("just got back from my pottery class and my bowl collapsed on the wheel AGAIN "
               "lol. why does that keep happening")
    verdict = judge(extract_with_rules(message, None), message, None)
    assert "pottery" in {c.topic for c in verdict.accepted if c.topic}
