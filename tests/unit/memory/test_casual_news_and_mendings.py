"""Facts said the way people type them: all in lower case ("im priyanka", "my cat
biscotti"), a new home in passing ("now that I'm in Denver", "the new flat in Valletta",
"a gente mora em Curitiba"), a word mended ("I said Porto, not Lisbon", "her name's Juno, not
Juniper"), an allergy the user asks to have taken into account ("so please always leave it
out"); and the look-alikes that keep nothing (a stay with a purpose, a task's ingredient, a
writer who uses capitals, a Turkish "is needed")."""

from __future__ import annotations

import pytest

from agent.memory.casing import restore_case
from agent.memory.extractors import offline_extractor
from agent.personal_memory import PersonalMemory
from tests.support.judged import after_chats, check_after_chats, stored

GATED = offline_extractor("gated")


@pytest.mark.parametrize(("message", "expected"), [
    ("heyyy im priyanka 👋 what can i eat at 3am", "heyyy im Priyanka 👋 what can i eat at 3am"),
    ("my cat biscotti knocked my coffee over", "my cat Biscotti knocked my coffee over"),
    ("im a firefighter in tacoma", "im a firefighter in Tacoma"),
    ("im tired and my dog keeps barking", "im tired and my dog keeps barking"),  # common words
    ("my son renamed the hamster", "my son renamed the hamster"),  # a verb after the kin
    ("in march i go to nice", "in march i go to nice"),  # a month and a common word
    # a writer who uses capitals wrote "priyanka" so on purpose: nothing is touched
    ("Hi im priyanka, I live in Glasgow", "Hi im priyanka, I live in Glasgow"),
])
def test_capitals_restored_only_for_a_writer_without_any(message: str, expected: str) -> None:
    assert restore_case(message) == expected


@pytest.mark.parametrize(("message", "kept"), [
    ("heyyy im priyanka 👋 what can i actually eat at 3am that wont wreck my stomach",
     "Name is Priyanka"),
    ("NOOO my cat biscotti just knocked my whole coffee onto my keyboard 😭😭 how do i save it",
     "Has a cat named Biscotti"),
    ("my daughter ines turns 6 next wk and shes obsessed w axolotls 🦎 party ideas??",
     "Has a daughter named Ines"),
])
def test_lower_case_names(mem: PersonalMemory, message: str, kept: str) -> None:
    assert after_chats(mem, "u", message) == kept


@pytest.mark.parametrize("message", [
    "im so done with this week lol",
    "my dog keeps eating socks, is that bad",
])
def test_lower_case_chatter_names_no_one(mem: PersonalMemory, message: str) -> None:
    assert after_chats(mem, "u", message) == ""


@pytest.mark.parametrize(("message", "expected"), [
    ("since I moved to Austin my knees hurt on runs, why", {"Lives in Austin"}),
    ("now that I live in Denver my sourdough is acting possessed.", {"Lives in Denver"}),
    ("ok we actually did it 😅 writing from the new flat in Valletta, boxes everywhere. what do "
     "I need to register first?", {"Lives in Valletta"}),
    ("ah, a gente mora em Curitiba, se tiver alguma experiência legal", {"Lives in Curitiba"}),
    ("agora que tô morando em Floripa o problema é o vento", {"Lives in Floripa"}),
    ("Kurzes Update: seit ich in Leipzig wohne, esse ich vegan.", {"Lives in Leipzig"}),
    ("sinds ik in Utrecht woon, fiets ik veel meer", {"Lives in Utrecht"}),
    ("I live in Rio de Janeiro", {"Lives in Rio de Janeiro"}),
    # a stay with a purpose, someone else's home, a Turkish "a cake recipe is needed"
    ("now that I'm in Rome for the conference, what should I eat?", set()),
    ("meine Freunde in Berlin leben gut", set()),
    ("Annemin doğum günü için bir pasta tarifi lazım, pazar günü yapacağım.", set()),
])
def test_homes_said_in_passing(message: str, expected: set[str]) -> None:
    assert {t for t in stored(message, extract=GATED) if t.startswith("Lives") or
            t.startswith("Works")} == expected


def test_a_japanese_firm_read_whole() -> None:
    found = stored("先週からBlueHarbor社で働き始めました！", extract=GATED)
    assert found == {"Works at BlueHarbor社"}


@pytest.mark.parametrize(("messages", "kept", "gone"), [
    (("I live in Rotterdam.", "now that I'm in Denver my sourdough is acting possessed. "
      "altitude thing??"), ["Denver"], ["Rotterdam"]),
    (("I live in Lisbon", "no, I said Porto, not Lisbon — I typed it wrong last time. so from "
      "Porto pls"), ["Porto"], ["Lisbon"]),
    (("Juniper (my border collie) is losing her mind with the fireworks",
      "tiny correction from last time — her name's Juno, not Juniper, autocorrect strikes "
      "again 🙄"), ["Juno"], ["Juniper"]),
    (("my hamster nugget keeps chewing the bars", "lol my son renamed the hamster, hes Pretzel "
      "now 🥨 what treats r safe for him"), ["Pretzel"], ["Nugget"]),
])
def test_changes_and_mendings_over_chats(mem: PersonalMemory, messages: tuple[str, ...],
                                         kept: list[str], gone: list[str]) -> None:
    check_after_chats(mem, "u", messages, kept, gone)


@pytest.mark.parametrize(("message", "expected"), [
    ("I'm allergic to sesame so please always leave it out of anything you suggest for me. "
     "tonight I just need a quick stir fry idea for two — I've got broccoli, a block of tofu "
     "and leftover rice", "Is allergic to sesame"),
    ("I'm lactose intolerant, never suggest anything with dairy", "Is lactose intolerant"),
    # no wish that lasts: a health fact is kept only when asked
    ("I'm allergic to sesame.", ""),
    # the task's ingredient, not the user's fact
    ("the recipe has walnuts, please leave them out", ""),
])
def test_an_allergy_to_be_taken_into_account(mem: PersonalMemory, message: str,
                                             expected: str) -> None:
    assert after_chats(mem, "u", message) == expected


def test_a_lead_in_is_no_fact(mem: PersonalMemory) -> None:
    """"also in general, don't give me full solutions": the wish, not "In general"."""
    memories = after_chats(mem, "u", "can you check my answer? is that right? also in general, "
                           "don't give me full solutions straight away, hints first please")
    assert "hints" in memories and "In general" not in memories


@pytest.mark.parametrize(("message", "expected"), [
    ("so I'm trying to write a bash script that renames scanned files. At work (I do IT support "
     "at Halvorsen Logistics, tiny team, basically just me) nobody else can read scripts",
     {"Works in IT support", "Works at Halvorsen Logistics"}),
    ("ok so um my name is Tomasz I live in Rotterdam and I work at the port doing logistics for "
     "a shipping company called Marevia anyway can you help me write an email",
     {"Name is Tomasz", "Lives in Rotterdam", "Works at Marevia"}),
    ("oi! sou o Caio, moro em Recife e trabalho como dev na Trampolim Pay 🇧🇷 ah e sempre me "
     "responde em português tá? meu inglês é meio ruim kkkk",
     {"Name is Caio", "Lives in Recife", "Works at Trampolim Pay", "Works as dev",
      "Prefers responses in Portuguese"}),
    ("Kurzes Update: seit ich in Leipzig wohne, esse ich vegan. Bitte merk dir das.",
     {"Lives in Leipzig", "Is vegan"}),
    # a play's script, a hobby's place, a friend's firm
    ("I'm writing a script for a play where I'm a nurse in Leeds", set()),
    ("I do yoga at FitLife", set()),
    ("my friend works for a company called Zeta", set()),
])
def test_work_and_wishes_said_in_passing(message: str, expected: set[str]) -> None:
    assert stored(message, extract=GATED) == expected


@pytest.mark.parametrize(("messages", "kept", "gone"), [
    (("barista at Copper Kettle in Galway, can you help me price a latte art workshop",
      "left Copper Kettle last week, not working anywhere right now. can you help me tidy up my "
      "CV?"), ["barista", "Galway"], ["Copper Kettle"]),
    (("im a barista at grindhouse coffee in freo, how do i stop my latte art looking like blobs",
      "update: quit grindhouse 🙃 im a receptionist at a vet clinic now. how do i sound less "
      "awkward on the phone"), ["receptionist"], ["Grindhouse"]),
    (("barista at Copper Kettle in Galway, can you help me price a latte art workshop",
      "please forget the job stuff you have on me."), ["Galway"], ["barista", "Copper Kettle"]),
    (("my boyfriend Anselm and I want to get a dog, we both work from home in Graz",
      "single again as of March 🙃 so it's just me choosing the dog now"), ["Graz"], ["Anselm"]),
    (("my wife Jo and I have a dog named Rex", "me and the wife split up last year"),
     ["Rex"], ["Jo"]),
    # someone else's parting, a place left that was never a job
    (("my wife Jo and I have a dog named Rex", "my sister and her husband split up"),
     ["Jo", "Rex"], []),
    (("I live in Leeds", "left Leeds last week for a conference, I'm a nurse now"),
     ["Leeds", "nurse"], []),
])
def test_endings_over_chats(mem: PersonalMemory, messages: tuple[str, ...], kept: list[str],
                            gone: list[str]) -> None:
    check_after_chats(mem, "u", messages, kept, gone)


@pytest.mark.parametrize(("message", "expected"), [
    ("I've been doing pottery for about 3 years now so I was thinking of making her a mug",
     {"Interested in pottery"}),
    ("been bouldering like 3x a week for 2 yrs now and my fingers are wrecked 😅 tips for "
     "taping?", {"Interested in rock climbing (bouldering)"}),
    ("can you check my answer? I'm doing an engineering degree and I actually want to learn",
     {"Is doing an engineering degree"}),
    # someone else's years, one time long ago, a job done badly
    ("my brother has been climbing for 10 years", set()),
    ("I went climbing once, 3 years ago", set()),
    ("I'm doing a bad job at this lol", set()),
    # a form filled in for a colleague's father
    ("Kannst du mir helfen, eine Kündigung zu schreiben? Ist nicht für mich, sondern für den "
     "Vater von einem Kollegen. Name: Gerhard Brückner, Mitgliedsnummer 88213", set()),
])
def test_hobbies_of_years_and_degrees(message: str, expected: set[str]) -> None:
    """A hobby done for years is kept at once (not only after a second chat)."""
    assert stored(message, extract=GATED) == expected


@pytest.mark.parametrize(("message", "expected"), [
    # a short tail with a thing of its own has its own time: the job and the town stand
    ("I'm a nurse in Glasgow, on nights this month. what can I eat at 3am?",
     {"Is a nurse", "Lives in Glasgow"}),
    # ... a tail that says for how long qualifies what comes before it
    ("I live in Berlin, this week", set()),
    ("I'm in Lisbon, on holiday", set()),
    ("I'm vegan, today anyway", set()),
])
def test_a_tail_qualifies_only_when_it_says_how_long(message: str, expected: set[str]) -> None:
    assert stored(message, extract=GATED) == expected
