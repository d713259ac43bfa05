"""A profile given as a list: "quick intro so you stop guessing: Rafael, 34, backend dev @
Mercado Libre, Montevideo, 2 kids (Tomás 6, Lucía 3)".

People who introduce themselves to an assistant often do it like a form, without a verb: the
items carry no "I'm" or "I live in" for the other rules to read. After a cue that says the
list is about the user ("intro:", "about me:"), each item is read by its shape: a name first,
a title at a firm, a place, children by name. Without the cue such a list is anyone's
(a character sheet, a colleague's details), so nothing is read.
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.builders import _fact, _lives, _name, _role, _works_at
from agent.memory.extractors.rules.patterns import NAME, NAME_STOP, PROPER, F
from agent.memory.extractors.rules.statement_rules.registry import Rule, registrar

RULES: list[Rule] = []
rule = registrar(RULES)

INTRO = (r"\b(?:(?:a |quick |short |little |brief )?(?:intro|introduction)|(?:a )?(?:little |"
         r"quick )?(?:bit |something )?about (?:me|myself)|context on me|my (?:details|profile)"
         r"|me in (?:brief|short))\b[^:\n]{0,30}:\s*")
# "2 kids (Tomás 6, Lucía 3)", "two boys (Kai, Ari)"
KIDS = re.compile(r"^(?:\d+|two|three|four)\s+(?:kids|children|boys|girls|sons|daughters)\s*"
                  r"\((?P<n>[^)]*)\)$", F)
# "backend dev @ Mercado Libre", "nurse at St Mary's"
JOB_AT = re.compile(rf"^(?P<t>[a-z][\w -]{{1,40}}?)\s*(?:@|\bat\b)\s*(?P<e>{PROPER})$")


@rule(rf"{INTRO}(?P<list>[^.!?\n]+)")
def profile_list_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    items = [i.strip() for i in re.split(r",\s*(?![^()]*\))", m.group("list")) if i.strip()]
    if len(items) < 2:
        return []
    out: list[Candidate] = []
    for at, item in enumerate(items):
        kids = KIDS.match(item)
        job = JOB_AT.match(item)
        if at == 0 and re.fullmatch(rf"{NAME}(?:\s+{NAME}){{0,2}}", item) and \
                item.split()[0].lower() not in NAME_STOP:
            out.append(_name(item, clause))
        elif kids:
            out.extend(_fact(f"Has a child named {n}", "personal", n, clause)
                       for n in re.findall(NAME, kids.group("n")))
        elif job:
            out.extend(_role(job.group("t"), "", clause) + _works_at(job.group("e"), clause))
        elif at > 0 and re.fullmatch(PROPER, item) and \
                not any(c.attribute == "location" for c in out):
            out.extend(_lives(item, clause))
    return out
