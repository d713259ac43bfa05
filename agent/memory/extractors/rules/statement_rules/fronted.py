"""Facts said back to front or as fragments: "Berlin is where I live", "vegan here".

People often put the value first and leave the subject implied ("Vim user for life",
"Teaching chemistry is my day job"). The first-person rules never see an "I" in these, so
they get their own patterns; each one still needs a marker that ties the value to the user
("where I live", "my day job", "here", "for 6 years") so a plain noun phrase stays a noun.
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.builders import (
    _cap,
    _fact,
    _lives,
    _name,
    _role,
    _trim,
)
from agent.memory.extractors.rules.patterns import (
    EMPLOYER_STOP,
    NAME,
    NAME_STOP,
    PROPER,
    ROLE_NP,
    F,
)
from agent.memory.extractors.rules.statement_rules.registry import Rule, registrar
from agent.memory.lexicon import COMMON_WORDS, DIETS, FAMILY, PETS
from agent.memory.phrasing import article

RULES: list[Rule] = []
rule = registrar(RULES)

# A duration or "here" that turns a bare label into a statement about the speaker.
TENURE = (r"(?:\s+(?:here|now|for life|through and through|since \d{4}|for (?:over |almost "
          r"|nearly |about )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|"
          r"many|several) (?:years?|yrs?|months?|decades?)))+")
LABEL_STOP = frozenset("that this every each the a an other any some one which what no "
                       "new power first".split())


@rule(rf"^(?:so\s+)?(?P<v>{PROPER})(?: is|'s) (?:where (?:I|we)(?:'re| are|'m| am)? (?:live|living|"
      rf"based|settled|call home)|(?:now )?(?:my |our )?home(?: for (?:me|us))?(?=(?:\s+(?:now|"
      rf"these days|nowadays))*\s*$))")
def fronted_home_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'Berlin is where I live now' / "Glasgow's where I live" -> lives there."""
    return _lives(m.group("v"), clause)


@rule(rf"\b(?:I|we)(?:'re| are|'m| am) (?:living )?(?:in|near) (?:a |an )?(?:[\w-]+\s+){{0,2}}?"
      rf"(?:village|town|suburb|hamlet|city|place)\s+(?:just\s+)?(?:outside(?: of)?|near|"
      rf"close to|north of|south of|east of|west of)\s+(?P<v>{PROPER})")
def near_place_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'we're in a tiny village outside Galway' -> lives near Galway."""
    return _lives(m.group("v"), clause, "Lives near")


@rule(rf"^(?:(?:hi|hey|hiya|hello)[,!]?\s+)?(?P<v>{NAME}),\s*\d{{1,2}}\s*,\s*(?=[a-z])")
def name_age_intro_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'Leo, 34, bartender in Melbourne': the name, the age, then who they are."""
    name = m.group("v")
    return [] if name.lower() in NAME_STOP or re.fullmatch(FAMILY, name, F) else \
        [_name(name, clause)]


@rule(r"^(?:ciao|hola|salut|bonjour|ol[aá]|oi|hallo)?[,!]?\s*(?:sono|soy|sou|eu sou|je suis)\s+"
      rf"(?P<v>{NAME})$")
def foreign_intro_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'Sono Giulia' / 'Soy Ana' as a whole clause is an introduction."""
    return [_name(m.group("v"), clause)]


@rule(rf"^(?:(?:hi|hello|hey|namaste)[,!]?\s+)?main\s+(?P<v>{NAME})(?:\s*,|\s+(?:hoon|hu|hun)\b)")
def hinglish_intro_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """Hinglish 'Main Neha, Delhi mein rehti hoon': "main" (I) and a name, in a clause that
    reads as Hindi (not "Main Street, ...")."""
    if not HINDI_WORDS.search(clause):
        return []
    return [_name(m.group("v"), clause)]


HINDI_WORDS = re.compile(r"\b(?:hoon|hu|hun|hai|mein|rehta|rehti|karta|karti|mujhe|mera|meri|"
                         r"kar rahi|kar raha)\b", F)


@rule(r"^(?:[\w']+[,!]\s+)?(?:(?:first|second|third|fourth|final|last|\d(?:st|nd|rd|th))"
      r"[- ]year\s+)"
      r"(?P<v>(?:[\w-]+\s+){0,2}?(?:student|resident|intern|(?:apprentice|trainee)"
      r"(?:\s+(?!(?:here|at|in|and|so|but)\b)[\w-]+)?))\b")
def year_of_study_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'first year nursing student at the University of Manchester' -> the role and the
    school; the year of study marks it as said of oneself."""
    return _role(m.group("v"), clause[m.end():], clause)

@rule(r"^(?P<v>[\w -]{3,40}?) is (?:my|what I do as my) (?:day job|job|profession|"
      r"full-time job|trade|career)(?=\s*(?:[,;]|$))")
def day_job_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'Teaching high school chemistry is my day job' -> their work."""
    value = _trim(m.group("v"))
    if not value or value.split()[0].lower() in LABEL_STOP | {"it", "he", "she", "what"}:
        return []
    return [_fact(f"Day job is {value.lower()}", "role", value, clause, "role")]


@rule(rf"\bmy (?:employer|workplace|company) is (?P<e>{PROPER})|"
      rf"(?:\bI(?:'ve| have)? |^|^I\b[^,.]*\band )(?:just |recently |finally )?"
      rf"(?:joined|started (?:working )?at)\s+"
      # typed in lower case, a firm is told by the start date after it ("started at orsted
      # on monday")
      rf"(?P<j>{PROPER}|[a-z][\w&'-]+(?=\s+(?:on|last|this|today|yesterday)\b))|"
      # "moved here for a job at Minhotec": the job the move was for
      rf"\b(?:moved|relocated|came)\b[^.;!?]*?\bfor a (?:new )?job (?:at|with)\s+(?P<f>{PROPER})|"
      rf"\bI (?:maintain|run|lead|manage|own|build|work on|look after)\s+"
      rf"(?:the |our |a |an )?(?:[\w-]+\s+){{0,3}}?(?:service|team|platform|product|app|"
      rf"backend|frontend|system|department|project|infrastructure|codebase|api|pipeline)s?"
      rf"\s+(?:at|for)\s+(?P<m>{PROPER})|\bsomeone who(?:'s| has) been (?:at|with)\s+"
      rf"(?P<s>{PROPER})")
def employer_phrase_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """Employers named without 'I work at': 'my employer is', 'joined', 'maintain ... at'."""
    employer = m.group("e") or m.group("j") or m.group("m") or m.group("s") or m.group("f")
    if employer.endswith(("'s", "’s")) and TEAM_AFTER.match(clause[m.end():]):
        employer = employer[:-2]  # "joined Coinbase's finance team"
    if employer.lower() in EMPLOYER_STOP or employer.endswith(("'s", "’s")) or \
            employer.islower() and employer in COMMON_WORDS:
        return []
    if m.group("j") and not re.match(r"\bI\b", m.group(0), F) and not JOINED_END.match(
            clause[m.end():]):
        return []  # without "I", only "started at KPMG (this week|as a ...)!" is a new job
    out = [_fact(f"Works at {_cap(employer)}", "personal", _cap(employer), clause,
                 "employer")]
    if m.group("j") and (NEW_JOB_WHEN.match(clause[m.end():]) or
                         re.search(r"\b(?:just|recently)\b", m.group(0), F)):
        # "started at Datadog this week": a new job said as an event is a change, which the
        # clause classifier, having seen few, does not judge (see ``Candidate.change``)
        out = [out[0].with_(change=True)]
    city = re.match(rf"\s+in\s+(?P<c>{PROPER})", clause[m.end():]) if m.group("j") else None
    if city:  # "I have joined Flipkart in Bengaluru last month": the job's city is home
        out.extend(_lives(city.group("c"), clause))
    role = re.search(r"\bas (?:a|an) (?P<r>(?:[\w-]+\s+){0,2}[\w-]+)", clause[m.end():], F)
    if role:
        value = _trim(role.group("r"))
        out.append(_fact(f"Is {article(value)} {value}", "role", value, clause, "role"))
    return out


TEAM_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:team|department|group|office|lab|squad)\b",
                        F)
NEW_JOB_WHEN = re.compile(r"\s*(?:this|last|today|yesterday|on monday|on tuesday|on wednesday|"
                          r"on thursday|on friday|a (?:week|month|few weeks) ago)\b", F)
JOINED_END = re.compile(r"\s*(?:$|[,!.]|(?:this|last|today|yesterday|as|in|on)\b)", F)


@rule(r"^(?:a |an )?(?P<v>[\w-]+(?:\s+[\w-]+)?) person(?:,?\s+(?:never|not|no|over)\s+"
      r"(?P<n>[\w-]+))?\s*(?:[^\w\s]*)$")
def person_fragment_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'tea person, never coffee' -> a lasting taste, said without 'I'm'."""
    value = m.group("v").lower()
    if value.split()[0] in LABEL_STOP or value in NAME_STOP:
        return []
    text = f"Is {article(value)} {value} person"
    if m.group("n"):
        text += f", never {m.group('n').lower()}"
    return [_fact(text, "preference", value, clause)]


@rule(rf"^(?P<v>(?-i:[A-Z][\w+#.-]*)) (?P<k>user|fan)(?P<t>{TENURE})?\s*$")
def tool_fragment_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'Vim user for life' -> uses Vim; the name must be capitalised like a product."""
    value = m.group("v")
    if value.lower() in NAME_STOP | LABEL_STOP:
        return []
    if m.group("k").lower() == "fan":
        return [_fact(f"Is a fan of {value}", "preference", value, clause)]
    return [_fact(f"Uses {value}", "preference", value, clause)]


# A job at a firm said as the opening fragment, no "I'm": "architect at Foster + Partners,
# London. quick one: ...", "sous chef at Dishoom in Edinburgh, need a staff meal idea". The
# title must be a job word and the fragment must end there, so "Manager at Tesco said no"
# (someone's words) is not read.
@rule(rf"^(?:(?:hi|hey|hiya|hello|morning|ok|okay|so|right)[,!]?\s+)?{ROLE_NP}(?=\s+(?:at|@)\s+"
      rf"{PROPER}(?:(?:,\s*|\s+in\s+){PROPER})?\s*(?:$|[,.;:!?(]|(?:here|since|for \d|and)\b))")
def role_at_fragment_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return _role(m.group("v"), clause[m.end():], clause)


@rule(rf"^(?P<v>{NAME})\s*\((?:my|our) (?P<k>(?:[\w-]+\s+){{0,2}}?(?:{PETS}|{FAMILY}|collie|"
      rf"terrier|retriever|spaniel|shepherd|poodle|labrador|lab|beagle|pug|husky|tabby))\)")
def named_aside_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'Pepper (my border collie) needs ...' -> a pet or relative introduced in brackets."""
    name = m.group("v")
    if name.lower() in NAME_STOP:
        return []
    kind = m.group("k").lower()
    return [_fact(f"Has {article(kind)} {kind} named {_cap(name)}", "personal", name,
                  clause)]


# A diet taken up, said as the news: "went fully vegan last month", "I've gone veggie".
@rule(rf"(?:^|\bI(?:'ve| have)?\s+)(?:just\s+|finally\s+|recently\s+|officially\s+)?"
      rf"(?:went|gone|turned|became|become)\s+(?:fully\s+|full\s+|completely\s+|100%\s+)?"
      rf"(?P<v>{DIETS})\b")
def diet_taken_up_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = m.group("v").lower()
    return [_fact(f"Is {value}", "constraint", value, clause, "diet").with_(change=True)]


# At school, by the year: "im in yr 11 at St Aidan's", "I'm in grade 10 at Lincoln High".
@rule(rf"\bI(?:'m| am)\s+in\s+(?P<y>(?:yr|year|grade|form|class)\s+\d{{1,2}})\s+(?:at|@)\s+"
      rf"(?P<s>{PROPER})")
def school_year_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    school = m.group("s")
    return [_fact("Is a student", "role", m.group("y"), clause, "role"),
            _fact(f"Studies at {school}", "personal", school, clause, "employer")]


@rule(rf"^(?:(?:been|still|strictly|fully)\s+)?(?P<v>{DIETS}){TENURE}")
def diet_fragment_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'vegan for 6 yrs now' / 'pescatarian here' -> the diet, with no 'I'm' before it."""
    value = m.group("v").lower()
    return [_fact(f"Is {value}", "constraint", value, clause, "diet")]
