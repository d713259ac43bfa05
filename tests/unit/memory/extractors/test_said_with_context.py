"""Facts said with the context people give them: a district and its town, a job at a firm as
the opening fragment, the first days at a new employer, a pet named before whose it is, a
dislike that only points back; and task words that are no hobby."""

from __future__ import annotations

import pytest

from agent.memory.extractors.rules import extract_with_rules
from agent.memory.topics import engaged_topic
from tests.support.judged import stored


@pytest.mark.parametrize(("message", "home"), [
    ("Vivo en Russafa, en Valencia, con mi hija Carmen.", "Lives in Russafa, Valencia"),
    ("Abito in Bolognina, a Bologna, e faccio la geometra.", "Lives in Bolognina, Bologna"),
    ("We live in the North End in Boise and shop at Albertsons.",
     "Lives in the North End, Boise"),
    ("I live in Headingley, Leeds.", "Lives in Headingley, Leeds"),
    ("moro no Água Verde, em Curitiba", "Lives in Água Verde, Curitiba"),
])
def test_a_district_keeps_the_town_it_is_in(message: str, home: str) -> None:
    assert home in stored(message)


@pytest.mark.parametrize(("message", "home"), [
    ("I live in Leeds, Jess in York.", "Lives in Leeds"),            # the name goes on
    ("I live in Lyon, Marie lives in Nice.", "Lives in Lyon"),
    ("I moved to Berlin, Germany last year", "Lives in Berlin"),     # not "Berlin, German"
])
def test_a_name_after_the_comma_that_goes_on_is_not_the_town(message: str, home: str) -> None:
    homes = {t for t in stored(message) if t.startswith("Lives in")}
    assert homes == {home}


@pytest.mark.parametrize(("message", "expected"), [
    ("architect at Foster + Partners, London. quick one: CLT vs glulam, pros and cons?",
     {"Is an architect", "Works at Foster + Partners", "Lives in London"}),
    ("sous chef at Dishoom in Edinburgh, need a staff meal idea for 20",
     {"Is a sous chef", "Works at Dishoom", "Lives in Edinburgh"}),
])
def test_a_job_at_a_firm_as_the_opening_fragment(message: str, expected: set[str]) -> None:
    assert expected <= stored(message)


def test_someones_words_about_a_job_are_no_fragment() -> None:
    assert not stored("Manager at Tesco said no")


@pytest.mark.parametrize(("message", "employer"), [
    ("first week at the new place (Deloitte) went ok. bit overwhelming tbh.", "Deloitte"),
    ("anyway, week one at Shopify done!! massive Rails codebase though", "Shopify"),
    ("Primera semana en Glovo, todo bien 🙂 ¿Qué es exactamente Kafka?", "Glovo"),
    ("Bon, première semaine chez Ubisoft, ça s'est bien passé!", "Ubisoft"),
    ("Meine erste Woche bei Zalando war anstrengend.", "Zalando"),
])
def test_the_first_days_at_a_firm_are_a_new_job(message: str, employer: str) -> None:
    [new] = [c for c in extract_with_rules(message, None) if c.attribute == "employer"]
    assert new.value == employer and new.change


@pytest.mark.parametrize("message", [
    "my son's first day at Oakwood Primary went well",   # the son's
    "It was her first week at Google",
    "first day at school for my daughter tomorrow",
])
def test_someone_elses_first_days_are_not_the_users_job(message: str) -> None:
    assert not [c for c in extract_with_rules(message, None) if c.attribute == "employer"]


@pytest.mark.parametrize(("message", "kin"), [
    ("Also Petey, our parakeet, loves sitting by that window.", "Has a parakeet named Petey"),
    ("responde logo que a Pipoca (minha gata) tá andando em cima do teclado",
     "Has a cat named Pipoca"),
    ("Marge, my wife, says hi", "Has a wife named Marge"),
    ("Pepper (my border collie) needs more exercise", "Has a border collie named Pepper"),
    ("My heeler Rooster rides with me in the truck", "Has a heeler dog named Rooster"),
])
def test_a_relative_or_pet_named_before_whose_it_is(message: str, kin: str) -> None:
    assert kin in stored(message)


@pytest.mark.parametrize("message", [
    "Mom, my dog ate my homework",              # the dog has no name here
    "Thanks Sam, my friend, for the help",      # a friend is no relative
    "Sophie (my coworker) keeps stealing my lunch",
])
def test_no_relative_or_pet_where_none_is_named(message: str) -> None:
    assert not [t for t in stored(message) if " named " in t]


@pytest.mark.parametrize("message", [
    "Nothing with mushrooms, I hate em, always have.",
    "ok so I need a week of cheap dinners for one, no mushrooms pls, I can't stand them",
])
def test_a_dislike_that_points_back_is_what_was_refused(message: str) -> None:
    dislikes = {t for t in stored(message) if t.startswith("Dislikes")}
    assert dislikes == {"Dislikes mushrooms"}


@pytest.mark.parametrize("clause", [
    "how do I do a running total in BigQuery",
    "I'm running late for work",
    "I'm writing an email to my landlord",
    "I'm reading the docs now",
    "I'm cooking dinner for 8 people",
    "I need a quick recipe for chicken thighs tonight",
])
def test_task_words_are_no_hobby(clause: str) -> None:
    assert engaged_topic(clause) is None


@pytest.mark.parametrize(("clause", "topic"), [
    ("I have been running a lot lately", "running"),
    ("I'm writing a novel", "writing"),
    ("I love cooking thai food", "cooking"),
])
def test_the_same_words_as_a_hobby_still_count(clause: str, topic: str) -> None:
    assert engaged_topic(clause) == topic


@pytest.mark.parametrize(("message", "kids"), [
    ("I am single dad with two kids, Matteo (7) and Giulia (4), and I want a chores chart",
     {"Has a child named Matteo", "Has a child named Giulia"}),
    ("I'm Farid, civil engineer in Dubai, married, two kids, Sami and Lina.",
     {"Has a child named Sami", "Has a child named Lina"}),
])
def test_children_listed_by_name_with_or_without_their_ages(message: str,
                                                           kids: set[str]) -> None:
    assert kids <= stored(message)


def test_someone_elses_pets_listed_by_name_are_not_the_users() -> None:
    assert not [t for t in stored("my friend has two cats, Tom and Jerry") if " named " in t]


def test_a_one_off_request_beside_someone_elses_always_is_no_standing_wish() -> None:
    message = ("First question: give me some interesting facts to tell German tourists about "
               "Pompey's Pillar, they always ask many questions haha")
    assert not [t for t in stored(message) if t.startswith("Wants you to")]


@pytest.mark.parametrize(("message", "wish"), [
    ("Always give me quantities in grams", "Wants you to give them quantities in grams"),
    ("from now on, give me recipes in metric", "Wants you to give them recipes in metric"),
    ("give me short answers, always", "Wants you to give them short answers"),
])
def test_a_standing_request_said_of_itself_lasts(message: str, wish: str) -> None:
    assert wish in stored(message)


@pytest.mark.parametrize(("clause", "topic"), [
    ("give me some interesting facts to tell German tourists about it", None),
    ("we ate at a Japanese restaurant and I loved it", None),
    ("I am learning German every day", "german"),
])
def test_a_language_named_of_people_or_things_is_no_hobby(clause: str,
                                                          topic: str | None) -> None:
    assert engaged_topic(clause) == topic


@pytest.mark.parametrize("message", [
    "mano preciso de help pra escrever um email pro host do meu Airbnb aqui em Lisboa, "
    "cheguei ontem e o chuveiro tá totally broken",
    "the shower in our Airbnb here in Lisbon is broken, can you write to the host?",
])
def test_a_stay_is_not_a_home(message: str) -> None:
    assert not [t for t in stored(message) if t.startswith("Lives in")]


def test_a_home_beside_an_airbnb_the_user_runs_is_still_home() -> None:
    assert "Lives in Lisbon" in stored("I live in Lisbon and I host an Airbnb")


@pytest.mark.parametrize("message", [
    "started on my own this month!! tiny practice, just me and a laptop for now.",
    "Sinds deze maand werk ik voor mezelf! Eigen studiootje aan huis.",
])
def test_a_business_of_ones_own_ends_the_employer(message: str) -> None:
    [new] = [c for c in extract_with_rules(message, None) if c.attribute == "employer"]
    assert new.text == "Works self-employed" and new.change


@pytest.mark.parametrize("message", [
    "been mulling over going freelance. not decided at all, just curious",
    "toying with going freelance next year, what do analysts charge?",
])
def test_a_move_to_freelance_only_weighed_is_no_fact(message: str) -> None:
    assert not [t for t in stored(message) if "freelance" in t]


def test_the_i_said_once_covers_a_home_after_the_comma() -> None:
    assert {"Name is Megan", "Lives in Swansea"} <= stored(
        "I'm Megan, vegetarian for 10 years, live in Swansea. meal prep ideas?")


def test_a_name_then_an_age_opens_an_introduction() -> None:
    assert "Name is Leo" in stored("Leo, 34, bartender in Melbourne. cocktail ideas?")
    assert not [t for t in stored("Mom, 62, wants a recipe") if t.startswith("Name")]


def test_a_name_that_opens_with_my_friend_is_the_friends() -> None:
    message = "Temanku Rina, guru kelas sebelah, katanya pakai metode permainan kartu."
    assert not [t for t in stored(message) if t.startswith("Name")]


def test_a_standing_request_after_so_beside_a_fact() -> None:
    message = ("I run a small bakery in Dayton, Ohio. Trained in France, so please always give "
               "me recipes in grams, never cups.")
    assert "Wants you to give them recipes in grams, never cups" in stored(message)


@pytest.mark.parametrize("message", [
    "went fully vegan last month 🌱 so no more paneer or greek yogurt for me.",
    "just went vegan lol, any protein tips?",
])
def test_a_diet_taken_up_is_a_change(message: str) -> None:
    [diet] = [c for c in extract_with_rules(message, None) if c.attribute == "diet"]
    assert diet.text == "Is vegan" and diet.change


def test_a_retirement_after_the_age() -> None:
    assert "Is retired" in stored("I am 80 and retired from the railways, bad with gadgets.")


def test_a_school_year_says_student_and_school() -> None:
    assert {"Is a student", "Studies at St Aidan's"} <= stored(
        "yo can u help w my chem hw real quick, im in yr 11 at St Aidan's and we got a test")


@pytest.mark.parametrize(("message", "home"), [
    ("你好，我叫张伟，在深圳做产品经理。帮我列一个需求文档的大纲", "Lives in 深圳"),
    ("pls help me write a msg to my landlord\n\nThanks,\nChiamaka Okafor\nNurse, Lagos",
     "Lives in Lagos"),
])
def test_a_big_town_read_as_a_firm_is_the_home(message: str, home: str) -> None:
    facts = stored(message)
    assert home in facts and not [t for t in facts if t.startswith("Works at")]


def test_a_firm_that_shares_a_small_towns_name_stays_a_firm() -> None:
    assert "Works at Nokia" in stored("I work at Nokia in Espoo")


@pytest.mark.parametrize(("message", "expected"), [
    ("Could you help me write to the council about the potholes? Firm but polite.\n\n"
     "Thank you kindly,\nMaura Costello (retired schoolteacher, Galway)",
     {"Name is Maura Costello", "Is a retired schoolteacher", "Lives in Galway"}),
    ("pls help me write a msg to my landlord abt the roof leaking\n\nthanks!! - Chiamaka, Lagos",
     {"Name is Chiamaka", "Lives in Lagos"}),
])
def test_sign_offs_in_brackets_or_on_the_closing_line(message: str,
                                                      expected: set[str]) -> None:
    assert expected <= stored(message)


def test_a_dash_line_that_closes_nothing_is_no_sign_off() -> None:
    assert not [t for t in stored("fix my regex please\n\nsee below - Jane, Lagos") if
                t.startswith("Name")]


def test_a_firm_named_like_a_towns_code_stays_a_firm() -> None:
    # GeoNames keeps "SAP" among a big town's names (a code); a code is no town
    assert "Works at SAP" in stored("Ich arbeite bei SAP und muss morgen präsentieren.")


@pytest.mark.parametrize(("message", "expected"), [
    ("NTTデータでSEをやっています。住んでいるのは神戸です。",
     {"Works at NTTデータ", "Lives in 神戸"}),
    ("판교 NCSOFT에서 게임 기획자로 일하고 있고 집은 수원이에요.",
     {"Works at NCSOFT", "Lives in 수원"}),
    ("Moin, bin Lokführer bei der Deutschen Bahn und wohne in Kassel.",
     {"Works at Deutschen Bahn", "Lives in Kassel"}),
    ("Sou analista no Banco do Brasil, moro em Taguatinga.",
     {"Works at Banco do Brasil", "Lives in Taguatinga"}),
])
def test_a_firm_and_a_home_said_together_in_other_languages(message: str,
                                                            expected: set[str]) -> None:
    assert expected <= stored(message)


@pytest.mark.parametrize(("message", "mine", "theirs"), [
    ("אני מהנדסת ב-Intel. חברה שלי עובדת ב-Wix בתל אביב.", "Works at Intel", "Wix"),
    ("Я работаю в Сбере, а мой друг работает в Яндексе.", "Works at Сбере", "Яндекс"),
])
def test_a_friends_firm_in_another_script_is_not_the_users(message: str, mine: str,
                                                          theirs: str) -> None:
    facts = stored(message)
    assert mine in facts and not any(theirs in t for t in facts)
