"""Taking back what the assistant keeps, in the user's own words, over two chats on a real
mem0 store: "everything about my job" (and in Russian), "I'd feel better if you didn't hang
on to my kids' names", "I'm not comfortable with you knowing what city I live in", a
Japanese "don't remember where I live", a French "forget what I told you about her", a
name no longer to be used, a goal given up, a diet or employer left, a pet that was someone
else's."""

from __future__ import annotations

import pytest

from agent.memory.topics import engaged_topic
from agent.personal_memory import PersonalMemory
from tests.support.judged import after_chats, check_after_chats, retracted, stored


@pytest.mark.parametrize(("messages", "kept", "gone"), [
    # everything about one thing is that thing, not the opt-out
    (("I'm a data engineer at Zalando, living in Leipzig with my dog Oskar.",
      "could you wipe everything you've saved about my job? title, company, all of it."),
     ["Leipzig", "Oskar"], ["Zalando", "engineer"]),
    (("Привет, я Олег, тестировщик в Yandex, живу в Казани.",
      "Удали, пожалуйста, всё, что ты знаешь про мою работу. Остальное оставь."),
     ["Олег"], ["Yandex"]),
    # indirect asks
    (("I'm a midwife and my twins Noah and Ava turn 5 next week, party ideas?",
      "privacy thing: I'd feel better if you didn't hang on to my kids' names."),
     ["midwife"], ["Noah", "Ava"]),
    (("We just moved into a flat in Tampere! I'm a nurse, so nights are my thing.",
      "weird ask but I'm not comfortable with you knowing what city I live in. the nurse "
      "part is fine."), ["nurse"], ["Tampere"]),
    (("札幌に住んでいます。旭化成でエンジニアをしています。",
      "住んでいる場所は覚えておかないでください。仕事はそのままで大丈夫です。"),
     ["旭化成"], ["札幌"]),
    (("Salut ! J'habite à Nantes avec mon copain Hugo.",
      "Bonsoir. Hugo et moi, c'est fini. Tu peux oublier ce que je t'ai dit sur lui ?"),
     ["Nantes"], ["Hugo"]),
    # a name no longer to be used, the one asked for kept
    (("hi, I'm Margaret but everyone calls me Maggie, can you help with a cover letter?",
      "please stop calling me Maggie, Peggy is what my friends call me, use that."),
     ["Peggy"], ["Maggie"]),
    # a goal given up, the new one kept
    (("I'm training for the Lisbon half marathon in March, can you plan my weeks?",
      "I pulled out of the half marathon, knee trouble. new goal is a 100 km bike ride in June."),
     ["bike"], ["marathon"]),
    # an employer left "finally", a diet left by eating meat "again"
    (("I'm a barista at Costa, what's a good latte art tutorial?",
      "I finally quit Costa, I'm a junior copywriter now!"), ["copywriter"], ["Costa"]),
    (("I've been vegan for two years, easy lunches?",
      "I'm eating meat again, my doctor wanted more iron. chicken recipes?"), [], ["vegan"]),
    # notice handed in at a workplace named by kind; going freelance in Dutch
    (("I teach art at Fitzalan High in Cardiff.",
      "handed in my notice at school 😬 I'm a full time tattoo artist now."),
     ["tattoo"], ["Fitzalan"]),
    (("Ik werk als grafisch ontwerper bij Coolblue in Rotterdam.",
      "Ben sinds vorige maand weg bij coolblue, ik ben nu freelancer 🎉"),
     ["self-employed", "Rotterdam"], ["Coolblue"]),
    # units switched
    (("always give me metric units please, I'm in Auckland.",
      "I moved to Denver, so switch me to imperial from now on."),
     ["imperial", "Denver"], ["metric", "Auckland"]),
    # a pet that was someone else's, the user's own named after
    (("my dog Biscuit has been limping since Tuesday, should I worry?",
      "sorry, Biscuit is actually my neighbour's dog, I was dog-sitting. Mine is Pepper, a "
      "shy whippet."), ["Pepper"], ["Biscuit"]),
    # in other words: "scrap the bit about", "my ex", "take out the part about"
    (("I'm vegetarian and I live in Porto.",
      "scrap the bit about my diet, I eat everything again lol. quick dinner ideas?"),
     ["Porto"], ["vegetarian"]),
    (("I'm Jonas. My girlfriend Mara and I are planning a hiking trip.",
      "ugh can you forget my ex? her name keeps popping up. anyway, cheap date ideas?"),
     ["Jonas"], ["Mara"]),
    (("I'm a nurse in Leeds, and I'm coeliac so gluten-free everything please",
      "take out the part about my gluten thing, I got tested and I'm fine"),
     ["Leeds"], ["gluten"]),
])
def test_what_is_kept_after_taking_back(mem: PersonalMemory, user_id: str,
                                        messages: tuple[str, ...], kept: list[str],
                                        gone: list[str]) -> None:
    check_after_chats(mem, user_id, messages, kept, gone)


@pytest.mark.parametrize(("messages", "kept"), [
    # a game's name taken back keeps the real one
    (("hi! I'm Tomasz, a physio in Gdańsk.",
      "let's play a text adventure, you're the narrator and you call me Sir Lancelot",
      "ok stop calling me Sir Lancelot, game over. stretches for a stiff back?"),
     ["Tomasz", "Gdańsk"]),
    # "forget it" about a question takes nothing back
    (("I'm a welder in Ostrava.", "never mind, forget that question, it was silly."),
     ["welder", "Ostrava"]),
    # everything about a friend is no wipe of the user's own memories
    (("I'm Ines, an architect in Porto.", "forget everything about Rui, we're not friends "
      "anymore."), ["Ines", "Porto"]),
])
def test_what_is_not_taken_back(mem: PersonalMemory, user_id: str,
                                messages: tuple[str, ...], kept: list[str]) -> None:
    memories = after_chats(mem, user_id, *messages)
    assert all(k.lower() in memories.lower() for k in kept), memories


@pytest.mark.parametrize(("message", "expected"), [
    ("Náš Rex je labrador, má asi 35 kilo a všechno rozkouše.", "Has a dog named Rex"),
    ("our Mabel is a rescue greyhound and hates the rain", "Has a dog named Mabel"),
    ("Chào bạn, con trai mình là bé Khoa đang học lớp 4", "Has a son named Khoa"),
    ("Soalnya di Bandung tempat saya tinggal lagi musim hujan terus", "Lives in Bandung"),
    ("En Sevilla, donde vivo, hace un calor horrible en agosto", "Lives in Sevilla"),
    ("we're hosting Christmas at our place in Austin this year", "Lives in Austin"),
    ("me and my partner are trying to save for a house deposit", "Is saving for a house deposit"),
    ("im a sophomore at ohio state doing mech engineering, calc 3 help?", "Studies at Ohio State"),
    ("저는 KAIST 기계공학과 석사과정 학생이에요.", "Studies at KAIST"),
    ("I'm in Aberdeen doing a PhD in marine biology, any tips for a lit review?",
     "Lives in Aberdeen"),
    ("यार Wipro में तीन साल हो गए, फिर भी वही ड्रामा", "Works at Wipro"),
    ("Então, voltei a comer peixe, agora sou pescetariana 🐟", "Is pescatarian"),
    ("ok so i work at sap now, can you help me with an email", "Works at SAP"),
    ("Back from mat leave, our little one Isla is 10 months now", "Has a child named Isla"),
])
def test_facts_said_in_passing(message: str, expected: str) -> None:
    assert expected in stored(message)


@pytest.mark.parametrize("message", [
    "my Dad is a lab technician at the hospital",   # a breed word that is a job
    "I just use Excel for the budget, nothing fancy",  # "just" is no "only"
    "i'm a junior at Google doing backend work",  # a job's level, not a year of study
    "my brother has been at Wipro for three years",  # someone else's employer
    "मेरे भाई को Wipro में तीन साल हो गए",
])
def test_look_alikes_keep_no_wrong_fact(message: str) -> None:
    facts = stored(message)
    assert not {f for f in facts if f.startswith(("Has a dog named", "Uses only",
                                                  "Studies", "Works at Wipro"))}, facts


def test_a_glaze_that_came_out_badly_is_still_the_users_hobby() -> None:
    """"came out" of a kiln is no coming out: the clause is not sensitive, the hobby counts."""
    assert engaged_topic("glazed my first mugs at pottery last night and two of them came "
                         "out with tiny pinholes 😭 what causes that?") == "pottery"
    assert engaged_topic("I came out to my parents last year and we went hiking") is None


@pytest.mark.parametrize("message", [
    "forget about the budget for now, just show me the nicest hotels in Lisbon",
    "forget the last paragraph, too long. just end it after the bit about pricing",
    "delete the second bullet, I don't want to mention my old manager in the cover letter",
    "forget the polite tone for this reply, be blunt with me",
    "Mum says I'm not allowed to forget her birthday again lol. when should I order flowers?",
    "forget the spreadsheet, can you just tell me the formula for compound interest",
    "olvídalo, ya lo busco yo en Google",
    "Vergiss das Budget erstmal, zeig mir einfach die schönsten Hotels in Wien",
    "eh, lupakan soal anggaran dulu ya, tunjukin aja hotel yang paling bagus di Ubud",
])
def test_forgetting_part_of_the_task_takes_nothing_back(message: str) -> None:
    assert retracted(message) == set()

