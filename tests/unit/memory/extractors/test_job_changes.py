"""A working life changing: back at an old employer, a title given, a first day in a role,
part-time, a business of one's own, a firm left in lower case; and the same words about
someone else or about no job at all."""

from __future__ import annotations

import pytest

from tests.support.judged import retracted, stored


@pytest.mark.parametrize(("message", "fact"), [
    ("so yeah I'm back at deloitte, boomerang hire lol. how do I update linkedin?",
     "Works at Deloitte"),
    ("Harlow Joinery took me back after six months away, can you help with a thank-you?",
     "Works at Harlow Joinery"),
    ("I rejoined Monzo last month after a year at a startup", "Works at Monzo"),
    ("pues he vuelto a Mercadona, ¿me ayudas con el horario?", "Works at Mercadona"),
    ("Nu är jag tillbaka på Volvo igen, skönt", "Works at Volvo"),
    ("the store made me assistant manager at lidl!! how do I run a team meeting?",
     "Is an assistant manager"),
    ("they just made me head of design, scary. first 1:1 tips?", "Is a head of design"),
    ("PROMOTED!!! now officially lead data engineer, what should I read first?",
     "Is a lead data engineer"),
    ("today was my first day as a junior copywriter at Ogilvy, so many acronyms",
     "Is a junior copywriter"),
    ("first week done as a staff nurse, feet are destroyed", "Is a staff nurse"),
    ("I've gone part time since the twins were born, 3 days a week", "Works part-time"),
    ("Da gennaio sono passata al part-time in ufficio, come organizzo il venerdì?",
     "Works part-time"),
    ("started a little pottery business on the side! still teaching full time",
     "Runs a pottery business on the side"),
    ("quit the agency and opened my own bakery, Crumb & Co, last week!",
     "Runs a bakery, Crumb & Co"),
    ("just started at boots!! mostly on the tills, any tips for standing all day?",
     "Works at Boots"),
    ("took the stripe job in the end, first week was intense", "Works at Stripe"),
    ("Haber var: Arçelik'e ürün müdürü olarak geçtim, ilk ay için öneri?", "Works at Arçelik"),
])
def test_a_working_life_changing_is_the_new_fact(message: str, fact: str) -> None:
    assert fact in stored(message)


@pytest.mark.parametrize(("message", "firm"), [
    ("left ogilvy in june - freelance now, how do I invoice?", "ogilvy"),
    ("hab letzte Woche bei bosch gekündigt, endlich", "bosch"),
    ("ik ben weg bij coolblue sinds maart", "coolblue"),
    ("fui demitida da natura, e agora?", "natura"),
    ("got laid off from Spotify on Tuesday", "spotify"),
])
def test_a_firm_left_isretracted(message: str, firm: str) -> None:
    assert firm in {v.lower() for v in retracted(message)}


@pytest.mark.parametrize(("message", "word"), [
    ("I'm back at work after the holidays, ugh", "work"),
    ("my sister is back at Google, she's thrilled", "Google"),
    ("he's back with Arsenal as a coach apparently", "Arsenal"),
    ("my son's first day as a lifeguard went great", "lifeguard"),
    ("my wife went part-time after the baby", "part-time"),
    ("my friend opened her own bakery, gift ideas?", "bakery"),
    ("I started a business plan for a cafe, can you review it?", "cafe"),
    ("thinking about maybe going part-time next year, is that dumb?", "part-time"),
    ("my sister just started at tesco, gift ideas?", "tesco"),
    ("just started at the gym, what should I eat?", "gym"),
    ("my fiancée accepted the google offer, how do we celebrate?", "google"),
    ("Priya took the amazon job, so we're moving", "amazon"),
    ("so Mum just started at tesco, she loves it", "tesco"),
    ("my stepdad is back at ford after the strike", "ford"),
])
def test_someone_elses_change_or_no_job_is_notstored(message: str, word: str) -> None:
    assert not {t for t in stored(message) if word.lower() in t.lower()}


@pytest.mark.parametrize("message", [
    "left Leeds in 2019 and never looked back",
    "quit Spotify, the ads drove me mad",
    "left work early today, so tired",
])
def test_leaving_a_town_an_app_or_work_retracts_no_employer(message: str) -> None:
    assert not {v.lower() for v in retracted(message)}


def test_a_business_of_ones_own_leaves_the_firm_leftretracted() -> None:
    """The business adds a fact and fills no slot: the firm the user says is over still goes."""
    message = ("remember that I don't work at Grant Thornton anymore - I quit and started my "
               "own tax practice")
    assert "Runs a tax practice" in stored(message)
    taken = {v.lower() for v in retracted(message)}
    assert any("grant thornton" in r for r in taken) and "and" not in taken


@pytest.mark.parametrize(("message", "fact"), [
    ("I'm a prep cook at olive garden in tampa, meal prep ideas?", "Works at Olive Garden"),
    ("im an assistant manager at dunkin' donuts, i live in worcester",
     "Works at Dunkin' Donuts"),
    ("I'm a cashier at jersey mike's, need a rota template", "Works at Jersey Mike's"),
])
def test_a_firm_of_several_words_in_lower_case_after_a_title(message: str, fact: str) -> None:
    assert fact in stored(message)


def test_a_bakery_said_with_this_is_no_firm_name() -> None:
    assert not {t for t in stored("I'm a pastry chef at this bakery") if "Works" in t}
