"""The write policy on its own: what a time word, a diet or a figure of speech does to a fact."""

from __future__ import annotations

import pytest

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules import extract_with_rules
from agent.memory.policy import SECRET_REASON, judge, own_statement
from agent.memory.values import malformed


def fact(text: str, value: str, clause: str, category: str = "role") -> Candidate:
    return Candidate(text=text, category=category, value=value, clause=clause)


@pytest.mark.parametrize(("value", "clause"), [
    ("chef", "I'm a chef at a small bistro in Ghent, and this week was chaos"),
    ("Austin", "I live in Austin and the heat this week has been biblical"),
    ("accountant", "I'm an accountant, so this time of year is basically tax season hell"),
])
def test_a_time_word_in_a_later_statement_does_not_make_the_fact_temporary(
        value: str, clause: str) -> None:
    verdict = judge([fact(f"Is {value}", value, clause)], clause)
    assert [c.value for c in verdict.accepted] == [value]


@pytest.mark.parametrize(("value", "clause"), [
    ("Paris", "I am in Paris this week"),
    ("Lisbon", "I'm in Lisbon, at least for now"),
    ("Leeds", "I'm staying with my parents right now, so I'm in Leeds"),
    ("Lyon", "For now I live in Lyon"),
])
def test_a_time_word_on_the_fact_itself_still_makes_it_temporary(value: str,
                                                                  clause: str) -> None:
    verdict = judge([fact(f"Lives in {value}", value, clause, "location")], clause)
    assert verdict.accepted == []
    assert [why for _, why in verdict.rejected] in (["temporary"], ["for this chat only"])


def _job(value: str, clause: str, attribute: str = "role") -> Candidate:
    text = f"Is a {value}" if attribute == "role" else f"Lives in {value}"
    return Candidate(text=text, category=attribute, value=value, clause=clause,
                     attribute=attribute)


@pytest.mark.parametrize("message", [
    "I'm a pharmacy technician right now but I want to move into data analytics",
    "I'm a pharmacy technician at the moment, my goal is to get a data job",
    "I'm a pharmacy technician right now, saving up for a coding bootcamp",
    "I'm a pharmacy technician for now but I want to become a data analyst",
])
def test_a_job_held_right_now_against_a_career_aim_is_the_job_of_today(message: str) -> None:
    clause = message.split(" but ")[0].split(", ")[0]
    verdict = judge([_job("pharmacy technician", clause)], message)
    assert [c.value for c in verdict.accepted] == ["pharmacy technician"]


@pytest.mark.parametrize(("value", "attribute", "message"), [
    ("pharmacy technician", "role", "I'm a pharmacy technician right now, so busy"),
    ("designated driver", "role", "I'm the designated driver tonight but I want to become a pilot"),
    ("Lisbon", "location", "I'm in Lisbon right now but I want to become a surfer"),
])
def test_without_a_career_aim_or_on_a_home_right_now_stays_temporary(
        value: str, attribute: str, message: str) -> None:
    clause = message.split(" but ")[0].split(", ")[0]
    verdict = judge([_job(value, clause, attribute)], message)
    assert verdict.accepted == []
    assert [why for _, why in verdict.rejected] == ["temporary"]


@pytest.mark.parametrize("message", [
    "Ich bin Diabetikerin.", "Ich bin Epileptiker.", "Jestem cukrzykiem.", "Jestem katolikiem.",
    "Jestem lesbijką.", "Ich bin Alkoholikerin.", "Я диабетик.",
])
def test_a_condition_or_belief_is_not_read_as_a_job(message: str) -> None:
    assert [c.text for c in extract_with_rules(message) if c.attribute == "role"] == []


@pytest.mark.parametrize(("message", "value"), [
    ("Ich bin Diabetesberaterin.", "Diabetesberaterin"),
    ("Ich bin Religionslehrerin.", "Religionslehrerin"),
    ("Jestem programistą.", "programistą"),
])
def test_a_job_about_a_condition_or_belief_is_a_job(message: str, value: str) -> None:
    assert [c.value for c in extract_with_rules(message) if c.attribute == "role"] == [value]


def test_a_condition_the_user_asks_to_keep_is_kept_in_their_words() -> None:
    message = "Ich bin Diabetikerin, bitte merk dir das für Rezepte."
    verdict = judge(extract_with_rules(message), message)
    assert [c.text for c in verdict.accepted] == ["Ich bin Diabetikerin"]


@pytest.mark.parametrize("message", [
    "Le code de ma carte bancaire est 7391, retiens-le pour moi",
    "Recuerda: el código de mi tarjeta es 4821",
    "Merk dir: mein PIN-Code ist 1234",
])
def test_a_cards_code_is_a_secret_even_when_asked_to_keep_it(message: str) -> None:
    asked = Candidate(text=message, category="other", value=message, clause=message,
                      explicit=True)
    verdict = judge([asked], message)
    assert verdict.accepted == []
    assert [why for _, why in verdict.rejected] == [SECRET_REASON]


def test_a_religious_diet_is_a_constraint_kept_without_being_asked() -> None:
    clause = "I keep kosher so the pork belly recipe is out"
    verdict = judge([fact("Keeps kosher", "kosher", clause, "constraint")], clause)
    assert [c.text for c in verdict.accepted] == ["Keeps kosher"]
    assert not verdict.accepted[0].sensitive


def test_the_religion_itself_still_needs_consent() -> None:
    clause = "I'm Jewish"
    verdict = judge([fact("Is Jewish", "Jewish", clause, "personal")], clause)
    assert verdict.accepted == []


@pytest.mark.parametrize(("message", "kept"), [
    ("trying to get my Japanese to N3 by spring, or am I kidding myself?", True),
    ("I want to get my Japanese to N3 by spring. just kidding", False),
])
def test_kidding_oneself_is_not_a_joke(message: str, kept: bool) -> None:
    clause = message.split(",")[0].split(".")[0]
    verdict = judge([fact("Wants to get their Japanese to N3 by spring", clause, clause,
                          "goal")], message)
    assert bool(verdict.accepted) is kept


@pytest.mark.parametrize(("clause", "kept"), [
    ("Hey Gina! Good to see you too", False),
    ("Sure thing, Gina", False),
    ("Keep trying new things, Gina, and you will find it", False),
    ("Please use my nickname, Gina, whenever you talk to me", True),
    ("thanks Gina, that helps", False),
    ("hey, it's Gina", True),
    ("Please sign it with my name, Gina", True),
    ("Gina Rossi, nurse, Turin", True),
])
def test_the_person_spoken_to_is_not_the_user(clause: str, kept: bool) -> None:
    cand = Candidate(text="Name is Gina", category="name", value="Gina", clause=clause,
                     attribute="name")
    assert bool(judge([cand], clause).accepted) is kept


@pytest.mark.parametrize(("clause", "kept"), [
    ("Last week I went on a trip to Canada", False),
    ("I just got back from a vacation in Canada", False),
    ("I was in Canada, it was awesome", False),
    ("I'll let you know when I'm in Canada", False),
    ("We moved to Canada after our honeymoon there", True),
    ("we've been in Manchester for almost three years now", True),
])
def test_a_trip_is_not_a_home(clause: str, kept: bool) -> None:
    value = "Canada" if "Canada" in clause else "Manchester"
    cand = Candidate(text=f"Lives in {value}", category="location", value=value,
                     clause=clause, attribute="location")
    assert bool(judge([cand], clause).accepted) is kept


def test_a_time_word_about_the_rest_of_the_clause_does_not_expire_a_pets_name() -> None:
    message = "My rabbit Clover hasn't touched her hay since this morning"
    [cand] = extract_with_rules(message, None)
    assert [c.text for c in judge([cand], message).accepted] == ["Has a rabbit named Clover"]


def test_a_habit_of_the_assistants_is_no_pointer_into_the_conversation() -> None:
    """"I hate when you put emojis in replies" is a lasting wish; "I hate when you do that"
    points at the chat."""
    def hates(what: str) -> Candidate:
        return Candidate(text=f"Hates {what}", category="preference", value=what,
                         clause=f"I hate {what}")

    assert malformed(hates("when you put emojis in replies")) is None
    assert malformed(hates("when you do that")) == "refers to something in the conversation"


def test_a_place_one_drives_to_is_a_trip_not_a_home() -> None:
    message = "we're driving to Savannah next weekend, what snacks travel well?"
    home = fact("Lives in Savannah", "Savannah", "we're driving to Savannah next weekend",
                "location")
    verdict = judge([home.with_(attribute="location")], message, None)
    assert [reason for _, reason in verdict.rejected] == ["a trip, not a home"]


@pytest.mark.parametrize(("value", "clause", "own"), [
    ("Birmingham", "I live in Birmingham if you know any decent halal butchers",
     "I live in Birmingham"),
    ("paramedic", "as a paramedic on 12h shifts what should i meal prep",
     "as a paramedic on 12h shifts"),
    ("Ghent", "I'm a chef in Ghent, and this week was chaos", "I'm a chef in Ghent"),
    ("Leeds", "I'm in Leeds, for now", "I'm in Leeds, for now"),  # a short tail stays
])
def test_own_statement_ends_where_another_statement_or_a_question_starts(
        value: str, clause: str, own: str) -> None:
    assert own_statement(value, clause) == own


@pytest.mark.parametrize(("message", "value", "clause", "kept"), [
    # an eye-roll takes back its own sentence ...
    ("I'm a nurse in Leeds. oh sure, I'm a billionaire 🙄 anyway how do I clear disk space",
     "nurse", "I'm a nurse in Leeds", True),
    ("I'm a nurse in Leeds. oh sure, I'm a billionaire 🙄 anyway how do I clear disk space",
     "billionaire", "I'm a billionaire", False),
    # ... and a marker that opens its sentence takes back the one before
    ("I'm the CEO of Google. jk, I'm an intern. what's a good laptop?", "CEO",
     "I'm the CEO of Google", False),
    ("I'm the CEO of Google. lol jk", "CEO", "I'm the CEO of Google", False),
    ("I'm the CEO of Google. jk, I'm an intern. what's a good laptop?", "intern",
     "I'm an intern", True),
])
def test_a_joke_marker_takes_back_its_own_sentence_not_the_whole_message(
        message: str, value: str, clause: str, kept: bool) -> None:
    verdict = judge([fact(f"Is a {value}", value, clause)], message)
    assert bool(verdict.accepted) is kept, verdict.rejected


@pytest.mark.parametrize("message", [
    "Şifrem Karadeniz61, bunu unutma olur mu?",
    "moje hasło do banku to Kwiatek2020, zapamiętaj",
    "mijn wachtwoord is Tulpen88, onthoud dat",
])
def test_a_password_in_another_language_is_a_secret(message: str) -> None:
    clause = message.split(",")[0]
    verdict = judge([fact(clause, clause, clause, "other")], message)
    assert verdict.accepted == []


@pytest.mark.parametrize(("text", "value", "category"), [
    ("Goal is to be fluent in Spanish", "be fluent in Spanish", "goal"),
    ("Loves 80s synthpop more than is reasonable", "80s synthpop more than is reasonable",
     "preference"),
])
def test_well_formed_facts_that_look_like_known_misreadings(text: str, value: str,
                                                            category: str) -> None:
    clause = f"I {text}"
    assert malformed(Candidate(text=text, category=category, value=value, clause=clause)) is None


@pytest.mark.parametrize(("text", "value", "category"), [
    ("Goal is to the", "the", "goal"),
    ("Loves hiking, it is so calming", "hiking, it is so calming", "preference"),
])
def test_misreadings_stay_malformed(text: str, value: str, category: str) -> None:
    assert malformed(Candidate(text=text, category=category, value=value,
                               clause=f"I {text}")) is not None


@pytest.mark.parametrize(("text", "value"), [
    # the memory's "them" is the user's own "me", and "keep it metric" is about the answers
    ("Teach them like they are five, always", "Teach me like I'm five, always"),
    ("Wants you to keep it metric with them always", "keep it metric with me always"),
])
def test_the_users_own_me_is_no_pointer_to_the_conversation(text: str, value: str) -> None:
    assert malformed(Candidate(text=text, category="preference", value=value,
                               clause=value)) is None


@pytest.mark.parametrize(("message", "kept"), [
    ("You too, Sam. And remember, I'm always here if you need to chat. Look after yourself!",
     []),
    ("It's tough starting a biz. And remember, I'm always here for you.", []),
    ("No worries, I've got your back, always.", []),
    ("Remember, I'm vegetarian and I live in Oslo.", ["Is vegetarian", "Lives in Oslo"]),
])
def test_support_offered_to_the_listener_is_no_fact(message: str, kept: list[str]) -> None:
    verdict = judge(extract_with_rules(message, None), message)
    assert sorted(c.text for c in verdict.accepted) == kept


@pytest.mark.parametrize(("message", "kept"), [
    ("And hey, I could use some cheering too!", False),
    ("I've been searching for my keys for the last half hour with no luck", False),
    ("I've lived in Oslo for the last ten years", True),
])
def test_a_need_of_the_moment_is_temporary(message: str, kept: bool) -> None:
    verdict = judge(extract_with_rules(message, None), message)
    assert bool(verdict.accepted) is kept


@pytest.mark.parametrize(("message", "kept"), [
    ("It's all a process and I'm learning a ton.", []),
    ("Finals this month, so I've been studying real hard.", []),
    ("I'm learning Korean.", ["Is learning Korean"]),
])
def test_how_much_someone_learns_is_not_what_they_learn(message: str, kept: list[str]) -> None:
    verdict = judge(extract_with_rules(message, None), message)
    assert [c.text for c in verdict.accepted] == kept


@pytest.mark.parametrize(("message", "kept"), [
    ("Tutorials, interviews with developers, and tips - all really helpful.", []),
    ("Dmitri Volkov, software architect, Berlin", ["Is a software architect"]),
])
def test_a_plural_after_a_capital_word_is_no_title(message: str, kept: list[str]) -> None:
    verdict = judge(extract_with_rules(message, None), message)
    assert [c.text for c in verdict.accepted if c.attribute == "role"] == kept
