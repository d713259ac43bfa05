"""The post-step end to end on a real mem0 store: reconciliation, events, opt-out purge."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from agent.memory.extraction import OfflineExtractor
from agent.services import Services, get_services


def say(services: Services, user: str, chat: str, message: str,
        previous: str | None = None) -> list[dict[str, object]]:
    outcome = services.writer.process(user_id=user, chat_id=chat, message=message,
                                      previous_assistant=previous, extractor=OfflineExtractor())
    return [e.as_dict() for e in outcome.events]


def texts(services: Services, user: str) -> list[str]:
    return sorted(m.text for m in services.memory.list(user))


def test_restating_a_fact_creates_nothing(data_dir: Path, user_id: str) -> None:
    services = get_services()
    assert [e["kind"] for e in say(services, user_id, "c1", "I love Python.")] == ["created"]
    assert say(services, user_id, "c2", "I love Python.") == []
    assert say(services, user_id, "c3", "Python is my favourite language.") == []
    assert texts(services, user_id) == ["Loves Python"]


def test_new_value_of_single_valued_attribute_supersedes_with_history(
        data_dir: Path, user_id: str) -> None:
    services = get_services()
    say(services, user_id, "c1", "I live in Berlin.")
    [event] = say(services, user_id, "c2", "I just moved to Munich.")
    assert event["kind"] == "updated"
    assert event["previous_text"] == "Lives in Berlin" and event["text"] == "Lives in Munich"
    [memory] = services.memory.list(user_id)
    assert memory.text == "Lives in Munich" and memory.source_chat_id == "c2"
    trail = services.memory.history(memory.id)
    assert [row["event"] for row in trail] == ["ADD", "UPDATE"]
    assert trail[1]["old_memory"] == "Lives in Berlin"


def test_forget_and_no_longer_remove_the_memory(data_dir: Path, user_id: str) -> None:
    services = get_services()
    say(services, user_id, "c1", "I'm vegetarian and I live in Paris.")
    assert texts(services, user_id) == ["Is vegetarian", "Lives in Paris"]
    [gone] = say(services, user_id, "c2", "I'm no longer vegetarian.")
    assert gone["kind"] == "deleted" and gone["text"] == "Is vegetarian"
    [gone] = say(services, user_id, "c3", "Forget that I live in Paris.")
    assert gone["kind"] == "deleted"
    assert texts(services, user_id) == []


def test_interest_needs_two_different_chats(data_dir: Path, user_id: str) -> None:
    services = get_services()
    say(services, user_id, "c1", "Any tips for a beginner chess opening?")
    say(services, user_id, "c1", "And what about chess endgames?")
    assert texts(services, user_id) == []
    [event] = say(services, user_id, "c2", "Who is the best chess player ever?")
    assert event["kind"] == "created" and "chess" in str(event["text"])


def test_context_from_the_assistant_question(data_dir: Path, user_id: str) -> None:
    services = get_services()
    say(services, user_id, "c1", "Kim", previous="Hi! What should I call you?")
    assert texts(services, user_id) == ["Name is Kim"]


def test_opt_out_purges_every_copy_of_the_text(data_dir: Path, user_id: str) -> None:
    services = get_services()
    other = f"{user_id}-other"
    say(services, user_id, "c1", "I live in Berlin.")
    say(services, user_id, "c2", "I moved to Munich.")
    say(services, user_id, "c1", "Tips for chess openings?")
    say(services, user_id, "c2", "Best chess books?")
    say(services, other, "c9", "I live in Oslo.")
    assert "Interested in chess" in texts(services, user_id)
    assert services.opt_out(user_id) == 2
    assert services.memory.list(user_id) == []
    assert texts(services, other) == ["Lives in Oslo"]
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
    say(services, user_id, "c3", "Chess puzzles for today?")
    assert texts(services, user_id) == []
