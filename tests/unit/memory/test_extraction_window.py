"""One bound on what extraction reads, honoured by the rule extractor and the writer alike."""

from __future__ import annotations

from typing import Any

from agent.memory.candidates import Candidate
from agent.memory.extraction_window import MAX_EXTRACTION_CHARS, extraction_window
from agent.memory.extractors.rules import RuleExtractor
from agent.memory.writer import MemoryWriter

FILLER = "the weather was fine and we walked along the river "
LONG = FILLER * (3 * MAX_EXTRACTION_CHARS // len(FILLER))


def test_short_text_is_read_whole() -> None:
    assert extraction_window("My name is Zed.") == "My name is Zed."
    exact = "x" * MAX_EXTRACTION_CHARS
    assert extraction_window(exact) == exact


def test_long_text_is_cut_before_a_partial_word() -> None:
    window = extraction_window(LONG)
    assert len(window) <= MAX_EXTRACTION_CHARS and LONG.startswith(window)
    assert LONG[len(window)].isspace() or window.endswith(" ")
    key = "sk-proj-" + "A1b2C3d4" * 6
    straddling = "y " * ((MAX_EXTRACTION_CHARS - 30) // 2) + f"my api key is {key} thanks"
    assert "sk-" not in extraction_window(straddling)  # half a secret is dropped, not kept
    assert len(extraction_window("z" * 50_000)) == MAX_EXTRACTION_CHARS  # one giant word


def test_rules_read_facts_inside_the_window_only() -> None:
    rules = RuleExtractor()
    assert [c.text for c in rules(f"My name is Zed. {LONG}", None)] == ["Name is Zed"]
    assert rules(f"{LONG} My name is Zed.", None) == []


class SpyExtractor:
    def __init__(self) -> None:
        self.seen: list[tuple[str, str | None]] = []

    def __call__(self, message: str, previous_assistant: str | None) -> list[Candidate]:
        self.seen.append((message, previous_assistant))
        return []


class NoStore:
    def prime(self, texts: list[str]) -> None:
        assert texts == []


def test_the_writer_hands_every_extractor_the_window_only() -> None:
    spy = SpyExtractor()
    store: Any = NoStore()
    writer = MemoryWriter(store, evidence=None)  # type: ignore[arg-type]
    writer.process(user_id="u", chat_id="c", message=LONG, previous_assistant=LONG,
                   extractor=spy)
    [(message, previous)] = spy.seen
    assert message == extraction_window(LONG) and previous == extraction_window(LONG)
