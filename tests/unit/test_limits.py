"""One message cap for the library: observe and remember refuse a message over it, whole."""

from __future__ import annotations

import pytest

from agent import MAX_MESSAGE_CHARS, MessageTooLong, PersonalMemory
from agent.limits import check_message


def test_the_cap_is_inclusive_and_the_error_is_a_value_error() -> None:
    assert check_message("x" * MAX_MESSAGE_CHARS) == "x" * MAX_MESSAGE_CHARS
    with pytest.raises(ValueError, match=f"at most {MAX_MESSAGE_CHARS} characters"):
        check_message("x" * (MAX_MESSAGE_CHARS + 1))


def test_observe_and_remember_refuse_an_over_long_message(mem: PersonalMemory,
                                                          user_id: str) -> None:
    too_long = "My name is Zed. " + "x" * MAX_MESSAGE_CHARS
    with pytest.raises(MessageTooLong):
        mem.observe(user_id, too_long)
    with pytest.raises(MessageTooLong):
        mem.remember(user_id, too_long)
    assert "store" not in mem.__dict__  # refused before the memory store was even built
