"""Facts said in passing in English that sit beside other words the rules once stopped at: a
condition asked in the sentence before, a refusal inside a request, a diet at the end of a
list, a new title said bare, a firm typed in lower case, a pet named after the news."""

from __future__ import annotations

import pytest

from agent.memory.extractors.rules import extract_with_rules
from tests.support.judged import stored


@pytest.mark.parametrize(("message", "expected"), [
    # a condition covers its own sentence only
    ("quick one, if I moved to Spain would I pay tax twice? I'm a welder in Cardiff btw",
     {"Is a welder", "Lives in Cardiff"}),
    # the thing refused at the end of a request is what "the stuff" points back to
    ("need a salsa for tacos but no onion, I can't stand the stuff", {"Dislikes onion"}),
    # a diet as the last of what the user is
    ("I'm a bus driver in Leeds and vegan, quick lunch ideas?", {"Is vegan"}),
    # the new title said bare beside the new job
    ("left Tesco, started at Aldi last week, stock supervisor now", {"Is a stock supervisor"}),
    # a firm in lower case, told by its start date
    ("good news! started at monzo on monday", {"Works at Monzo"}),
    # the pet's name given after the news
    ("we adopted a greyhound from the shelter, named her Biscuit", {
        "Has a greyhound dog named Biscuit"}),
])
def test_facts_beside_other_words(message: str, expected: set[str]) -> None:
    assert expected <= stored(message)


@pytest.mark.parametrize("message", [
    "Imagine I'm a pilot. I live in Paris and fly to Rome.",   # the story goes on
    "what if I moved to Oslo, would I need a car there?",       # the condition's own sentence
    "I'm cooking for my sister and vegetarian guests tonight",  # the guests' diet
    "started at home on monday with the kids",                  # home is no firm
])
def test_look_alikes_store_nothing_of_the_kind(message: str) -> None:
    facts = stored(message)
    assert not any(t.startswith(("Lives in", "Is vegetarian", "Works at")) for t in facts), \
        facts


def test_a_pet_shown_first_in_the_message_is_not_the_users_name() -> None:
    assert not stored("This is Max – he's so lovable and playful. He brings me joy.")
    assert "Name is Dana" in stored("Hi! This is Dana, I'm a nurse in Leeds.")


@pytest.mark.parametrize(("message", "expected"), [
    # the home in an aside, while the sentence is about someone else's town
    ("My friend Mei lives in Perth. I'm flying from Denver (where I live) in June, tips?",
     {"Lives in Denver"}),
    ("Glasgow (where we live) has awful buses; best bike for rain?", {"Lives in Glasgow"}),
    # a household's saving goal is the user's
    ("me and my husband are saving up for a campervan, how much per month?",
     {"Is saving for a campervan"}),
    # the closing and the name end the message's last sentence
    ("Can you make this cover letter less stiff? Thanks! - Oluwaseun", {"Name is Oluwaseun"}),
    ("Pomożesz mi z mailem do szefa? Dzięki! — Kasia", {"Name is Kasia"}),
    # a correction of the user's own words, the new firm said with "switched"
    ("oh wait, that's wrong what I said — I'm at Arup now, switched in June", {"Works at Arup"}),
])
def test_facts_said_in_an_aside_or_a_closing(message: str, expected: set[str]) -> None:
    assert expected <= stored(message)


@pytest.mark.parametrize("message", [
    "We stayed in Porto, where I lived until 2019, and loved it",  # lived there once
    "Does this sound okay? Thanks — Claude",                      # the assistant, thanked
    "my sister and her husband are saving up for a house",          # someone else's goal
    "I'm at Costa now, switched to oat milk, what pairs with it?",   # a café, not a job
])
def test_asides_and_closings_that_are_not_the_users(message: str) -> None:
    assert not {f for f in stored(message) if f.startswith(("Lives", "Name", "Is saving",
                                                             "Works"))}


def test_forgetting_that_i_have_a_pet_names_the_pet_not_nothing() -> None:
    """"forget that I have a dog" used to lose its target at "I have" (cut as a new statement)."""
    deletes = [c for c in extract_with_rules("forget that I have a dog, he's my housemate's")
               if c.op == "delete"]
    assert [c.value for c in deletes] == ["have a dog"]


@pytest.mark.parametrize(("message", "expected"), [
    # the user as the subject again late in a clause about a sister's wedding
    ("My brother Sam is getting married and he asked me to give a speech, which is scary "
     "because I'm a plumber, I don't do speeches", {"Is a plumber"}),
    # a town the user is from, in Italian, French and Dutch (a known town only)
    ("Ciao! sono di Lecce e vorrei una ricetta per il pasticciotto", {"Is from Lecce"}),
    # the first home mended in the same breath
    ("Ik woon in Delft – o wacht, sorry, we zijn vorig jaar naar Gouda verhuisd", {
        "Lives in Gouda"}),
    # a move to a firm beside work talk, not to a town called KPMG
    ("I work at EY in tax — sorry, I moved to Mazars in May, still not used to it",
     {"Works at Mazars"}),
    # a sign-off under a temporary instruction, after a quoted paste, or with kisses
    ("Nur für diesen Chat bitte kurz: wie lange kocht ein Ei?\n\nLG, Henrike", {
        "Name is Henrike"}),
    ("can you soften this: 'your payment is late.' sending it today.\n\nThanks!!\nxx Noor",
     {"Name is Noor"}),
])
def test_more_facts_said_in_passing(message: str, expected: set[str]) -> None:
    assert expected <= stored(message)


@pytest.mark.parametrize(("message", "unwanted"), [
    ("Ik woon in Delft – o wacht, sorry, we zijn vorig jaar naar Gouda verhuisd", "Delft"),
    ("I work at EY in tax — sorry, I moved to Mazars in May, still not used to it", "May"),
    ("sono di turno stasera, mi serve una cena veloce", "turno"),
    ("je préfère que ce ne soit pas enregistré", "que ce"),
    ("can you proofread this: Hi team, the deadline moved.\n\nBest,\nMarcus", "Marcus"),
])
def test_what_the_same_messages_must_not_keep(message: str, unwanted: str) -> None:
    assert not any(unwanted in f for f in stored(message))


def test_a_forget_after_a_colon_is_read_but_a_task_is_not() -> None:
    deletes = [c.value for c in extract_with_rules("Petite chose : oublie que j'habite à Nice")
               if c.op == "delete"]
    assert deletes == ["j'habite à Nice"]
    assert not [c for c in extract_with_rules("Reminder: delete this file after use")
                if c.op == "delete"]
