"""The post-step end to end on a real mem0 store: reconciliation, events, opt-out purge."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from agent.personal_memory import PersonalMemory


def say(mem: PersonalMemory, user: str, chat: str, message: str,
        previous: str | None = None) -> list[dict[str, object]]:
    events = mem.observe(user, message, chat_id=chat, previous_assistant=previous)
    return [e.as_dict() for e in events]


def texts(mem: PersonalMemory, user: str) -> list[str]:
    return sorted(m.text for m in mem.store.list(user))


def test_restating_a_fact_creates_nothing(mem: PersonalMemory,
        data_dir: Path, user_id: str) -> None:
    assert [e["kind"] for e in say(mem, user_id, "c1", "I love Python.")] == ["created"]
    assert say(mem, user_id, "c2", "I love Python.") == []
    assert say(mem, user_id, "c3", "Python is my favourite language.") == []
    assert texts(mem, user_id) == ["Loves Python"]


def test_new_value_of_single_valued_attribute_supersedes_with_history(mem: PersonalMemory,
        data_dir: Path, user_id: str) -> None:
    say(mem, user_id, "c1", "I live in Berlin.")
    [event] = say(mem, user_id, "c2", "I just moved to Munich.")
    assert event["kind"] == "updated"
    assert event["previous_text"] == "Lives in Berlin" and event["text"] == "Lives in Munich"
    [memory] = mem.store.list(user_id)
    assert memory.text == "Lives in Munich" and memory.source_chat_id == "c2"
    trail = mem.store.history(memory.id)
    assert [row["event"] for row in trail] == ["ADD", "UPDATE"]
    assert trail[1]["old_memory"] == "Lives in Berlin"


def test_forget_and_no_longer_remove_the_memory(mem: PersonalMemory,
        data_dir: Path, user_id: str) -> None:
    say(mem, user_id, "c1", "I'm vegetarian and I live in Paris.")
    assert texts(mem, user_id) == ["Is vegetarian", "Lives in Paris"]
    [gone] = say(mem, user_id, "c2", "I'm no longer vegetarian.")
    assert gone["kind"] == "deleted" and gone["text"] == "Is vegetarian"
    [gone] = say(mem, user_id, "c3", "Forget that I live in Paris.")
    assert gone["kind"] == "deleted"
    assert texts(mem, user_id) == []


@pytest.mark.parametrize(("request_", "gone", "kept"), [
    ("actually please forget where I work, I don't want that saved", "Goldman", "Oslo"),
    ("forget where I live", "Oslo", "Goldman"),
    ("forget my job", "Goldman", "Oslo"),
    ("forget that I work out every morning", None, "Goldman"),
])
def test_forget_a_slot_by_naming_it(mem: PersonalMemory, user_id: str, request_: str,
                                    gone: str | None, kept: str) -> None:
    say(mem, user_id, "c1", "I work at Goldman Sachs and I live in Oslo.")
    assert len(texts(mem, user_id)) == 2
    say(mem, user_id, "c2", request_)
    stored = " | ".join(texts(mem, user_id))
    assert kept in stored and (gone is None or gone not in stored), stored


def test_interest_needs_two_different_chats(mem: PersonalMemory,
        data_dir: Path, user_id: str) -> None:
    say(mem, user_id, "c1", "Any tips for my chess opening? I'm a beginner.")
    say(mem, user_id, "c1", "And what about my chess endgames?")
    assert texts(mem, user_id) == []
    [event] = say(mem, user_id, "c2", "I played chess all evening")
    assert event["kind"] == "created" and "chess" in str(event["text"])


def test_a_topic_only_asked_about_needs_a_chat_where_the_user_does_it(
        mem: PersonalMemory, data_dir: Path, user_id: str) -> None:
    say(mem, user_id, "c1", "Which gardening tools are actually worth the money?")
    say(mem, user_id, "c2", "When is the best time to prune roses? Gardening question.")
    say(mem, user_id, "c3", "Have you ever tried gardening?")  # asks about someone else
    assert texts(mem, user_id) == []
    [event] = say(mem, user_id, "c4", "I spent the whole weekend gardening")
    assert event["kind"] == "created" and "gardening" in str(event["text"])


def test_a_topic_named_in_one_clause_and_done_in_the_next(mem: PersonalMemory,
        data_dir: Path, user_id: str) -> None:
    say(mem, user_id, "c1", "How should rock climbing shoes fit? Mine feel painfully tight.")
    [event] = say(mem, user_id, "c2", "Is there a good finger routine for rock climbing?")
    assert "climbing" in str(event["text"])


def test_evidence_from_a_folder_older_than_mentions_still_counts(tmp_path: Path) -> None:
    """Rows written before mentions were kept apart were all first-person evidence."""
    folder = tmp_path / "old"
    folder.mkdir()
    db = sqlite3.connect(folder / "chats.sqlite")
    db.execute("CREATE TABLE interest_evidence (user_id TEXT NOT NULL, topic TEXT NOT NULL, "
               "chat_id TEXT NOT NULL, created_at TEXT NOT NULL, "
               "PRIMARY KEY (user_id, topic, chat_id))")
    db.execute("INSERT INTO interest_evidence VALUES ('u', 'chess', 'c1', '2026-01-01')")
    db.commit()
    db.close()
    mem = PersonalMemory(folder)
    try:
        [event] = mem.observe("u", "Who is the best chess player ever?", chat_id="c2")
        assert "chess" in event.text
    finally:
        mem.close()


def test_context_from_the_assistant_question(mem: PersonalMemory,
        data_dir: Path, user_id: str) -> None:
    say(mem, user_id, "c1", "Kim", previous="Hi! What should I call you?")
    assert texts(mem, user_id) == ["Name is Kim"]


def test_opt_out_purges_every_copy_of_the_text(mem: PersonalMemory,
        data_dir: Path, user_id: str) -> None:
    other = f"{user_id}-other"
    say(mem, user_id, "c1", "I live in Berlin.")
    say(mem, user_id, "c2", "I moved to Munich.")
    say(mem, user_id, "c1", "Tips for my chess openings?")
    say(mem, user_id, "c2", "I need chess books for my trip")
    say(mem, other, "c9", "I live in Oslo.")
    assert "Interested in chess" in texts(mem, user_id)
    assert mem.forget_all(user_id) == 2
    assert mem.store.list(user_id) == []
    assert texts(mem, other) == ["Lives in Oslo"]
    history = sqlite3.connect(data_dir / "mem0_history.sqlite")
    rows = [r[0] for r in history.execute("SELECT coalesce(old_memory,'') || ' ' || "
                                          "coalesce(new_memory,'') FROM history")]
    assert not any("Berlin" in r or "Munich" in r or "chess" in r for r in rows)
    assert any("Oslo" in r for r in rows)
    vectors = sqlite3.connect(data_dir / "memories.sqlite")
    assert not [r for r in vectors.execute("SELECT payload FROM vs_personalmem_memories")
                if "Munich" in r[0]]
    chats = sqlite3.connect(data_dir / "chats.sqlite")
    assert chats.execute("SELECT COUNT(*) FROM interest_evidence WHERE user_id = ?",
                         (user_id,)).fetchone() == (0,)
    # Evidence is gone too: one new mention does not resurrect the interest.
    say(mem, user_id, "c3", "I did chess puzzles this morning")
    assert texts(mem, user_id) == []


def test_opt_out_said_in_chat_deletes_everything(mem: PersonalMemory, user_id: str) -> None:
    say(mem, user_id, "c1", "My name is Ana and I live in Porto.")
    events = say(mem, user_id, "c2", "Wipe all the stuff you've saved about me, please.")
    assert sorted(e["kind"] for e in events) == ["deleted", "deleted"]
    assert texts(mem, user_id) == []


@pytest.mark.parametrize("wipe", [
    "please delete everything you know about me, I want a clean slate. from here on just "
    "remember I prefer metric units.",
    "Forget everything about me. Just remember I prefer metric units from now on.",
])
def test_facts_said_after_a_wipe_start_the_new_slate(mem: PersonalMemory, user_id: str,
                                                     wipe: str) -> None:
    say(mem, user_id, "c1", "I'm Farid, a civil engineer in Dubai.")
    kinds = [e["kind"] for e in say(mem, user_id, "c2", wipe)]
    assert kinds.count("deleted") >= 2 and "created" in kinds
    assert texts(mem, user_id) == ["Prefers metric units"]


def test_a_wipe_asked_in_russian_with_a_capital(mem: PersonalMemory, user_id: str) -> None:
    say(mem, user_id, "c1", "Привет! Меня зовут Дмитрий, живу в Новосибирске.")
    assert texts(mem, user_id)
    say(mem, user_id, "c2", "Удали всё, что ты обо мне знаешь. Ничего не храни.")
    assert texts(mem, user_id) == []


def test_a_hobby_said_as_a_habit_inside_a_long_brief_counts(mem: PersonalMemory,
                                                            user_id: str) -> None:
    brief = ("ok so I need help deciding between two climbing gym memberships. I've been "
             "bouldering about 3x a week since the spring and I think I'm ready to commit "
             "instead of paying day passes ($22 a pop, it adds up fast). Gym A: $85/month, no "
             "contract, 15 min drive, packed after 6pm. Gym B: $720/year, 30 min drive, sauna "
             "included. My friend Jess already has Gym B and keeps begging me to switch. Which "
             "is actually cheaper per visit if I keep going 3x a week?")
    assert len(brief.split()) > 60
    say(mem, user_id, "c1", brief)
    assert texts(mem, user_id) == []  # one chat is not yet an interest
    say(mem, user_id, "c2", "Shoe question. I boulder mostly V3-V4 indoors now.")
    [interest] = texts(mem, user_id)
    assert "climbing" in interest


def test_a_task_in_a_long_brief_is_only_mentioned(mem: PersonalMemory, user_id: str) -> None:
    # busy with it for the task, not as a habit: two such briefs make no interest
    for chat in ("c1", "c2"):
        say(mem, user_id, chat, "I'm writing a Python script that resizes photos for our "
            "shop. " + "It should read a folder, resize each image to 1200 px wide, keep the "
            "aspect ratio, strip the metadata and save a copy with a suffix. " * 3)
    assert texts(mem, user_id) == []


def test_two_recipe_requests_are_no_interest(mem: PersonalMemory, user_id: str) -> None:
    say(mem, user_id, "c1", "I need a quick recipe for chicken thighs tonight")
    say(mem, user_id, "c2", "can you give me a recipe for lasagna? I need it for sunday")
    assert texts(mem, user_id) == []


def test_temporary_name_is_not_stored(mem: PersonalMemory, user_id: str) -> None:
    say(mem, user_id, "c1", "haha for the rest of this conversation call me Chief")
    assert texts(mem, user_id) == []


@pytest.mark.parametrize(("before", "change", "now", "gone"), [
    ("I live in Lyon.", "Guess what, we finally relocated from Lyon to Bordeaux last week!",
     "Bordeaux", "Lyon"),
    ("I work at Siemens.", "Small update: I quit Siemens in May and now I'm at Bosch.",
     "Bosch", "Siemens"),
    ("My puppy is called Rex.", "We changed the puppy's name — he's Biscuit now",
     "Biscuit", "Rex"),
    ("We got a puppy! her name is Pepper", "update: we ended up renaming the puppy, she's "
     "Biscuit now, the old name never stuck", "Biscuit", "Pepper"),
    ("My kitten is called Pixel.", "we renamed him Byte 😅 Pixel never suited him", "Byte",
     "Pixel"),
    ("Hello, I'm Laura Jensen.", "I got married and changed my last name, it's Laura Moreau "
     "now", "Laura Moreau", "Jensen"),
    ("I live in Tucson.", "we finally closed on a house in Flagstaff!", "Flagstaff", "Tucson"),
    ("I'm a junior analyst.", "guess who got promoted to data team lead 😎 help me write a "
     "note to the team?", "team lead", "junior"),
    ("I'm a junior designer at Figma.", "good news, I start as a senior designer at Canva "
     "next month 😎 any tips for week one?", "Canva", "Figma"),
])
def test_a_change_supersedes(mem: PersonalMemory, user_id: str, before: str, change: str,
                             now: str, gone: str) -> None:
    say(mem, user_id, "c1", before)
    say(mem, user_id, "c2", change)
    stored = texts(mem, user_id)
    assert any(now in t for t in stored) and not any(gone in t for t in stored), stored


@pytest.mark.parametrize(("message", "name"), [
    ("Hi! I'm Priya Raman, I work as a data engineer", "Priya Raman"),
    ("Hey there, I'm Tomasz Wierzbicki and I teach chemistry at a high school.",
     "Tomasz Wierzbicki"),
])
def test_full_name_in_an_introduction(mem: PersonalMemory, user_id: str, message: str,
                                      name: str) -> None:
    say(mem, user_id, "c1", message)
    assert f"Name is {name}" in texts(mem, user_id)


def test_notices_name_the_reason_never_the_fact(mem: PersonalMemory, user_id: str) -> None:
    from agent.memory.notices import NOT_SAVED_SENSITIVE

    outcome = mem.observe_turn(user_id, "I was diagnosed with diabetes last year.")
    assert outcome.events == [] and [n.message for n in outcome.notices] == [NOT_SAVED_SENSITIVE]
    secret = mem.observe_turn(user_id, "Please remember my card number 4111 1111 1111 1111")
    assert [n.kind for n in secret.notices] == ["refused"]
    assert all("4111" not in n.message for n in secret.notices)
    assert mem.observe_turn(user_id, "I live in Oslo.").notices == []


@pytest.mark.parametrize(("message", "noticed"), [
    ("I take antidepressants every morning.", True),
    ("My therapy sessions help a lot.", True),
    ("My sister has diabetes.", False),
    ("Is diabetes hereditary?", False),
    ("I'm writing an essay on cancer research.", False),
])
def test_a_sensitive_statement_no_extractor_read_is_still_noticed(message: str, noticed: bool
                                                                  ) -> None:
    from agent.memory.notices import notices_for
    from agent.memory.policy import PolicyResult

    assert bool(notices_for(PolicyResult(), message)) is noticed


def test_climbing_and_rock_climbing_are_one_interest(mem: PersonalMemory, user_id: str) -> None:
    say(mem, user_id, "c1", "I've been rock climbing for two years and my heel hooks are bad")
    say(mem, user_id, "c2", "forearms are fried after climbing last night, any stretches?")
    [interest] = texts(mem, user_id)
    assert interest.startswith("Interested in rock climbing")


def test_forgetting_a_family_members_name_keeps_the_users(mem: PersonalMemory,
                                                          user_id: str) -> None:
    say(mem, user_id, "c1", "Hi, I'm Omar. My daughter Ana is 7.")
    assert {"Name is Omar", "Has a daughter named Ana"} <= set(texts(mem, user_id))
    say(mem, user_id, "c1", "please forget my daughter's name, I'd rather not save it")
    assert texts(mem, user_id) == ["Name is Omar"]


@pytest.mark.parametrize(("before", "change", "after"), [
    ("Hi, I'm Laura Brennan.", "my surname changed to Haddad when I got married",
     "Name is Laura Haddad"),
    ("I'm Tom Hart", "I changed my last name to Okafor", "Name is Tom Okafor"),
    ("I'm Ana", "It's Mrs. Kowalczyk-Reyes now, got married last weekend",
     "Name is Ana Kowalczyk-Reyes"),
])
def test_a_new_surname_keeps_the_first_name(mem: PersonalMemory, user_id: str, before: str,
                                            change: str, after: str) -> None:
    say(mem, user_id, "c1", before)
    say(mem, user_id, "c2", change)
    assert texts(mem, user_id) == [after]


def test_a_surname_with_no_first_name_known_stands_alone(mem: PersonalMemory,
                                                         user_id: str) -> None:
    say(mem, user_id, "c1", "my last name is Okafor now")
    assert texts(mem, user_id) == ["Surname is Okafor"]


def test_a_query_in_another_language_still_finds_the_profile(mem: PersonalMemory,
                                                             user_id: str) -> None:
    """The encoder is English-only: '我在哪里工作？' scores 'Works at Shopee' below zero."""
    say(mem, user_id, "c1", "我在Shopee做后端开发，坐标新加坡。")
    found = [m.text for m in mem.search(user_id, "我在哪里工作？", limit=5)]
    assert "Works at Shopee" in found and "Lives in 新加坡" in found



def test_a_fact_in_another_script_is_found_by_an_english_query(mem: PersonalMemory,
                                                                user_id: str) -> None:
    say(mem, user_id, "c1", "저는 판교에서 일하는 Flutter 개발자예요.")
    say(mem, user_id, "c2", "I love hiking in the Alps.")
    found = [m.text for m in mem.search(user_id, "What do I do for work?", limit=5)]
    assert "Is a Flutter 개발자" in found


@pytest.mark.parametrize("retirement", [
    "well, I've retired! sea views from now on",
    "So, ab heute bin ich offiziell in Rente!!!",
])
def test_a_retirement_ends_the_job_and_its_employer(mem: PersonalMemory, user_id: str,
                                                     retirement: str) -> None:
    say(mem, user_id, "c1", "I'm Horatio, a cartographer at Ordnance Survey")
    assert "Works at Ordnance Survey" in texts(mem, user_id)
    say(mem, user_id, "c2", retirement)
    assert sorted(texts(mem, user_id)) == ["Is retired", "Name is Horatio"]


def test_a_new_wish_for_the_length_of_answers_replaces_the_old(mem: PersonalMemory,
                                                               user_id: str) -> None:
    say(mem, user_id, "c1", "i prefer detailed answers w examples pls, im learning sql")
    assert [t for t in texts(mem, user_id) if "detailed" in t]
    say(mem, user_id, "c2", "ugh ok change: keep it short from now on. 2-3 lines max")
    stored = " | ".join(texts(mem, user_id))
    assert "short" in stored and "detailed" not in stored, stored


def test_forgetting_this_chat_is_no_french_cat(mem: PersonalMemory, user_id: str) -> None:
    say(mem, user_id, "c1", "My cat Pistache hates the vet.")
    say(mem, user_id, "c2", "forget this chat")
    assert texts(mem, user_id) == ["Has a cat named Pistache"]


def test_forgetting_where_i_work_in_russian_keeps_the_name(mem: PersonalMemory,
                                                          user_id: str) -> None:
    say(mem, user_id, "c1", "Я Оля, работаю аналитиком в Сбере.")
    say(mem, user_id, "c1", "слушай, забудь где я работаю, ладно?")
    assert "Name is Оля" in texts(mem, user_id)
    assert not [t for t in texts(mem, user_id) if "Сбер" in t]


@pytest.mark.parametrize(("first", "request_", "gone", "kept"), [
    ("Ich arbeite als Elektrikerin bei den Stadtwerken Lindau, ich heiße Jana.",
     "Vergiss bitte, wo ich arbeite.", "Stadtwerk", "Jana"),
    ("Je m'appelle Inès et j'habite à Nantes.", "oublie où j'habite stp", "Nantes", "Inès"),
    ("Sunt agronom la ferma Câmpia Verde și locuiesc în Cisnădie.",
     "Te rog să uiți unde locuiesc.", "Cisn", "agronom"),
    ("I'm a carpenter in Cork and a single dad to Leo, he's 4.",
     "actually forget about my son please, i don't want him in your memory", "Leo", "Cork"),
    ("Sono Giulia, faccio la farmacista a Bologna.",
     "dimentica il mio lavoro per favore", "farmacista", "Bologna"),
    ("je m'appelle Margaux et mon chat Pistache refuse ses croquettes",
     "oublie que j'ai un chat stp", "Pistache", "Margaux"),
    ("I'm Dana. please remember I'm pregnant, so flag anything I shouldn't eat",
     "you can forget the pregnancy thing now", "pregnant", "Dana"),
    ("Ich bin Elektriker bei Hallmann Bau in Kassel.",
     "Kurzes Update: bin nicht mehr bei Hallmann, hab mich selbstständig gemacht", "Hallmann",
     "Kassel"),
])
def test_forgetting_names_the_relative_or_the_slot_in_its_own_words(
        mem: PersonalMemory, user_id: str, first: str, request_: str, gone: str,
        kept: str) -> None:
    say(mem, user_id, "c1", first)
    assert gone in " | ".join(texts(mem, user_id))
    say(mem, user_id, "c2", request_)
    stored = " | ".join(texts(mem, user_id))
    assert kept in stored and gone not in stored, stored


@pytest.mark.parametrize("request_", [
    "forget everything about me except my name. thanks",
    "ok wipe everything you know about me but my name",
])
def test_the_opt_out_can_spare_what_it_names(mem: PersonalMemory, user_id: str,
                                             request_: str) -> None:
    say(mem, user_id, "c1", "hey it's Bronagh, im a hospital pharmacist in Derry")
    say(mem, user_id, "c2", request_)
    assert texts(mem, user_id) == ["Name is Bronagh"]


@pytest.mark.parametrize(("first", "mend", "now", "gone"), [
    ("I'm a teacher in Derby.", "actually I said Derby but it's Nottingham, sorry",
     "Lives in Nottingham", "Derby"),
    ("my son Sean is 6 and hates broccoli", "earlier I typed Sean but his name is Seán",
     "Has a son named Seán", "Sean"),
])
def test_a_mended_word_rewrites_the_memory_that_holds_it(
        mem: PersonalMemory, user_id: str, first: str, mend: str, now: str, gone: str) -> None:
    say(mem, user_id, "c1", first)
    before = texts(mem, user_id)
    [event] = say(mem, user_id, "c2", mend)
    assert event["kind"] == "updated" and event["text"] == now
    after = texts(mem, user_id)
    assert now in after and not any(gone in t.replace(now, "") for t in after)
    assert len(after) == len(before)  # rewritten in its slot, nothing added


def test_a_mended_word_no_memory_holds_changes_nothing(mem: PersonalMemory,
                                                         user_id: str) -> None:
    say(mem, user_id, "c1", "I live in Leeds.")
    assert say(mem, user_id, "c2", "sorry, I meant Porto not Lisbon") == []
    assert texts(mem, user_id) == ["Lives in Leeds"]


def test_a_pet_who_died_is_gone_and_the_new_one_kept(mem: PersonalMemory,
                                                      user_id: str) -> None:
    say(mem, user_id, "c1", "my dog Rolo keeps eating grass, is that normal?")
    assert texts(mem, user_id) == ["Has a dog named Rolo"]
    say(mem, user_id, "c2", "We had to say goodbye to Rolo last week 💔 how do I explain it?")
    assert texts(mem, user_id) == []
    say(mem, user_id, "c3", "we adopted a rescue greyhound called Maple!")
    assert any("Maple" in t for t in texts(mem, user_id))


def test_a_mended_sensitive_memory_keeps_its_consent_flag(mem: PersonalMemory,
                                                          user_id: str) -> None:
    mem.store.add(user_id, "Sees a therapist in Leeds", category="health", sensitive=True)
    [event] = say(mem, user_id, "c2", "actually I said Leeds but it's Bradford, sorry")
    [record] = mem.list(user_id)
    assert event["kind"] == "updated" and record.sensitive
    assert record.text == "Sees a therapist in Bradford"
