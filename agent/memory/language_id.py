"""Which language a clause is in, so a model trained on English text only judges English.

The learned clause classifier reads MiniLM, an English-only encoder: on "hola! soy Marta,
trabajo de enfermera" its "no fact here" is a guess, not a judgement. py3langid (a naive Bayes
over byte n-grams, shipped with its model, ~0.06 ms a clause) says which clauses it may judge.
Short or mixed clauses ("ok thx", "im a nurse lol") are scored with low confidence and count
as English: only a confident other language takes a clause away from the classifier.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

CONFIDENT = 0.5  # P(top language) above which a clause counts as written in it


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def language_of(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is confidently in, else ``None``."""
    lang, prob = _identifier().classify(text)  # stateless: safe from any thread
    return str(lang) if prob >= CONFIDENT else None


def reads_as_english(text: str, context: str | None = None) -> bool:
    """Whether an English-only model may judge ``text`` (English, or too short to tell).

    A clause too short to tell ("Soy arquitecta") takes the language of ``context``, the
    message it comes from, when one is given: inside a Spanish message it is Spanish."""
    if _mostly_other_script(text):
        return False  # "живу в Казани": too short for the identifier, plainly not English
    lang = language_of(text)
    if lang is None and context is not None:
        lang = language_of(context)
    return lang in (None, "en")


def _mostly_other_script(text: str) -> bool:
    """More letters outside the Latin script than in it (Cyrillic, CJK, Arabic, ...)."""
    letters = [c for c in text if c.isalpha()]
    other = sum(1 for c in letters if ord(c) > 0x024F)
    return other * 2 > len(letters)
