"""Life changes said the way people say them: a move "up to" a town, a firm left for another,
retiring, a pet who died, a new pet named in another language, a career switch in one
breath, a correction of a word said before; and a job's town against the home said beside it."""

from __future__ import annotations

import re

import pytest

from tests.support.judged import accepted, retracted, stored


@pytest.mark.parametrize(("message", "home"), [
    ("finally moved up to Aberdeen in june, flat is tiny but ok. how does council tax work?",
     "Lives in Aberdeen"),
    ("we moved down to Exeter over the summer and the kids love it", "Lives in Exeter"),
    ("Moved back to Halifax after ten years away", "Lives in Halifax"),
    ("I'm based out of Leeds, any climbing gyms?", "Lives in Leeds"),
])
def test_a_move_up_down_or_back_to_a_town_is_the_home(message: str, home: str) -> None:
    assert home in stored(message)


def test_a_town_moved_out_of_is_not_the_home() -> None:
    assert not {t for t in stored("we moved out of Bristol last spring") if "Bristol" in t}


@pytest.mark.parametrize(("message", "employer", "old"), [
    ("first sprint planning since I left Atlassian for Notion, any tips?", "Works at Notion",
     "Atlassian"),
    ("I quit Ocado for Deliveroo in March", "Works at Deliveroo", "Ocado"),
])
def test_a_firm_left_for_another(message: str, employer: str, old: str) -> None:
    assert employer in stored(message) and old in retracted(message)


def test_a_town_left_for_another_is_a_move() -> None:
    assert "Lives in Bristol" in stored("we left Manchester for Bristol last year")


@pytest.mark.parametrize("message", [
    "my brother left Google for Meta",          # someone else's change
    "I left Tesco for a smaller shop",          # no firm named
])
def test_no_firm_left_for_another_where_the_user_names_none(message: str) -> None:
    assert not {t for t in stored(message) if t.startswith("Works at")}


@pytest.mark.parametrize("message", [
    "Right, that's me, retired as of Monday! What should I read first?",
    "Well, I'm officially retired! Where do I start with Spanish?",
    "I'm now fully retired, so I have time for the allotment",
])
def test_retiring_said_in_passing(message: str) -> None:
    assert "Is retired" in stored(message)


def test_someone_elses_retirement_is_not_the_users() -> None:
    assert "Is retired" not in stored("My dad, retired last year, keeps texting me memes")


@pytest.mark.parametrize(("message", "name"), [
    ("I'm sorry to say Pip passed away on Sunday. How do I tell my grandson?", "Pip"),
    ("We had to say goodbye to Rolo last week 💔 how do I explain it to a 5 year old?",
     "Rolo"),
    ("a Farofa faleceu ontem 😢", "Farofa"),
    ("we had to put Bramble to sleep on friday", "Bramble"),
])
def test_a_pet_who_died_goes(message: str, name: str) -> None:
    assert name in retracted(message)


def test_a_death_in_the_news_asked_about_removes_nothing() -> None:
    assert not retracted("Queen Elizabeth died in 2022, right?")


@pytest.mark.parametrize(("message", "pet"), [
    ("adotamos um cachorrinho, o nome dele é Paçoca! quanto ele deve comer?",
     "Has a dog named Paçoca"),
    ("Adoptamos una gatita y se llama Canela", "Has a cat named Canela"),
    ("On a adopté un chaton, il s'appelle Filou.", "Has a cat named Filou"),
    ("Wir haben einen Hund aus dem Tierheim adoptiert, er heißt Bruno.",
     "Has a dog named Bruno"),
])
def test_a_new_pet_named_in_another_language(message: str, pet: str) -> None:
    assert pet in stored(message)


def test_a_baby_named_with_two_names_after_she_is_here() -> None:
    assert "Has a daughter named Isla Rose" in stored(
        "She's here!! Isla Rose, born at 4am 😭 can you help me with a message to family?")


@pytest.mark.parametrize(("message", "gone", "now"), [
    ("so I quit the bakery and started a plumbing apprenticeship lol",
     "the bakery", "Is doing a plumbing apprenticeship"),
    ("I quit my job and started working as a carpenter", "job", "Is a carpenter"),
    ("I quit the call centre and now I'm a dog groomer", "the call centre", "Is a dog groomer"),
])
def test_a_job_ended_and_the_next_begun_in_one_breath(message: str, gone: str,
                                                       now: str) -> None:
    assert gone in retracted(message) and now in stored(message)


@pytest.mark.parametrize(("message", "old", "new"), [
    ("actually I said Derby but it's Nottingham, typo", "Derby", "Nottingham"),
    ("earlier I typed Sean but his name is Seán, with the fada", "Sean", "Seán"),
    ("sorry, I meant Porto not Lisbon", "Lisbon", "Porto"),
    ("it's Gdynia, not Gdansk", "Gdansk", "Gdynia"),
])
def test_a_word_the_user_mends(message: str, old: str, new: str) -> None:
    [mend] = [c for c in accepted(message) if c.op == "correct"]
    assert (mend.old, mend.value) == (old, new)


@pytest.mark.parametrize("message", [
    "I said no but it's fine",          # no word mended
    "it's not Java, it's worse",
])
def test_no_mend_without_two_words(message: str) -> None:
    assert not [c for c in accepted(message) if c.op == "correct"]


@pytest.mark.parametrize(("message", "home", "not_home"), [
    ("I'm in claims at Aviva in Norwich but I actually live in Wymondham. train or bus?",
     "Lives in Wymondham", "Norwich"),
    ("Ich arbeite bei Siemens in München, wohne aber in Freising.", "Lives in Freising",
     "München"),
    ("main SBI mein cashier hoon, Pune branch, aur Nashik mein hi rehta hoon", "Lives in Nashik",
     "Pune"),
])
def test_the_home_said_with_a_verb_of_living_beats_the_jobs_town(message: str, home: str,
                                                                 not_home: str) -> None:
    homes = {t for t in stored(message) if t.startswith("Lives in")}
    assert home in homes and not any(not_home in t for t in homes)


@pytest.mark.parametrize(("message", "expected"), [
    ("Soy programadora en Cabify y tengo una duda de SQL", "Works at Cabify"),
    ("Sou analista em Stefanini, dúvida rápida de Excel", "Works at Stefanini"),
    ("Soy enfermera en Sevilla", "Lives in Sevilla"),
    ("Je suis infirmière en Bretagne", "Lives in Bretagne"),     # French says "chez" for a firm
])
def test_a_firm_after_a_job_in_spanish_or_portuguese(message: str, expected: str) -> None:
    assert expected in stored(message)


def test_a_spanish_job_left_for_the_next() -> None:
    message = ("dejé Mercadona el mes pasado (demasiadas horas) y el lunes empiezo en Lidl "
               "como encargada. ¿Cómo preparo el primer día?")
    assert "Works at Lidl" in stored(message)


@pytest.mark.parametrize(("message", "diet"), [
    ("No soy vegetariana, solo intento comer menos carne.", "vegetarian"),
    ("Nie jestem wegetarianką, po prostu jem mniej mięsa.", "vegetarian"),
    ("Non sono vegana, mangio solo poca carne.", "vegan"),
])
def test_a_diet_said_with_not_is_no_diet(message: str, diet: str) -> None:
    assert not {t for t in stored(message) if diet in t.lower()}
    assert diet in retracted(message)


@pytest.mark.parametrize(("message", "pet"), [
    ("Puppy is home!! Named her Waffle 🧇 she will NOT stop chewing my socks",
     "Has a puppy named Waffle"),
    ("picked up a beagle puppy on friday and named him Scout. crate tips?",
     "Has a dog named Scout"),
    ("update: we went with Tilly for the greyhound, she's scared of stairs",
     "Has a dog named Tilly"),
    ("¡Por fin tiene nombre: Galleta 🐶! ¿Cómo le enseño a no morder?", "Has a dog named Galleta"),
    ("Yavru geldi!! Adını Duman koyduk 🐱", "Has a cat named Duman"),
    ("Nu har vi skaffat en kattunge, hon heter Selma.", "Has a cat named Selma"),
    ("got a corn snake at the expo 🐍, named him Noodle", "Has a snake named Noodle"),
])
def test_a_pet_named_once_it_came_home(message: str, pet: str) -> None:
    assert pet in stored(message)


@pytest.mark.parametrize("message", [
    "we had our baby on tuesday and named her Lily",     # a child: no pet word
    "Named him after my grandad, funny story",
])
def test_no_pet_named_without_a_pet(message: str) -> None:
    assert not [t for t in stored(message) if re.search(r"\b(?:dog|cat|puppy|kitten)\b", t)]



@pytest.mark.parametrize(("message", "employer"), [
    ("last day at St James's is Friday, starting at Spire on the 14th!!", "Works at Spire"),
    ("three weeks in at Monzo and I finally get the codebase", "Works at Monzo"),
    ("my new place is Etxe, a tiny basque spot, and I'm sous chef now", "Works at Etxe"),
    ("contracting for Tesco now through an umbrella company, IR35 question", "Works at Tesco"),
    ("it's for the stock report at Screwfix where I work", "Works at Screwfix"),
    ("left Baxter, went to Jenkins Building Services for the bigger jobs", "Works at Jenkins "
                                                                            "Building Services"),
    ("empecé el lunes en el Quirónsalud, se acabaron las noches", "Works at Quirónsalud"),
    ("bonne nouvelle : je suis chez Ankama depuis lundi !!", "Works at Ankama"),
    ("Geçen hafta Getir'e geçtim, yeni yer çok hızlı", "Works at Getir"),
    ("先月メルカリに転職しました！", "Works at メルカリ"),
])
def test_a_new_employer_said_by_its_start(message: str, employer: str) -> None:
    assert employer in stored(message)


@pytest.mark.parametrize("message", [
    "my son started at Oakwood Primary today",
    "I started at 9am and I'm shattered",
    "so I accepted the Meta offer and then they rescinded it, staying at Oracle",
])
def test_no_new_employer_where_none_is_the_users(message: str) -> None:
    assert not {t for t in stored(message) if t.startswith("Works at") and "Oracle" not in t}
