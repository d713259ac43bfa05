"""Chat titles never hold a secret: masked before the title is cut, however it is made."""

from __future__ import annotations

from agent.titles import (
    DEFAULT_TITLE,
    MAX_TITLE_CHARS,
    SECRET_MASK,
    TITLE_FROM_MESSAGE_CHARS,
    chat_title,
    mask_secrets,
    title_from_message,
)

KEY = "sk-proj-" + "Ab3dE5gH7jK9mN1pQ3sT5vX7"


def test_each_secret_is_masked_once() -> None:
    masked = mask_secrets(f"my API key is {KEY} and card 4111 1111 1111 1111, thanks")
    assert KEY not in masked and "4111" not in masked
    assert masked.startswith("my ") and masked.endswith(", thanks")
    assert masked.count(SECRET_MASK) == 2  # "API key is sk-..." and the key overlap: one mask


def test_a_title_from_a_message_masks_before_it_cuts() -> None:
    title = title_from_message(f"my API key is {KEY}, can you check why it fails?")
    assert "sk-" not in title and SECRET_MASK in title
    # A key that starts inside the title and ends outside it is still recognised and masked.
    late = "x" * (TITLE_FROM_MESSAGE_CHARS - 12) + f" key {KEY}"
    assert "sk-" not in title_from_message(late) and len(title_from_message(late)) <= 60


def test_given_titles_are_masked_trimmed_and_bounded() -> None:
    assert chat_title(f"  deploy with {KEY}  ") == f"deploy with {SECRET_MASK}"
    assert chat_title("Backend questions") == "Backend questions"
    assert len(chat_title("t" * 500)) == MAX_TITLE_CHARS
    assert chat_title(None) == chat_title("   ") == DEFAULT_TITLE
