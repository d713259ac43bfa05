"""Facts said as news or in a sign-off that the rules once missed: a job got or started, a
firm in Italian or Turkish, a pet brought home and named in the next breath, one tool only, a
name after a bare dash or "Grazie!"; and a name inside fenced code, which is the program's."""

from __future__ import annotations

import pytest

from agent.memory.extractors import offline_extractor
from tests.support.judged import stored

GATED = offline_extractor("gated")


def stored_gated(message: str) -> set[str]:
    return stored(message, extract=GATED)


@pytest.mark.parametrize(("message", "expected"), [
    ("GOT THE MONZO JOB!!! started monday as a junior UX designer, no more 5am shifts.",
     {"Works at Monzo", "Is a junior UX designer"}),
    ("news!! I accepted the assistant professor offer at Aarhus University, starting 1 "
     "September", {"Is an assistant professor", "Works at Aarhus University"}),
    ("novità: mi sono trasferita a Verona e da lunedì lavoro da Calzedonia nell'ufficio "
     "marketing", {"Works at Calzedonia", "Lives in Verona"}),
    ("Sonunda mezun oldum ve Trendyol'da yazılım geliştirici olarak işe başladım!",
     {"Works at Trendyol"}),
    ("Hola, trabajo en Inditex en Arteixo, en logística. ¿Me ayudas con un correo?",
     {"Works at Inditex"}),
    ("kurzes update: hab bei bosch gekündigt, bin jetzt bei SAP in walldorf 🙂",
     {"Works at SAP"}),
    ("Merhaba, İstanbul'da Trendyol'da backend yazılımcıyım.",
     {"Works at Trendyol", "Lives in İstanbul"}),
    ("we just brought home a rabbit!! her name is Clover. can she live with the dog?",
     {"Has a rabbit named Clover"}),
    ("update, the greyhound's home, her name is Mabel and she's perfect 😍",
     {"Has a greyhound dog named Mabel"}),
    ("I'm a product designer and honestly I only use Figma (plus Procreate for sketches), so "
     "please never give me Illustrator steps.", {"Uses only Figma", "Is a product designer"}),
    ("can you suggest a simple spreadsheet layout to track my savings? — Jess",
     {"Name is Jess"}),
    ("mi consigli 3 primi piatti facili e proteici? Grazie! Chiara", {"Name is Chiara"}),
    ("Kannst du mir eine Struktur vorschlagen?\n\nDanke dir!\nKatrin", {"Name is Katrin"}),
    ("freelance copywriter. always use British spelling for me please (colour, organise, "
     "etc) — I'm sick of fixing z's.", {"Wants you to use British spelling for them"}),
])
def test_news_and_signoffs_are_read(message: str, expected: set[str]) -> None:
    assert expected <= stored_gated(message), stored_gated(message)


@pytest.mark.parametrize("message", [
    "my sister's new job is at Monzo, she got the Monzo job last week",
    "I got the Stripe job but I'm not sure I'll take it",
    "I got the Google job interview next week, any tips?",
    "fingers crossed I got the Stripe job",
    "any tips? thanks! Bye",
    "what should I call the puppy? — Luna maybe",
    "inherited this, why does it throw KeyError?\n```python\n# sync.py — Lukas Berger, Munich, "
    "2021\nimport requests\n```",
    "I only use Excel for this one",
    "I'm in London since Monday for a conference",
    "trabajo en una farmacia",
    # a "remember, ..., so ..." that cheers the listener on is no wish about answers
    "Absolutely, Sam. Remember, every small victory is a step forward, so keep up the good work!",
    "ich bin jetzt bei meiner Mutter",
])
def test_look_alikes_keep_nothing(message: str) -> None:
    assert not stored_gated(message), stored_gated(message)
