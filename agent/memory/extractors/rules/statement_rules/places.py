"""Rules for where the user lives now and where they are from.

Where someone lives changes the right answer (weather, prices, local services), so it is a
superseding ``location`` slot, kept apart from a ``hometown`` that never moves.
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.builders import _fact, _lives, _place
from agent.memory.extractors.rules.patterns import PROPER, F
from agent.memory.extractors.rules.statement_rules.registry import Rule, registrar

RULES: list[Rule] = []
rule = registrar(RULES)


@rule(r"(?:\b(?:I|we)(?:'ve| have)? (?:\w+ly |just |now |still )?(?:live|lived|living|"
      r"reside|moved|relocated)|\b(?:I'm|I am|we're|we are) (?:\w+ly |now |still )?(?:living|"
      r"based|settled)|^(?:currently |now )?(?:living|based)|"
      r"^(?:(?:just|recently|finally|have|'ve)\s+)*(?:moved|relocated)|\bhome is|\bmy home is|"
      r"\bmy city is|\bwe(?:'re| are) (?:a |an )?(?:[\w-]+\s+){0,3}?(?:family|couple|"
      r"household)(?:\s+of\s+\w+)?)\s+(?:to|in|at|into|out of)\s+(?P<v>[\w'. -]+)|"
      r"\b(?:vivo en|vivo a|j'habite à|j'habite en|j'habite|je vis à|je vis en|ich wohne in|"
      r"ich lebe in|wohne in|ik woon in|woon in|eu moro em|moro em|moro no|moro na|abito a|"
      r"me mudé a|"
      r"(?:me|nos) mud(?:e|é|amos|aremos) (?:a|para)|nos mudamos|"
      r"me mudei para|je viens de déménager à|bin (?:gerade |jetzt )?nach)\s+(?P<w>[\w'. -]+)")
def location_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    # "I basically live at the gym" is a figure of speech; an adverb after the place ("I
    # live in Bergen so it rains basically every day") is about something else.
    head = clause[:m.end("v") if m.group("v") else m.end()]
    head = re.split(r"\s+(?:so|and|but|where|which)\s+", head, maxsplit=1)[0]
    if re.search(r"\ball (?:day|the time)\b|\bbasically\b|\bpractically\b", head, F):
        return []
    value = _place(m.group("v") or m.group("w"))
    if not value:
        return []
    return [_fact(f"Lives in {value}", "location", value, clause, "location")]

@rule(rf"\b(?:my )?home(?: for (?:me|us))? is (?:now )?(?:in )?(?P<v>{PROPER})")
def home_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return _lives(m.group("v"), clause)

@rule(rf"\bI(?:'m| am) (?:now |currently )?in (?P<v>{PROPER})(?=\s+(?:now|these days|"
      rf"nowadays)\b)")
def now_in_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return _lives(m.group("v"), clause)

@rule(r"(?:\b(?:I'm|I am) (?:originally )?from|\bI come from|^(?:I )?grew up in|"
      r"^originally from|\bsoy de|\bje viens de|\bich komme aus|\bsou de)\s+(?P<v>[\w'. -]+)")
def hometown_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = _place(m.group("v"))
    if not value:
        return []
    return [_fact(f"Is from {value}", "personal", value, clause, "hometown")]
