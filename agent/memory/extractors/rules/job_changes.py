"""A working life changing, said the way people say it: back at an old employer, a title
given rather than "promoted to", the first day in a new role, going part-time, a side
business, and leaving a firm typed in lower case.

Like ``changes``, these rules read whole sentences before the clause rules and their
candidates are changes: a new employer or title supersedes the slot's old value. Firms
typed in lower case ("back at accenture", "left ogilvy") are taken only where the sentence
speaks of work and the word is no common word or town ("back at work", "left Leeds").
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.builders import _fact, _retraction, _role, _works_at
from agent.memory.extractors.rules.patterns import PROPER, ROLE_HEAD, F
from agent.memory.extractors.rules.statement_rules.registry import Rule, registrar
from agent.memory.gazetteer import population
from agent.memory.lexicon import COMMON_WORDS, FAMILY, OTHER_PEOPLE

RULES: list[Rule] = []
rule = registrar(RULES)

# a title read to its last word ("assistant manager", not "assistant")
TITLE = rf"(?P<{{}}>(?:[\w-]+\s+){{{{0,3}}}}{ROLE_HEAD})(?![\w-])"
HEAD_OF = r"(?P<{}>(?:head|director|vp|chief) of (?-i:[a-z][\w-]+)(?: (?-i:[a-z][\w-]+))?)"

FIRM = rf"(?:{PROPER}|[a-z][\w&'-]+)"
# Places one is "back at" that are no employer.
NOT_AN_EMPLOYER = frozenset("work school uni college home office base square the it my our this "
                       "that last first gym church square one university hospital job and or "
                       "but so then now again already today yesterday tonight early just too "
                       "also".split())
JOB_WORDS = re.compile(r"\b(?:job|work|hire[ds]?|rehired|boomerang|notice|boss|manager|team|"
                       r"role|position|freelanc\w*|self-employed|contract|employer|company|"
                       r"redundan\w*|laid off|fired|resign\w*|quit|career|salary|working|"
                       r"unemployed|between jobs|job[ -]?hunting|cv|resume)\b|"
                       # a new job said beside it: "quit grindhouse, im a receptionist now"
                       r"\b(?:I'm|im|I am) (?:now )?(?:a|an) [\w -]{3,40}?\bnow\b|"
                       r"\b(?:I'm|im|I am) now (?:a|an)\b|"
                       r"gekündigt|weg bij|demitid|despid|licencié", F)


CONSIDERED = re.compile(r"\b(?:thinking (?:about|of)|considering|might|maybe|planning|plan to|"
                        r"want to|wanna|would like|should I|if I)\b", F)


def _employer(value: str) -> str | None:
    """The employer's name, or None for a common word, a workplace in general or a town."""
    value = value.strip()
    low = value.lower()
    if low in COMMON_WORDS or low in NOT_AN_EMPLOYER or (population(value) or 0) >= 15_000:
        return None
    return value


def _users(before: str) -> bool:
    """The user says it of themselves: "I'm back at …", "so I took the amazon job", or no
    subject at all ("back at Aldi!"); not "my fiancée", "Mum", "Priya" or "she"."""
    tail = re.split(r"[,;]|\band\b|\bbut\b", before)[-1]
    return not re.search(rf"\b(?:he|she|they|his|her|their|{OTHER_PEOPLE}|{FAMILY}|"
                         rf"fianc\w*|cousin|aunt|uncle|niece|nephew|in-law|step\w+)\b", tail, F) \
        and not NAMED_SUBJECT.fullmatch(tail)


# Someone named as the subject right before the verb: "Priya took the amazon job", "so Mum
# just started at tesco" (not "hab letzte Woche bei bosch gekündigt": a German noun mid-way).
NAMED_SUBJECT = re.compile(r"\s*(?:(?:so|and|ok|omg|well|guess what)\W+)*(?-i:(?!I\b)[A-Z][a-z]+)"
                           r"\s+(?:just\s+|finally\s+|has\s+|have\s+)?", F)


# Back at an old employer: "I'm back at accenture 🙃 boomerang hire", "Baxter took me back",
# "rejoined Monzo", "he vuelto a Telefónica", "tillbaka på IKEA igen", "weer bij Rabobank",
# "wieder bei Siemens", "de retour chez Decathlon", "voltei para a Natura".
@rule(rf"\b(?:I'm|I am|im|I've been|I have been)\s+(?:officially\s+|now\s+|finally\s+)?back\s+"
      rf"(?:at|with|working at|working for)\s+(?P<a>{FIRM})|"
      rf"\b(?P<b>{PROPER})\s+(?:took|has taken|have taken|hired|rehired|re-hired)\s+me\s+back\b|"
      rf"\b(?:rejoined|re-joined|went back to work (?:at|for)|returned to work (?:at|for))\s+"
      rf"(?P<c>{FIRM})|"
      rf"\bhe vuelto a (?P<d>{PROPER})|"
      rf"\bvoltei (?:a trabalhar )?(?:para|pra) (?:a |o )?(?P<e>{PROPER})|"
      rf"\btillbaka (?:på|hos) (?P<f>{PROPER})|\bweer (?:terug )?bij (?P<g>{PROPER})|"
      rf"\bwieder (?:zurück )?bei (?P<h>{PROPER})|\bde retour chez (?P<i>{PROPER})|"
      rf"\bsono tornat[oa] (?:in|da|alla|al) (?P<j>{PROPER})|"
      # "hab bei bosch gekündigt, bin jetzt bei sap in walldorf": where the user is now
      rf"\b(?:ich )?bin (?:jetzt|nun|seit \w+(?: \w+)?) bei (?P<n>{FIRM})|"
      # a new employer in lower case, said as the start: "just started at tesco!!", "took the
      # amazon job"
      rf"\b(?:just|finally)\s+started\s+(?:at|with)\s+(?P<k>[a-z][\w&'-]+)(?=\s*(?:$|[!.,]))|"
      rf"\b(?:took|accepted|taking)\s+the\s+(?P<m>{FIRM})\s+(?:job|offer|role)\b")
def back_at_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """The old employer is the employer again (the slot supersedes the one in between); a new
    one typed in lower case, said as its start."""
    group = next(k for k, v in m.groupdict().items() if v)
    value = _employer(m.group(group))
    if value is None or not _users(clause[:m.start()]) or \
            value.islower() and group not in {"k", "m"} and not JOB_WORDS.search(clause):
        return []
    return _works_at(value, clause)


# A title given, said without "promoted to": "they made me shift manager at aldi!!", "I GOT
# PROMOTED 🎉 officially senior UX designer at Canva", "my first day as a junior developer at
# Sky Betting & Gaming", "first week done as area manager", "started monday as a junior UX
# designer", "I accepted the assistant professor offer at Aarhus University".
@rule(rf"\b(?:they|he|she|(?:my|the|our)\s+\w+|management|work|(?-i:[A-Z][\w&'-]+))\s+"
      rf"(?:just\s+|finally\s+|officially\s+)?(?P<made>made|promoted)\s+me\s+"
      rf"(?:a\s+|an\s+|the\s+|their\s+|our\s+)?(?:{TITLE.format('v')}|{HEAD_OF.format('y')})|"
      rf"(?:^\W*|\bI'm\s+|\bI am\s+|\bpromot(?:ed|ion)\b[^.?!]{{0,20}}?)(?:now\s+)?"
      rf"officially\s+(?:a\s+|an\s+|the\s+)?{TITLE.format('w')}|"
      rf"\b(?:my\s+)?first\s+(?:day|week|month|shift)(?:\s+done)?\s+as\s+(?:a\s+|an\s+|the\s+)?"
      rf"{TITLE.format('x')}|"
      rf"(?:^\W*|\bI(?:'ve| have)?\s+|[,!.]\s*)(?:just\s+)?started\s+(?:on\s+)?(?:monday|tuesday|"
      rf"wednesday|thursday|friday|today|yesterday|this week|last week)\s+as\s+(?:a\s+|an\s+)?"
      rf"{TITLE.format('z')}|"
      rf"\b(?:I|I've|I have)\s+(?:just\s+|finally\s+)?(?:accepted|took|signed)\s+(?:the|an?)\s+"
      rf"{TITLE.format('o')}\s+(?:offer|position|job|role|post)(?=\s+(?:at|with)\s)")
def title_given_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """The new title (and the employer after it) supersedes the old one."""
    if not _users(clause[:m.start()]) or re.search(r"\b(?:his|her|their)\s+first\b",
                                                   clause[:m.end()], F):
        return []  # "my son's first day as a lifeguard"
    group = next(k for k in ("v", "w", "x", "y", "z", "o") if m.group(k))
    # "they made me …": the title is the user's, said from "made me" on
    said = clause[m.start("made"):] if m.group("made") else clause
    # "the assistant professor offer at Aarhus University": the firm after the offer
    rest = clause[m.end():] if group == "o" else clause[m.end(group):]
    return _role(m.group(group), rest, said)


# Hours cut to part-time: "I've gone part time now", "went part-time since Isla arrived",
# "sono passata al part-time", "pasé a media jornada", "arbeite jetzt in Teilzeit".
@rule(r"\b(?:I've |I have |I )?(?:gone|went|switched|dropped|moved)\s+(?:down\s+)?"
      r"(?:to\s+)?part[- ]time\b|\b(?:I'm|I am|im)\s+(?:now\s+)?(?:working\s+)?part[- ]time"
      r"(?:\s+now)?(?=\s*(?:$|[,.!;]|\s+(?:now|since|after|-|—)\b))|"
      r"\bpassat[oa] al part[- ]time\b|\bpas[eé] a (?:media jornada|tiempo parcial)\b|"
      r"\b(?:arbeite|bin) (?:jetzt |nun |seit \w+ )?in Teilzeit\b|\bpassei (?:para|pra) meio "
      r"período\b|\bje suis passée? à temps partiel\b")
def part_time_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if not _users(clause[:m.start()]) or CONSIDERED.search(clause[:m.start()]):
        return []  # "my wife went part-time", "thinking about maybe going part-time"
    return [_fact("Works part-time", "role", "part-time", clause, "hours")]


# A business of one's own: "started a little candle business on etsy on the side", "opened my
# own coffee cart, Bean There", "started my own bookkeeping practice".
@rule(r"\b(?:I've |I have |I |we've |we )?(?:just\s+|finally\s+)?(?:started|launched|opened|"
      r"set up)\s+(?:a|my own|my|our own|our)\s+(?:(?:little|small|tiny|own|new)\s+)*"
      r"(?P<v>(?:[\w&-]+\s+){0,2}?(?:business|cart|bakery|studio|practice|shop|stall|label|"
      r"agency|café|cafe|side hustle|brand|food truck))\b")
def own_business_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if not _users(clause[:m.start()]) or re.search(r"\b(?:plan|idea|course|class)\b",
                                                   clause[m.end():m.end() + 12], F):
        return []  # "my friend opened a bakery", "started a business plan"
    what = re.sub(r"^(?:etsy|online)\s+", "", m.group("v").strip(), flags=F)
    named = re.match(rf"\s*(?:on \w+\s+)?(?:on the side\s+)?(?:[,—–-]\s*|!+\s*)?"
                     rf"(?:called(?: it)?\s+|named(?: it)?\s+)?(?P<n>{PROPER})", clause[m.end():])
    name = f", {named.group('n')}" if named and named.group("n") else ""
    side = " on the side" if re.search(r"\bon the side\b|\bweekends?\b|\bstill (?:at|doing)\b",
                                       clause, F) else ""
    text = f"Runs {'an' if what[0].lower() in 'aeiou' else 'a'} {what}{name}{side}"
    return [_fact(text, "role", what, clause)]


# A firm left, typed in lower case or not, said beside work: "left ogilvy end of june - I'm
# freelance now", "hab bei bosch gekündigt", "weg bij coolblue", "fui demitido do itaú".
@rule(rf"\b(?:left|quit|resigned from|got laid off from|was laid off from|laid off from)\s+"
      rf"(?P<a>{FIRM})\b|\bbei (?P<b>{FIRM}) gekündigt\b|\bweg bij (?P<c>{FIRM})\b|"
      rf"\bfui demitid[oa] d[oa] (?P<d>{FIRM})|\bme despidieron de (?P<e>{FIRM})|"
      rf"\bj'ai été licencié(?:e)? (?:de|par) (?P<f>{FIRM})|"
      # "so I'm done at ETH after 4 years"
      rf"\b(?:I'm|I am|im)\s+(?:finally\s+)?done\s+at\s+(?P<g>{PROPER})")
def left_firm_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """The employer the user left, retracted: only a memory holding that name is deleted."""
    group = next(k for k, v in m.groupdict().items() if v)
    value = _employer(m.group(group))
    # "left" and "quit" leave anything ("left Leeds", "quit Spotify"): work must be said
    # beside them; being let go is about a job by itself
    loose = group == "a" and re.match(r"left|quit", m.group(0), F)
    if value is None or not _users(clause[:m.start()]) or loose and not JOB_WORDS.search(
            clause[:m.start()] + clause[m.end():]):
        return []
    return [_retraction(value, clause)]
