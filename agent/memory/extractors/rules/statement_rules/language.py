"""Rules for the language the user wants answers in, and their native language.

A reply-language request is a lasting instruction to the assistant, not a passing mention of
a language, so it has its own slot and its own rules.
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.builders import _fact, _lang
from agent.memory.extractors.rules.statement_rules.registry import Rule, registrar
from agent.memory.lexicon import LANGUAGES

RULES: list[Rule] = []
rule = registrar(RULES)


@rule(rf"\b(?:respond|answer|reply|talk|speak|write|communicate|chat)(?:\s+(?:to |with )?me)?"
      rf"(?:\s+(?:always|only))?\s+in\s+(?P<a>(?:simple|plain|basic|formal|informal|"
      rf"european|brazilian|british|american|latin american)\s+)?(?P<v>{LANGUAGES})\b|"
      rf"\b(?:use|switch to|stick to|stick with|speak|talk)\s+(?P<a2>(?:simple|plain|"
      rf"european|brazilian)\s+)?(?P<w>{LANGUAGES})\b(?=.*\b(?:with me|from now on|always|"
      rf"going forward|future|every|default|whenever))|"
      rf"\b(?:responses|replies|answers)(?:\s+\w+)?\s+in\s+(?P<x>{LANGUAGES})\b|"
      rf"\b(?:default|preferred) language(?: with you)? (?:should be|is)\s+(?P<y>{LANGUAGES})")
def reply_language_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if re.search(r"\bI\s*$", clause[:m.start()]):  # "even if I write in English"
        return []
    name = _lang(m.group("v") or m.group("w") or m.group("x") or m.group("y"))
    adj = (m.group("a") or m.group("a2") or "").strip()
    label = f"{adj} {name}".strip() if adj.lower() in {"simple", "plain", "basic"} else name
    return [_fact(f"Prefers responses in {label}", "language", name, clause, "language")]

@rule(rf"\b(?:I prefer|I'd prefer|I would prefer|my preferred language is|I'd rather)\s+"
      rf"(?:to (?:talk|chat|speak|communicate|be answered)\s+in\s+|answers in\s+|"
      rf"responses in\s+|replies in\s+)?(?P<v>{LANGUAGES})\b(?!\s+(?:food|cuisine|wine|"
      rf"films?|movies?|music|cars?))")
def prefer_language_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    name = _lang(m.group("v"))
    return [_fact(f"Prefers responses in {name}", "language", name, clause, "language")]

@rule(rf"\bmy (?:native|first|mother) (?:language|tongue) is\s+(?P<v>{LANGUAGES})\b|"
      rf"\bI'm a native (?P<w>{LANGUAGES}) speaker")
def native_language_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    name = _lang(m.group("v") or m.group("w"))
    return [_fact(f"Native language is {name}", "language", name, clause, "native_language")]
