"""Secrets: national ID, tax and social-security numbers in many countries' formats, and
credentials and card numbers named as such."""

from __future__ import annotations

import pytest

from agent.memory.secrets import find_secrets

SECRETS = [
    "Retiens mon numéro fiscal, j'en ai souvent besoin : 30 23 217 600 053",
    "Meine Steuer-ID ist 12 345 678 901",
    "il mio codice fiscale è RSSMRA85T10A562S",
    "PESEL: 44051401359",
    "my aadhaar is 2345 6789 0124",
    "mijn BSN is 111222333",
    "my NI number is QQ 12 34 56 C",
    "Mi DNI es 12345678Z",
    "Wifi pasword please: sunflower42",
    "my pwd is hunter2",
    "Visa number 4532 7781 0094 2210",  # named a card, checksum or not
]
NOT_SECRETS = [
    "I was born in 1990 and live at 42 Main St",
    "I need 3 tickets for 12 people",
    "I run a 10k in 45 minutes",
    "My tax return is due on 15 May",
    "I like my password manager",
    "I have a visa for 2 years",
]


@pytest.mark.parametrize("text", SECRETS)
def test_national_numbers_are_secrets(text: str) -> None:
    assert find_secrets(text)


@pytest.mark.parametrize("text", NOT_SECRETS)
def test_ordinary_numbers_are_not(text: str) -> None:
    assert find_secrets(text) == []


@pytest.mark.parametrize("text", [
    "TC kimlik numaram 12345678901, bunu hatırla",
    "Mit CPR-nummer er 010190-1234, husk det for mig",
    "Mijn wachtwoord is Tulp2024!, can you remember it for me?",
    "Proszę zapamiętaj moje hasło do banku, bo ciągle je zapominam: Kotek#2024",
    "retiens mon numéro de sécu stp : 1 89 05 75 112 034 56",
])
def test_ids_and_passwords_named_in_other_languages_are_secrets(text: str) -> None:
    assert find_secrets(text), text


@pytest.mark.parametrize("text", ["I love my password manager", "mon nickname est Tulp"])
def test_words_near_a_password_word_are_not_secrets(text: str) -> None:
    assert not find_secrets(text)
