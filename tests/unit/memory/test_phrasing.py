"""A clause in the third person: the text of a memory made from the user's own words."""

from __future__ import annotations

import pytest

from agent.memory.candidates import Candidate
from agent.memory.extractors.learned import phrase_candidate
from agent.memory.phrasing import article, third_person
from agent.memory.values import malformed


@pytest.mark.parametrize(("clause", "memory"), [
    ("I keep strictly kosher", "Keeps strictly kosher"),
    ("I started an online clothing store", "Started an online clothing store"),
    ("I was a teacher", "Was a teacher"),
    # A modal takes no "-s".
    ("I would prefer short answers", "Would prefer short answers"),
    ("I miss Paris", "Misses Paris"),
    ("I need quiet mornings", "Needs quiet mornings"),
    ("I have two kids", "Has two kids"),
    # The request that follows a fact is not part of it.
    ("I use a Mac exclusively, so please stop giving me Windows shortcuts",
     "Uses a Mac exclusively"),
    ("I'm vegetarian - please don't suggest meat dishes", "Is vegetarian"),
    ("I prefer metric units, so make sure to convert", "Prefers metric units"),
    ("I am allergic to cats; keep that in mind", "Is allergic to cats"),
    # ... but a clause that merely contains such words keeps them.
    ("I make sure my kids eat breakfast", "Makes sure their kids eat breakfast"),
    ("I love saying please and thank you", "Loves saying please and thank you"),
    # Chat spellings of a verb are spelled out before it agrees.
    ("I wanna start a dance studio", "Wants to start a dance studio"),
    ("I'm gonna run the Berlin marathon", "Is going to run the Berlin marathon"),
    # A negated auxiliary, typed with either apostrophe, agrees as a whole.
    ("I haven’t worked with any other languages", "Has not worked with any other languages"),
    ("I didn't grow up with pets", "Did not grow up with pets"),
    ("I’m into RPGs", "Is into RPGs"),
    ("I chose headphones from Sennheiser", "Chose headphones from Sennheiser"),
    # An offer or a goodbye after the fact is not part of it.
    ("I'm always trying out new recipes, so let me know if you want suggestions",
     "Is always trying out new recipes"),
    # ... nor a question or an ask after it
    ("i don't drive so whats the usual way to get downtown", "Does not drive"),
    ("I really don't do spicy food, suggest something mild", "Does not do spicy food"),
    # An "I" left out before a verb of wanting or liking is still the user.
    ("honestly just want to pass my driving test", "Wants to pass their driving test"),
    # Laughter and a bracket left open by the clause's cut are no part of it.
    ("I only use Linux (Arch", "Only uses Linux"),
    ("I hate Excel jajaja", "Hates Excel"),
    # A wish about answers said without a subject, and a refusal, keep what they ask.
    ("actually just always give me metric", "Wants you to always give them metric"),
    ("No emojis in your replies please", "Prefers no emojis in replies"),
    ("no alcohol for me, ever", "Prefers no alcohol for them, ever"),
    ("No, I live in Paris", "Lives in Paris"),
    ("I'll always be a night owl", "Will always be a night owl"),
])
def test_third_person(clause: str, memory: str) -> None:
    assert third_person(clause) == memory


@pytest.mark.parametrize(("value", "expected"), [
    ("engineer", "an"), ("UX designer", "a"), ("SRE", "an"), ("HR manager", "an"),
    ("university tutor", "a"), ("nurse", "a"), ("hourly worker", "an"),
])
def test_the_article_goes_by_sound(value: str, expected: str) -> None:
    assert article(value) == expected


@pytest.mark.parametrize(("text", "clause", "reason"), [
    ("Would love to", "I would love to", "refers to something in the conversation"),
    ("Will give it a try", "I'll give it a try", "refers to something in the conversation"),
    ("Hates it when people are late", "I hate it when people are late", None),
    ("Loves hiking with their dog", "I love hiking with my dog", None),
])
def test_a_whole_clause_that_leans_on_what_came_before_is_no_memory(
        text: str, clause: str, reason: str | None) -> None:
    assert malformed(Candidate(text=text, category="preference", value=clause,
                               clause=clause)) == reason


@pytest.mark.parametrize(("said", "memory"), [
    ("cant stand country", "Dislikes country"),
    ("not a fan of jazz", "Dislikes jazz"),
    ("can't stand coriander, tastes like soap to me",
     "Dislikes coriander, tastes like soap to them"),
])
def test_a_dislike_said_without_i_is_worded_as_one(said: str, memory: str) -> None:
    [cand] = phrase_candidate("dislike", said, said, explicit=False)
    assert cand.text == memory
    assert malformed(cand) is None  # the user's own "me", worded "them", points at no one


def test_cheering_the_listener_on_is_no_wish_about_answers() -> None:
    said = "Keep on keepin' on, bud"
    cheer = Candidate(text=f"Wants you to {said[0].lower()}{said[1:]}", category="preference",
                      value=said, clause=said)
    assert malformed(cheer) == "encouragement, not an instruction"
