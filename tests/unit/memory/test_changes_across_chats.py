"""A user's life changing over several chats, on a real mem0 store: a forget that points back
with "her" or "him", a slot named in passing, two relatives at once, a diet given up, a
name mended, someone else's child taken back, a fact kept apart from the wish it came with."""

from __future__ import annotations

import pytest

from agent.personal_memory import PersonalMemory
from tests.support.judged import after_chats, check_after_chats


@pytest.mark.parametrize(("messages", "kept", "gone"), [
    # "her" is the pet the message opened with, after an emoji
    (("my cat Pickles keeps scratching the sofa, any tips?",
      "Pickles went to live with my sister bc my landlord doesn't allow cats 😢 can you forget "
      "about her, it's kinda sad. also I need a packing list"), [], ["Pickles"]),
    # Polish "o nim" (about him)
    (("Mój kot Filemon ma 16 lat, jak go namówić do picia wody?",
      "Filemon odszedł w zeszłym tygodniu. Proszę, zapomnij o nim, nie chcę, żeby wracał."),
     [], ["Filemon"]),
    # the employer named as "where I work", after "but"; the title stays
    (("I'm a nurse at St Vincent's and I'm on nights all this month",
      "random but can you stop remembering where I work? you can keep that I'm a nurse tho"),
     ["nurse"], ["Vincent"]),
    # two relatives in one request, the user's own facts kept
    (("I'm Ngozi, I live in Abuja with my husband Tunde and our son Kelechi.",
      "please forget my son's name and my husband's name, you can keep that I'm in Abuja."),
     ["Ngozi", "Abuja"], ["Tunde", "Kelechi"]),
    # a diet given up, in English and in Italian (the learned reading goes with it)
    (("went vegan at new year, high protein vegan breakfast ideas?",
      "ok confession the vegan thing lasted 3 months, I'm back to eating meat and fish now."),
     [], ["vegan"]),
    (("Ciao, sono diventata vegana da un mese, mi consigli 3 primi piatti? Grazie! Chiara",
      "Allora, ho mollato la dieta vegana, troppo complicata con i turni. Adesso mangio di "
      "nuovo di tutto."), ["Chiara"], ["vegan"]),
    # a name mended, the right one kept
    (("my boyfriend Jonah and I are doing a trip to Vienna in May",
      "autocorrect messed it up last time — my boyfriend is Jonas not Jonah 🙈 pls fix that"),
     ["Jonas"], ["Jonah"]),
    # someone else's child, taken back as a mending
    (("I'm Beth, my daughter Maya starts school in september, what should I label?",
      "sorry I mixed things up last time — Maya is my friend's daughter, I don't have kids 😅"),
     ["Beth"], ["Maya"]),
    # the fact and the wish it came with are two memories: forgetting one keeps the other
    (("please remember I have ADHD, so keep explanations chunked and short. how do I set up "
      "a weekly review in Notion?",
      "actually can you forget the ADHD thing? not comfy with it being stored."),
     ["short"], ["ADHD"]),
    # a new job and a move in other languages replace the old ones
    (("Cześć, jestem Kuba, mieszkam w Lublinie.",
      "Przeprowadziłem się w zeszłym tygodniu do Gdyni, bo dostałem robotę w porcie"),
     ["Kuba", "Gdyni"], ["Lublin"]),
    (("Hoi, ik ben UX designer bij een klein bureau in Rotterdam.",
      "ik ben vorige maand verhuisd naar Eindhoven en ik werk sinds maandag bij Philips."),
     ["Eindhoven", "Philips"], ["Rotterdam"]),
    (("I'm a postdoc at ETH Zurich in computational neuroscience.",
      "news!! I accepted the assistant professor offer at Aarhus University, starting 1 "
      "September, so I'm done at ETH after 4 years."),
     ["Aarhus", "professor"], ["Zurich"]),
    # "I live in Cork— sorry, I used to": the home mended to the one said after it
    (("I live in Cork— ugh sorry, I used to, I'm in Galway since March. weekend hikes?",),
     ["Galway"], ["Cork"]),
    # a pet renamed in Polish ("we changed the dog's name to Bruno")
    (("Cześć, właśnie adoptowaliśmy psa ze schroniska, nazywa się Fafik. Czym go karmić?",
      "Hej, zmieniliśmy psu imię na Bruno, bo Fafik do niego nie pasował 😄"),
     ["Bruno"], ["Fafik"]),
    # everything, in Dutch
    (("I'm Bram, a pharmacist in Ghent.",
      "Verwijder alsjeblieft alles wat je over mij weet. Alles."), [], ["Bram", "Ghent"]),
])
def test_what_is_kept_after_the_change(mem: PersonalMemory, user_id: str,
                                       messages: tuple[str, ...], kept: list[str],
                                       gone: list[str]) -> None:
    check_after_chats(mem, user_id, messages, kept, gone)


@pytest.mark.parametrize(("messages", "kept"), [
    # no mending said: news about a friend's family takes nothing back
    (("my daughter Maya starts school in september",
      "Maya is my friend's daughter's best mate, they're inseparable"), ["Maya"]),
    # "him" with nobody named before it deletes nothing
    (("I'm Ola and I live in Bergen.", "can you forget about him"), ["Ola", "Bergen"]),
    # a job only received, not taken, is no employer
    (("I work at Wayfair.", "I got the Stripe job but I'm not sure I'll take it"),
     ["Wayfair"]),
])
def test_what_is_not_taken_as_a_change(mem: PersonalMemory, user_id: str,
                                       messages: tuple[str, ...], kept: list[str]) -> None:
    stored = after_chats(mem, user_id, *messages)
    assert all(k.lower() in stored.lower() for k in kept), stored
