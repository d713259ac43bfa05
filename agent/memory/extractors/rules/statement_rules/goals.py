"""What the user is aiming for: stated goals, plans and what they are learning or training for.

A "want to" only counts as a goal when its verb is goal-like or the clause gives a horizon
("someday", "by 2027"), so passing wishes in a task ("I want to fix this bug") stay out.
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.builders import _fact, _my_to_their, _trim
from agent.memory.extractors.rules.patterns import PRONOUN_OBJECTS, F
from agent.memory.extractors.rules.statement_rules.registry import Rule, registrar

RULES: list[Rule] = []
rule = registrar(RULES)

GOAL_VERBS = (
    r"become|becoming|learn|learning|master|switch|switching|move|moving|open|opening|launch|"
    r"climb|climbing|run|running|finish|finishing|complete|retire|save|saving|read|publish|"
    r"get (?:my|a|into|fit|fluent|certified|promoted|hired|in shape)|getting (?:my|a|into|"
    r"fluent|certified)|land|pass|passing|earn|visit|travel|lose|build my own|ship|buy a "
    r"(?:house|home|flat|apartment)|start (?:my own|a business|a company)|sail|sailing|hike|"
    r"speak|compete|qualify|graduate|write (?:a|my) (?:novel|book|memoir)|be fluent|go back to"
)
HORIZON = re.compile(
    r"\b(?:some ?day|one day|eventually|long[- ]term|this year|next year|by (?:\d{4}|the end "
    r"of|next)|before I (?:turn|die|\w+ \d+)|in (?:the next )?(?:a few|two|three|five|\d+) "
    r"years?|within (?:a|\w+) years?|next (?:spring|summer|autumn|fall|winter)|in the future|"
    r"before (?:summer|winter|spring|autumn|the end))\b",
    F,
)


# A goal cut short where its noun phrase was still open: "devise a more productive" (of
# "a more productive and affordable surveillance system"): no goal is better than half of one.
NOUNLESS = re.compile(r"\b(?:a|an|the)\s+(?:more|less|most|least|very|really)\s+\w+$", F)
# A goal verb that needs its object: "countries I want to visit" says what, before the verb.
NEEDS_OBJECT = frozenset({"visit", "learn", "master", "open", "launch", "finish", "complete",
                          "read", "publish", "land", "pass", "earn", "buy", "become", "save",
                          "lose", "get", "start", "build", "write", "speak"})


@rule(r"(?:\b(?:my|the|our)\s+|^)(?:[\w-]+\s+){0,2}?(?:goal|dream|aim|ambition|resolution|"
      r"objective)s?\b(?P<when>[^:]{0,40}?)(?:\s+(?:is|was)\b|\s*[:=])\s*(?:to\s+)?"
      r"(?P<v>.+)$")
def goal_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = _trim(m.group("v"))
    if not value or PRONOUN_OBJECTS.match(value) or re.match(r"^(?:that|this|it)\b", value) \
            or NOUNLESS.search(value):
        return []
    return [_fact(f"Goal is to {_my_to_their(value)}", "goal", value, clause)]

@rule(r"\b(?:mi objetivo|mon objectif|mein ziel|meu objetivo|il mio obiettivo|"
      r"mi meta|mon rêve|mi sueño|mein traum|mój cel|moim celem|mijn doel)\b[^:]*?"
      r"\b(?:es|est|ist(?: es)?|é|è|c'est|to|jest|is)\s*,?"
      r"\s*(?:de |d'|a |di )?(?P<v>.+)$")
def goal_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = _trim(m.group("v"))
    return [_fact(f"Goal is to {value}", "goal", value, clause)] if value else []

@rule(r"(?:\bI(?:'d| would)?\s+(?:really\s+|still\s+)?(?:want|plan|hope|intend|aim|love|"
      r"dream)|\b(?:I(?:'m| am)|and I are)\s+(?:really\s+)?(?:hoping|planning|trying|aiming|"
      r"working on|"
      r"determined)|^(?:I'm\s+)?trying)\s+(?:to\s+|of\s+|on\s+)?(?P<g>.+)$")
def want_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    goal = _trim(m.group("g"))
    if not goal or not (re.match(rf"(?:{GOAL_VERBS})\b", goal, F) or HORIZON.search(clause)):
        return []
    if goal.lower() in NEEDS_OBJECT:
        return []
    if re.search(r"\bworking on$", m.group(0)[:m.start("g") - m.start()].strip(), F) and \
            goal.split()[0].lower().endswith("ing"):  # "I'm working on becoming healthier"
        return [_fact(f"Is working on {_my_to_their(goal)}", "goal", goal, clause)]
    if re.match(r"(?:learn|learning) (?:how|about|more|what|why)\b|(?:know|ask|make sure)\b",
                goal, F) and not HORIZON.search(clause):
        return []
    return [_fact(f"Wants to {_my_to_their(goal)}", "goal", goal, clause)]

@rule(r"(?:\bI(?:'m| am)\s+|^)(?:currently\s+|slowly\s+|still\s+)?(?:learning|studying|"
      r"training for|preparing for|studying for|working towards|working toward|"
      r"saving (?:up )?(?:for|to))\s+(?P<v>.+)$|"
      r"\b(?:quiero aprender|je veux apprendre) (?P<f>.+)$|"
      r"\bich (?:will|möchte) (?P<d>.+?) lernen\b|"  # "ich will Spanisch lernen", not any wish
      r"\b(?:estoy aprendiendo|j'apprends|ich lerne|estou aprendendo|sto imparando)"
      r"\s+(?P<l>.+)$")
def learning_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = _trim(m.group("v") or m.group("f") or m.group("d") or m.group("l") or "")
    if not value or PRONOUN_OBJECTS.match(value):
        return []
    if not re.match(r"I", m.group(0), F) and re.search(r"\b(?:is|are|was|were)\b",
                                                      m.group("v") or "", F):
        return []  # "Studying openings ... are great ways to improve": a subject, not "I'm"
    if re.search(r"\b(?:this|that) (?:code|bug|function|file|document)\b", value, F):
        return []
    verb = re.search(r"learning|studying|training|preparing|working|saving|aprend|apprend|"
                     r"lerne|impar", clause, F)
    label = {
        "training": "Is training for", "preparing": "Is preparing for",
        "working": "Is working towards", "saving": "Is saving for",
    }.get(verb.group(0).lower() if verb else "", "Is learning")
    if label == "Is saving for" and re.search(r"\bsaving (?:up )?to\b", clause, F):
        label = "Is saving up to"
    return [_fact(f"{label} {_my_to_their(value)}", "goal", value, clause)]
