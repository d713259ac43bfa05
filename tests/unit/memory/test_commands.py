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
    "delete all you know about me, ok?",
    "hey can you wipe everything you know about me? all of it. starting fresh",
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
    "did you delete everything, ok?",
]


@pytest.mark.parametrize("message", OPT_OUTS)
def test_opt_out_is_recognised(message: str) -> None:
    assert is_forget_all(message)


@pytest.mark.parametrize("message", NOT_OPT_OUTS)
def test_not_an_opt_out(message: str) -> None:
    assert not is_forget_all(message)


def test_an_emoji_ends_the_sentence_a_chat_scope_covers() -> None:
    message = "for this chat call me Captain 🫡 im a sous chef in Ghent and need a staff meal"
    assert chat_scoped("call me Captain", message)
    assert not chat_scoped("im a sous chef in Ghent", message)
    # the rules read normalised text: the clause is found by its end
    assert not chat_scoped("I'm a sous chef in Ghent and need a staff meal", message)


def test_chat_scope_covers_its_sentence_only() -> None:
    message = "I'm Sam. For the rest of this conversation call me Chief."
    assert chat_scoped("call me Chief", message)
    assert not chat_scoped("I'm Sam", message)


@pytest.mark.parametrize(("message", "limited", "free"), [
    ("I'm a teacher for now but I want to become a software developer", "I'm a teacher",
     "I want to become a software developer"),
    ("For now I'm vegetarian, though I love Japanese food", "I'm vegetarian",
     "I love Japanese food"),
    ("Réponds en anglais pour cette conversation, mais je préfère le français",
     "Réponds en anglais", "je préfère le français"),
])
def test_a_contrast_ends_the_reach_of_a_time_limit(message: str, limited: str,
                                                    free: str) -> None:
    assert chat_scoped(limited, message)
    assert not chat_scoped(free, message)


@pytest.mark.parametrize("message", [
    "wil je alsjeblieft alles vergeten wat je over mij weet? gewoon alles wissen",
    "gewoon alles wissen",
    "kannst du bitte alles löschen, was du über mich weißt?",
    "hakkımda bildiğin her şeyi unut",
    "tolong hapus semua yang kamu tahu tentang aku",
    "glöm allt om mig",
    "puedes borrar todo lo que sabes sobre mí?",
])
def test_opt_out_in_other_languages_and_word_orders(message: str) -> None:
    assert is_forget_all(message)


@pytest.mark.parametrize("message", [
    "ik kan alles vergeten als ik moe ben",  # a statement about the user
    "kannst du alle Duplikate löschen?",  # a task: nothing says memory
    "is everything clear?",
])
def test_no_opt_out_in_other_languages(message: str) -> None:
    assert not is_forget_all(message)
