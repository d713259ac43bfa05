"""Depth and NUL checks on raw request bodies: exact, and blind to brackets inside strings."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from agent.api.body_limits import MAX_JSON_DEPTH, body_problem, has_nul, json_depth


def nested(depth: int) -> Any:
    value: Any = "leaf"
    for level in range(depth):
        value = [value] if level % 2 else {"k": value}
    return value


@pytest.mark.parametrize("depth", [0, 1, 2, 5, MAX_JSON_DEPTH, MAX_JSON_DEPTH + 1, 500])
def test_depth_matches_the_structure(depth: int) -> None:
    assert json_depth(json.dumps(nested(depth)).encode()) == depth


def test_brackets_and_escaped_quotes_inside_strings_do_not_count() -> None:
    body = json.dumps({"message": '[[[{{{ "quoted [" \\ ]]]', "list": [1, [2]]}).encode()
    assert json_depth(body) == 3


def test_nul_is_found_raw_or_escaped_but_not_as_an_escaped_backslash() -> None:
    assert has_nul(json.dumps({"title": "a\x00b"}).encode())  # \u0000 in the JSON text
    assert has_nul(b'{"t": "a\x00b"}')
    assert has_nul(b'{"t": "\\\\\\u0000"}')  # an escaped backslash, then NUL
    assert not has_nul(json.dumps({"t": "C:\\u0000 is a path"}).encode())
    assert not has_nul(json.dumps({"t": "plain text"}).encode())


def test_problems_are_reported_in_words() -> None:
    assert body_problem(json.dumps({"user_id": "bob"}).encode()) is None
    assert "NUL" in str(body_problem(json.dumps({"user_id": "b\x00b"}).encode()))
    assert "nested" in str(body_problem(json.dumps(nested(MAX_JSON_DEPTH + 1)).encode()))


def test_huge_bodies_are_checked_in_linear_time() -> None:
    deep = b"[" * 2_000_000 + b"]" * 2_000_000
    text = json.dumps({"m": "x[" * 1_000_000}).encode()
    start = time.perf_counter()
    assert json_depth(deep) == 2_000_000
    assert json_depth(text) == 1 and not has_nul(text)
    assert time.perf_counter() - start < 5  # seconds; a per-character Python loop takes far more
