"""Commands in chat: the full opt-out and "for this chat only", read the same by every
extractor (agent.memory.commands)."""

from __future__ import annotations

import pytest

from agent.memory.commands import chat_scoped, is_forget_all

OPT_OUTS = [
    "Forget everything.",
    "Wipe all the stuff you've saved about me, please.",
    "delete all you remember about me",
    "Please delete all my memories",
    "can you erase everything you know about me?",
    "ok forget everything I've told you so far",
    "Oublie tout ce que tu sais sur moi",
    "Vergiss alles über mich",
]
NOT_OPT_OUTS = [
    "Forget that I live in Paris",  # one fact, not everything
    "delete the last paragraph",
    "can you remove all the commas?",
    "I forget everything these days",
    "mon mot de passe c'est X, retiens-le stp, j'oublie tout.",
    "ich vergesse alles, kannst du mir helfen?",
    "This will definitely help you not to forget anything!",
    "did you delete everything?",
    "clear all the cells in column B",
]


@pytest.mark.parametrize("message", OPT_OUTS)
def test_opt_out_is_recognised(message: str) -> None:
    assert is_forget_all(message)


@pytest.mark.parametrize("message", NOT_OPT_OUTS)
def test_not_an_opt_out(message: str) -> None:
    assert not is_forget_all(message)


def test_chat_scope_covers_its_sentence_only() -> None:
    message = "I'm Sam. For the rest of this conversation call me Chief."
    assert chat_scoped("call me Chief", message)
    assert not chat_scoped("I'm Sam", message)
