"""Resolving a run: one function, any context shape, no shared default user."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from pydantic import BaseModel

from agent.run import Context, MissingUserId, Run, resolve_run


class CountingSwitch:
    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self.reads = 0

    def memory_enabled(self, user_id: str) -> bool:
        self.reads += 1
        return self.enabled


@dataclass
class MyContext:
    user_id: str
    tenant: str = "acme"


class MyPydanticContext(BaseModel):
    user_id: str
    model: str | None = None


CONFIG = {"configurable": {"thread_id": "chat-1"}}


@pytest.mark.parametrize("context", [
    Context(user_id="ana"), MyContext(user_id="ana"), MyPydanticContext(user_id="ana"),
    {"user_id": "ana", "unrelated": 1},
])
def test_any_context_shape_names_the_user(context: object) -> None:
    run = resolve_run(context, CONFIG, default_model="offline", switch=CountingSwitch())
    assert run == Run(user_id="ana", chat_id="chat-1", model="offline", memory_on=True)


def test_configurable_is_read_and_the_context_wins() -> None:
    config = {"configurable": {"thread_id": "t", "user_id": "from-config", "model": "m1"}}
    assert resolve_run(None, config, default_model="offline",
                       switch=CountingSwitch()).user_id == "from-config"
    run = resolve_run({"user_id": "ctx"}, config, default_model="offline",
                      switch=CountingSwitch())
    assert (run.user_id, run.model) == ("ctx", "m1")


@pytest.mark.parametrize("context", [None, {}, {"user_id": ""}, {"user_id": "  "}])
def test_no_user_is_a_clear_error_not_a_shared_default(context: object) -> None:
    with pytest.raises(MissingUserId, match="user id"):
        resolve_run(context, {"configurable": {}}, default_model="offline",
                    switch=CountingSwitch())


def test_memory_switch_is_read_once_and_folded_with_temporary_and_the_run_switch() -> None:
    switch = CountingSwitch(enabled=False)
    assert not resolve_run({"user_id": "u"}, None, default_model="x", switch=switch).memory_on
    assert switch.reads == 1
    on = CountingSwitch()
    assert not resolve_run({"user_id": "u", "temporary": True}, None, default_model="x",
                           switch=on).memory_on
    assert not resolve_run({"user_id": "u", "memory_enabled": False}, None, default_model="x",
                           switch=on).memory_on
    assert on.reads == 0  # nothing to read when the run itself turns memory off
    resolved = resolve_run({"user_id": "u"}, None, default_model="x", switch=on)
    assert resolve_run(resolved, None, default_model="y", switch=on) is resolved
    assert resolve_run({"user_id": "u"}, None, default_model="x", switch=on,
                       memory_on=True).memory_on
    assert on.reads == 1
