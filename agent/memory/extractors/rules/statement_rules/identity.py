"""Rules for who the user is: name, job title, business, studies and employer.

These fill the single-valued slots (``name``, ``role``, ``employer``) that a later message
supersedes, so they are kept together and run first.
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.builders import (
    _cap,
    _fact,
    _lives,
    _name,
    _place_after,
    _retraction,
    _role,
    _third_person,
    _trim,
    _works_at,
)
from agent.memory.extractors.rules.patterns import (
    EMPLOYER_STOP,
    LETTER,
    NAME,
    NAME_STOP,
    PRONOUN_OBJECTS,
    PROPER,
    ROLE_HEAD,
    ROLE_NP,
    F,
)
from agent.memory.extractors.rules.statement_rules.registry import Rule, registrar
from agent.memory.gazetteer import population
from agent.memory.lexicon import (
    COMMON_WORDS,
    DEMONYMS,
    DIETS,
    FAMILY,
    FIELD_NAMES,
    LANGUAGES,
    NAME_CUE,
    ROLE_STOP,
    ROLE_SUFFIX,
    ROLE_WORDS,
    SIGN_CUE,
    WORK_WHEN,
    WORKMATES_AT,
)
from agent.memory.phrasing import article

RULES: list[Rule] = []
rule = registrar(RULES)

NAME_TOKEN = rf"{LETTER}[\w'’-]*"
TITLE = r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?"
# Chat fillers ("a dental hygienist lol so ...") end a job title; they are never part of it.
_NOT_FILLER = r"(?!(?:lol|lmao|haha\w*|tbh|btw|so|but)\b)"
ROLE_NP_LOOSE = rf"(?P<v>(?:{_NOT_FILLER}[\w-]+\s+){{0,2}}{_NOT_FILLER}[\w-]+)"


# Words between a naming cue and the name, in the other languages: "nenn mich einfach Steffi",
# "nenn mich ab jetzt bitte Lena", "llámame simplemente Pepe", "appelle-moi juste Flo"; and
# "update my name, it's legally Jordan Reyes-Whitfield now".
CUE_FILLER = (r"(?:(?:it's|it is|legally|officially|einfach|bitte|ab jetzt|von nun an|doch|"
              r"mal|simplemente|solo|sólo|"
              r"a partir de ahora|de ahora en adelante|só|apenas|a partir de agora|juste|"
              r"simplement|désormais|semplicemente|d'ora in poi|gewoon|voortaan|maar|"
              r"po prostu|od teraz|bara|från och med nu|saja|aja|sadece|artık)\s+)*")


# "don't call me Bob anymore", "stop calling me Kate": the name is no longer the user's.
NOT_CALLED = re.compile(r"\b(?:don't|do not|never|no longer|stop|quit)\s+(?:\w+\s+)?$", F)


@rule(rf"\b{NAME_CUE}\s+{CUE_FILLER}(?P<v>{TITLE}{NAME_TOKEN}(?:\s+{NAME}){{0,2}})")
def name_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    words = m.group("v").split()
    if words[0].lower() in NAME_STOP or _not_a_name(words[0], clause, m.end()):
        return []
    if re.match(r"(?:zeg maar|noem me)\b", m.group(0), F) and not words[0][0].isupper():
        return []  # Dutch "zeg maar" is also "so to speak": only a capital makes it a name
    if NOT_CALLED.search(clause[:m.start()]):
        return [_retraction(m.group("v"), clause)] if words[0][0].isupper() else []
    if words[0] in COMMON_WORDS - {"will"}:
        return []  # "call me maybe": a lower-case everyday word is no name
    if len(words) > 1 and not re.match(r"(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?$", words[0]) and (
            words[1].lower() in NAME_STOP | {"instead", "und", "et", "e", "y"}):
        words = words[:1]
    return [_name(" ".join(words), clause)]

# "so from now on just Teddy please": a clause that is only the name the user asks for.
@rule(rf"(?:^|[,;]\s*)(?:so\s+|and\s+)?(?:from now on|going forward|from here on)\s*,?\s+"
      rf"(?:(?:just|please|pls|it's)\s+)*(?P<v>{NAME})(?:\s+(?:please|pls|is fine|works|"
      rf"thanks))?\s*[.!]*$")
def from_now_on_name_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    name = m.group("v")
    if name.lower() in NAME_STOP | COMMON_WORDS or re.fullmatch(LANGUAGES, name, F):
        return []  # "from now on Spanish please": the reply language's rule reads it
    return [_name(name, clause)]


@rule(rf"\b(?:stop|quit) calling me\s+(?P<v>{NAME}(?:\s+{NAME})?)")
def stop_calling_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"can you stop calling me Kate?": the name goes; what the user wants instead is read
    by its own rule ("Kasia is what my family calls me, use that")."""
    return [_retraction(m.group("v"), clause)]


# "Kasia is what my family calls me, use that please": the name the user goes by.
@rule(rf"(?:^|[,;.!—–]\s*)(?P<v>{NAME}) is what (?:my \w+|everyone|everybody|people|friends|"
      rf"most people) call(?:s)? me\b")
def what_they_call_me_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return [_name(m.group("v"), clause)]


# A letter the user asks for, signed with their own name: "sign it Jamal Reed", "put my name
# on it, Sam Okafor", "Unterschrift: Katrin Vogel", "Signe Margaux Lefèvre", "con mi nombre:
# Valeria Gómez", "署名は Misaki Sato".
@rule(rf"{SIGN_CUE}\s*[:,—–-]?\s*(?P<v>{NAME}(?:\s+{NAME}){{0,2}})(?=\s*(?:$|[,.!;)]|"
      rf"\s+(?:pls|please|thanks|and|でお願い)))")
def sign_off_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    words = m.group("v").split()
    if any(w.lower() in NAME_STOP or re.fullmatch(FAMILY, w, F) for w in words):
        return []  # "sign it Mom": a relation, not a name
    return [_name(" ".join(words), clause)]

# Dutch "ik ben Sanne", Polish "jestem Kasia": "I am" plus a capitalised word that ends the
# clause is a name, unless it is a nationality ("ik ben Nederlander", "jestem Polakiem").
@rule(rf"\b(?:ik ben|jestem)\s+(?!(?-i:Ned|Belg|Duit|Pol|Niem|Ang|Amer|Fran|Hol))"
      rf"(?P<v>{NAME})(?=\s*(?:$|[,.!;]))")
def am_name_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    word = m.group("v")
    return [] if word.lower() in NAME_STOP else [_name(word, clause)]


# Said in earnest, whatever laugh follows: a standing wish or the name claimed as real.
SINCERE = re.compile(r"\bfrom now on\b|\b(?:that's|that is|it's|it is) (?:really )?my "
                     r"(?:real |actual )?name\b|\bmy (?:real|actual) name\b", F)


def _not_a_name(word: str, clause: str, end: int) -> bool:
    """'My name is spelled wrong' (a verb form, not a name) or 'My name is Legion, for we
    are many 😈' (a name followed by a wink, laugh or quotation is a joke)."""
    if word.islower() and re.search(r"(?:ed|ing|ly)$", word):
        return True
    tail = clause[end:]
    if SINCERE.search(clause):
        # "Call me Tamsin from now on, that's my name, not 'hey you' lol"; "from now on
        # please call me Kit, nobody calls me Katherine except my mum lol"
        return False
    return bool(re.search(r"\b(?:lol|lmao|haha\w*|jk|kidding)\b|[😈😉😜😝🤪😂🤣😏👹]|"
                          r"^,?\s+for (?:we|I) (?:am|are)\b", tail, F))

GREETED = re.compile(r"^(?:hi|hello|hey|hiya|heya|morning|good morning|yo)\b", F)


@rule(rf"^(?:(?:hi|hello|hey|hiya|morning|good morning|quick intro|sorry|actually|oops|"
      rf"I mean|correction|typo|no|there)[,!:]?\s+)*"
      rf"(?:I'm|I am|this is|it's)\s+(?P<v>{NAME}(?:\s+{NAME}){{0,2}})(?:\s+here(?:\s+again)?)?"
      # "This is Deepa from accounting, ...": the team the user is in, not a place
      rf"(?:\s+from\s+(?:the\s+)?(?:accounting|finance|marketing|sales|HR|IT|legal|support|"
      rf"payroll|ops|operations|engineering|design|product|admin|reception|the office|"
      rf"[\w&-]+\s+(?:team|department|dept|office|desk)))?"
      rf"\s*(?:[!.,]|$|(?=\s+and\s+I\b))|"
      rf"^(?:(?:hi|hello|hey|hiya|yo|morning|good morning)[,!.]?\s+)?(?!I'm\b|Im\b)"
      rf"(?P<w>{NAME}) (?:here|speaking)\b(?!\s+(?:to|for|if|whenever|with|when)\b)")
def intro_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """'I'm Priya Raman, ...', 'I'm Tomasz Wierzbicki and I teach ...': a full name too;
    'Peggy here' signs in, 'Always here to cheer you on' does not."""
    value = m.group("v") or m.group("w")
    if any(w.lower() in NAME_STOP or w.lower() in DEMONYMS or re.match(ROLE_HEAD + "$", w, F)
           for w in value.split()):
        return []
    if (m.group("v") and re.match(r"it's\b", clause, F) and not GREETED.match(clause)
            and not re.match(r"\s+here\b", clause[m.end("v"):], F)):  # "It's Kwame here"
        return []  # "It's Seattle, I'm stoked for my game there": an answer, not a name
    return [_name(value, clause)]

# "got married in june so I'm Agnieszka Baran now": a full name the user has now, said with
# why (a wedding, a new surname).
@rule(rf"\b(?:married|wedding|divorce\w*|surname|last name|maiden name|name change)\b[^.!?]*?"
      rf"\bI(?:'m| am)\s+(?P<v>{NAME}(?:\s+{NAME}){{1,2}})\s+now\b|"
      rf"\bI(?:'m| am)\s+(?P<w>{NAME}(?:\s+{NAME}){{1,2}})\s+now\b(?=[^.!?]*\b(?:surname|"
      rf"last name|married name|new name)\b)")
def new_name_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return intro_rule(m, clause)

# "hola! soy Marta Iglesias, trabajo de ...", "salut, moi c'est Julien Morel", "ciao, sono
# Giulia", "oi! sou o Thiago", "Ahoj, jsem Tereza", "Bună, sunt Andrei": "I am" in another
# language plus capitalised words that end their phrase. Jobs and nationalities are lower case
# in the Romance and Slavic languages, so there a capital says name; German
# capitalises every noun ("ich bin Elektriker"), Indonesian "saya"/"aku" and Turkish "ben" open
# many other sentences, so after those a name must be a full one.
GREETING = (r"hola|hi|hey|hello|salut|bonjour|coucou|hallo|hej|ciao|oi|olá|ola|cześć|czesc|"
            r"merhaba|selam|halo|hai|ahoj|bună|buna|buongiorno|buenas|moin|servus|habari|"
            r"jambo|mambo|kumusta|chào bạn|xin chào|dobrý den|hallå|hoi|goedemorgen|moi|hei|"
            r"terve|geia sou|geia sas|geia|szia|helló|sasa|salam|halo kak|hai kak|good day|"
            r"good morning|namaste|namaskar")
STRICT_COPULAS = frozenset({"ich bin", "saya", "aku", "ben", "gw", "gue"})


@rule(rf"^(?:(?:{GREETING})[,!.]?\s+)*(?P<c>soy|sou|sono|je suis|moi c'est|ich bin|ako si|"
      rf"saya|aku|ben|jsem|sunt|olen|eimai|gw|gue|myself)\s+(?:o\s+|a\s+(?={NAME})|i\s+(?={NAME}))?"
      rf"(?P<v>{NAME}(?:\s+{NAME}){{0,2}})"
      rf"\s*(?:[!.,;]|$|(?=\s+(?:y|e|et|und|i|a|și|si|dan|ve|and|ja|kai|dari)\s))")
def foreign_intro_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    words = m.group("v").split()
    copula = m.group("c").lower()
    after = clause[m.end("v"):]
    if copula in STRICT_COPULAS and len(words) < 2 and not (
            copula == "ich bin" and _german_given_name(words[0], after)) and not (
            # "aku Rizky dari Bandung", "gw Raka, anak IT di ...": a name, then where the
            # user is from or what they do
            copula != "ich bin" and re.match(r"\s*,|\s+dari\b", after)) and not (
            # "hai, saya Aiman.": after a greeting the words introduce the user
            copula in {"saya", "aku"} and m.start("c") > 0):
        return []
    if any(w.lower() in NAME_STOP or w.lower() in DEMONYMS for w in words):
        return []
    return [_name(" ".join(words), clause)]


# "Ich bin Jannik, 34", "ich bin Lena und wohne in Kiel": one capitalised word after "ich bin"
# is a name when the user goes on to their age or their own doings, and it has no ending of a
# German noun for a job, a nationality or a role ("Ich bin Elektriker", "Ich bin Rentnerin").
GERMAN_NOUN_END = re.compile(r"(?:er|erin|in|ist|istin|ent|entin|eur|eurin|ant|antin|ling|ung|"
                             r"heit|keit|schaft|e|ge|arzt|koch|kraft|mann|frau|wirt)$", F)
GERMAN_NOT_NAMES = frozenset("oma opa mama papa azubi chef chefin profi fan gast single mitglied "
                             "koch arzt vegan dabei hier da zuhause".split())


def _german_given_name(word: str, after: str) -> bool:
    return (not GERMAN_NOUN_END.search(word) and word.lower() not in GERMAN_NOT_NAMES and
            re.match(r"\s*,\s*\d|\s+und\s+(?:bin|komme|wohne|arbeite|lebe|habe|studiere)\b|"
                     r"\s+(?:aus|von)\s+[A-ZÄÖÜ]|"
                     # "ich bin Lena, Werkstudentin bei Siemens": then a job, and where
                     r"\s*,\s*[A-ZÄÖÜ]\w+(?:in|er|ent|ant|ist|eur)\s+(?:bei|im|in|an|am)\b",
                     after) is not None)


# ---------------------------------------------------------------- role and employer

@rule(rf"(?:\bI(?:'m| am|'ve been| have been)\s+|^(?:been|as)\s+|\bby profession I'm\s+|"
      rf"\bI(?:'m| am)\s+{NAME}(?:\s+{NAME}){{0,2}},\s+)"  # "I'm Daniel Levi, an architect"
      rf"(?:(?:now|officially|finally|currently|actually|still|technically)\s+){{0,2}}"
      rf"(?:a|an|the)\s+{ROLE_NP}\b")
def role_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value, tail = m.group("v"), clause[m.end():]
    longer = re.match(rf"\s+(?P<h>{ROLE_HEAD}|techs?)\b", tail, F)  # "a vet nurse", "a vet tech"
    if longer:
        value, tail = f"{value} {longer.group('h')}", tail[longer.end():]
    return _role(value, tail, clause)

# A job said beside the name, without "I'm a": "I'm Javier Morales, electrician, based in
# Valencia", "Dmitri Volkov, software architect, Berlin", "me: Kenji, 41, sushi chef,
# Vancouver"; the title must end there (a comma, "at", "in", "based", the end).
@rule(rf"(?:\b(?:I'm|I am|im|me:)\s+|^(?:(?:hi|hey|hello|yo)\W+)?){NAME}(?:\s+{NAME}){{0,2}}"
      rf"\s*,\s*(?:\d{{1,2}}\s*,\s*)?(?:a\s+|an\s+)?{ROLE_NP}"
      rf"(?=\s*(?:$|[,.;!]|\s+(?:at|in|for|from|based|here|and|by)\b))")
def role_beside_name_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    head = m.group("v").split()[-1]
    if head[-1:].lower() == "s" and re.fullmatch(ROLE_WORDS, head[:-1], F):
        return []  # "Tutorials, interviews with developers": a list of things, not a title
    return _role(m.group("v"), clause[m.end():], clause)

# Many writers of English drop the article: "im uber driver in lagos", "I am teacher of
# mathematics", "I am retired engineer". Without "a", a job word right after "I am" (one
# modifier at most, never a function word: "I'm married to a teacher") is the title.
@rule(rf"\bI(?:'m| am|m)\s+(?P<v>(?:(?!(?:a|an|the|not|no|to|so|just|also|with|like|married|"
      rf"dating|engaged|friends|going|gonna|about|more|less|your|my|his|her|their)\b)"
      rf"[\w-]+\s+)?{ROLE_HEAD})\b(?!['’-])")
def bare_role_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return _role(m.group("v"), clause[m.end():], clause)

@rule(rf"\bI(?:'m| am)\s+(?:a|an)\s+{ROLE_NP_LOOSE}"
      r"(?=\s*(?:$|,|\s+(?:at|for|in|and|so|but|because|btw|tbh|lol|lmao|haha\w*|now)\b))")
def role_suffix_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    head = m.group("v").split()[-1].lower()
    if head in ROLE_STOP or not ROLE_SUFFIX.match(head) or re.match(DIETS, head, F):
        return []
    return _role(m.group("v"), clause[m.end():], clause)

@rule(r"^(?:(?:so|well|ok|okay|hi|hello|hey)\W+)?as (?:a|an) (?P<v>(?:[\w-]+\s+){0,2}?[\w-]+)"
      r"(?=\s+(?:at|for|in|on|with|who|and|I|myself|working|here|what|how|is|it|any|can|"
      r"should|do)\b)")
def as_role_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"as a paramedic on 12h shifts what should i meal prep": the user's own job, said to
    frame the question (a word of a job: "as a side dish" is none); not when the assistant is
    asked to play it ("as a doctor what would you do"), nor after a comma ("As a doctor,
    what would you recommend?" is as often the one as the other)."""
    head = m.group("v").split()[-1].lower()
    if not (re.fullmatch(ROLE_HEAD, head, F) or ROLE_SUFFIX.match(head) or
            re.fullmatch(r"[a-z-]{4,}ic", head)) or \
            head in ROLE_STOP or re.search(r"\b(?:would|do|can|could|will) you\b",
                                           clause[m.end():], F):
        return []
    return _role(m.group("v"), clause[m.end():], clause)


@rule(rf"\bI(?:'m| am) (?:(?:now|officially|finally|newly)\s+)+(?P<v>(?:[\w-]+\s+){{0,2}}?"
      rf"{ROLE_HEAD})(?=\s+(?:at|for|with)\s)")
def title_now_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"im officially sous chef at Marrow as of last week": a new title, no article; a change
    said in so many words (see ``Candidate.change``)."""
    return [c.with_(change=True) for c in _role(m.group("v"), clause[m.end():], clause)]

# "started at Vestas last week, payroll specialist now": the new title said bare, beside a
# new job in the same clause.
@rule(rf"\b(?:started|joined|promoted|moved)\b[^.;!?]*?,\s*(?P<v>(?:[\w-]+\s+){{0,2}}?"
      rf"{ROLE_HEAD})\s+now\b")
def bare_title_now_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return [c.with_(change=True) for c in _role(m.group("v"), "", clause)]


@rule(r"\bI (?:drive|have driven) (?P<v>(?:a |an )?(?:trucks?|lorr(?:y|ies)|bus(?:es)?|taxis?|"
      r"cabs?|forklifts?|ambulances?|trains?|trams?|streetcars?|coaches|delivery vans?))"
      r"(?=\s+(?:for a living|long haul|for (?:work|a living|\w+)|full[- ]time|professionally|"
      r"out of)\b|\s+(?:in|around)\s+(?-i:[A-Z]))")
def driver_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"i drive trucks long haul out of omaha": driving for work is the user's job."""
    value = m.group("v")
    return [_fact(f"Drives {value}", "role", value, clause, "role")]

@rule(rf"(?:^|(?<=,)\s*)(?:(?:hi|hello|hey)[,!]?\s+)?"
      rf"(?P<v>(?!(?:the|this|that|our|my|your|his|her|their)\b)(?:[\w-]+\s+){{0,2}}"
      rf"{ROLE_HEAD})(?P<t>\s+(?:in|at|from|with)\s+[^,.!?]{{1,40}}?)?\s+here\b")
def role_here_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"Freelance illustrator here", "PhD student in astrophysics at ETH here", "i'm the
    boring one, accountant here in Dubai" (the place may follow "here")."""
    return _role(m.group("v"), (m.group("t") or "") + clause[m.end():], clause)

@rule(rf"\b(?:I (?:now )?work(?: {WORK_WHEN})? as|I'm working as|I am working as|"
      r"I'm employed as|(?:^|I've |I have )been working as|"
      r"(?:I've |I have |I )?started (?:working |a new job |a new role )?as|"
      r"(?:I |I'll |I will |I'm |I am )?(?:start|starting)(?: (?:on |in |next )?\w+)? as|"
      r"(?:I )?(?:got|landed|accepted|took) (?:a|the) (?:new )?(?:job|role|position) as|"
      r"(?:I )?got hired as|my new (?:job|role|position) (?:is|as)|"
      r"I became|I've become|my job is|my role "
      r"is|my profession is|my occupation is|my job title is|I do)\s+(?:a |an )?"
      r"(?P<v>[\w\s-]+?)(?=\s*(?:$|[^\w\s'’-]|\s+(?:at|for|in|and|but|so|with|since|mostly|"
      r"lol|lmao|haha\w*|now|today|btw|"
      r"-)\b))")
def work_as_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = _trim(m.group("v"))
    if re.match(r"^I do\b", m.group(0), F) and WORK_FIELD_WORD.fullmatch(value):
        # "I do HR at Wipro in Bangalore": the field, the firm and the town
        tail = clause[m.end():]
        firm = re.match(rf"\s+(?:at|for)\s+(?P<e>{PROPER})", tail)
        return [_fact(f"Works in {value}", "role", value, clause, "role"),
                *(_works_at(firm.group("e"), clause) if firm else []),
                *_place_after(tail[firm.end():] if firm else tail, clause)]
    if re.match(r"^I do\b", m.group(0), F) and not re.search(ROLE_HEAD, value, F):
        return []
    if not value or len(value.split()) > 4:
        return []
    found = _role(value, clause[m.end():], clause)
    if NEW_JOB.search(m.group(0)):  # "starting monday as a compliance analyst at Fidelity":
        return [c.with_(change=True) for c in found]  # a new job, said as one
    return found


NEW_JOB = re.compile(r"\b(?:start|starting|started|got hired|landed|accepted|took|new (?:job|"
                     r"role|position)|became|become)\b", F)
WORK_FIELD_WORD = re.compile(FIELD_NAMES)

# What follows "as" that is no job: "I work from home as much as I can".
NOT_AS_ROLE = frozenset("much many well long soon far usual always often possible if though "
                        "part per opposed needed such it i we they you he she a an the "
                        "result way".split())


@rule(r"(?:(?:^|,\s*)(?:(?:currently|now|still|also|mostly)\s+)?(?:work|working)|"
      r"\b(?:I|I'm|I am|im)\s+(?:\w+\s+){0,2}?(?:work|working|do (?:\w+ )?shifts?)|"
      # "I live in Kraków and work as cleaner in hotel"
      r"\bI\s+(?:live|moved|am|'m)\b[^.;!?,]{0,40}?\band\s+(?:work|working))"
      r"(?P<mid>[^.;!?]{0,50}?)\bas (?:a |an )?(?P<v>[\w\s-]+?)"
      r"(?=\s*(?:$|[^\w\s'’-]|\s+(?:at|for|in|and|but|so|with|since|mostly|lol|now|today|"
      r"btw|-)\b))")
def work_then_as_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """The title after "as" further on: "work as a lab tech at the uni" (no "I"), "I do night
    shifts as a security officer at Heathrow", "I am working in TCS only, Chennai side, as
    Java developer" (the employer said before the title)."""
    value = _trim(m.group("v"))
    if not value or len(value.split()) > 4 or value.split()[0].lower() in NOT_AS_ROLE:
        return []
    tail = clause[m.end():]
    org_city = re.match(rf"\s+in\s+(?P<e>{PROPER})\s*,\s*(?P<c>{PROPER})", tail)
    if org_city:  # "working as software developer in Infosys, Pune": the firm, then the city
        return [*_role(value, "", clause), *_lives(org_city.group("c"), clause),
                *_works_at(org_city.group("e"), clause)]
    out = _role(value, tail, clause)
    employer = re.match(rf"\s*(?:at|for|in|with)\s+(?P<e>{PROPER})", m.group("mid"))
    if out and employer:
        out.extend(_works_at(employer.group("e"), clause))
    return out

@rule(r"\bI (?:run|own|manage|founded|started|have) (?:a|an|my own|our) (?P<v>(?:[\w-]+\s+)"
      r"{0,3}?(?:business|company|shop|store|restaurant|caf[eé]|bakery|startup|studio|"
      r"practice|farm|agency|salon|clinic|consultancy|firm|bar|gym|school|pizzeria|bistro|"
      r"pub|food truck|truck|cattle station|sheep station|ranch|vineyard|winery|brewery|"
      r"daycare|nursery|garage|workshop|bookshop|bookstore|boutique|hostel|guesthouse|"
      r"hotel|deli|florist|franchise|market stall|stall))"
      r"(?=\s*(?:$|[^\w\s'’-]|\s+(?:in|on|at|out|near|outside|called|named|with|and|that|"
      r"which|where|so|but|for|since|here)\b))")
def business_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"I run a cattle station", "I have a small pizzeria in Naples": the business is the
    user's work (and where it is, their town). "have" only with a business that ends the
    phrase: not "I have a school project"."""
    value = m.group("v")
    said = m.group(0).split()[1].lower()
    verb = "Owns" if said == "have" else _third_person(said)
    named = re.search(rf"\b(?:called|named)\s+(?P<n>{PROPER})", clause[m.end():])
    text = f"{verb} {article(value)} {value}" + (f" called {named.group('n')}" if named else "")
    return [_fact(text, "role", value, clause, "role"), *_place_after(clause[m.end():], clause)]

# "I manage a small warehouse team", "I lead the data team at Monzo", "I run the kitchen":
# the people or the unit the user is in charge of is their job.
@rule(r"\bI (?P<verb>manage|lead|run|supervise|head|coordinate) (?P<d>a|an|the|our|my) "
      r"(?P<v>(?:[\w-]+\s+){0,3}?(?:team|crew|department|ward|squad|division|office|branch|"
      r"lab|kitchen|shift|warehouse|site|unit))"
      r"(?=\s*(?:$|[^\w\s'’-]|\s+(?:of|at|for|in|with|and|that|which|where|so|but|here)\b))")
def leads_team_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = m.group("v")
    det = article(value) if m.group("d").lower() in {"a", "an"} else "the"
    fact = _fact(f"{_third_person(m.group('verb').lower())} {det} {value}", "role", value,
                 clause, "role")
    employer = re.match(rf"\s*(?:\([^)]*\)\s*)?(?:at|for)\s+(?P<e>{PROPER})",
                        clause[m.end():])
    return [fact, *(_works_at(employer.group("e"), clause) if employer else [])]


# The same in other languages: "ho una piccola pasticceria a Bologna, si chiama Dolce Nido",
# "tengo una panadería en Sevilla", "j'ai une petite librairie à Nantes" (not an office or a
# practice: "soy arquitecta y tengo un despacho" says the title already).
@rule(r"\b(?:tengo|tenemos|ho|abbiamo|j'ai|nous avons|on a|je tiens|ich habe|wir haben|"
      r"ich führe|tenho|temos|mam|mamy|ik heb|wij hebben|jag har|vi har|am|avem|punya)\s+"
      r"(?P<v>(?:(?:un|una|un'|une|ein|eine|einen|um|uma|een|en|ett|o)\s+)?"
      r"(?:(?:pequeñ[oa]|chiquit[oa]|piccol[oa]|petite?|kleine[sn]?|pequen[oa]|mał[aąy]|"
      r"kleine|liten|litet|mic[aă]?)\s+)?"
      r"(?:panadería|pastelería|tienda|restaurante|cafetería|taller|negocio|"
      r"peluquería|pasticceria|panetteria|negozio|ristorante|officina|azienda|"
      r"pizzeria|trattoria|agriturismo|boulangerie|pâtisserie|boutique|restaurant|salon|"
      r"atelier|entreprise|librairie|bäckerei|laden|café|werkstatt|firma|"
      r"friseursalon|padaria|loja|salão|oficina|empresa|piekarnię|kawiarnię|"
      r"restaurację|firmę|sklep|warsztat|bakkerij|winkel|zaak|bageri|butik|"
      r"brutărie|cafenea|magazin|toko|warung|bengkel))\b")
def business_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = m.group("v")
    tail = clause[m.end():]
    named = re.search(rf"\b(?:si chiama|se llama|s'appelle|heißt|heet|chama-se|se chama|"
                      rf"nazywa się|heter|se numește|called|named)\s+(?P<n>{PROPER})", tail)
    text = f"Owns {value}" + (f" called {named.group('n')}" if named else "")
    return [_fact(text, "role", value, clause, "role"), *_place_after(tail, clause)]

@rule(r"\bI (?P<v>(?:[\w'-]+\s+){1,4}?)for a living\b")
def living_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    activity = _third_person(m.group("v").strip())
    return [_fact(f"{activity} for a living", "role", m.group("v").strip(), clause, "role")]

@rule(rf"\bI(?:'m| am) (?:currently |now |in (?P<t>{PROPER}) )?(?:doing|pursuing|finishing|"
      rf"working on) (?:a |an |my )?(?P<v>(?:PhD|doctorate|master'?s|MSc|MA|MBA|BSc|BA|"
      rf"bachelor'?s|degree|apprenticeship)\b(?:\s+(?:degree\s+)?(?:in|on)\s+[\w -]+)?)|"
      # "started a plumbing apprenticeship", "I'm doing a nursing internship"
      r"(?:\bI(?:'m| am|'ve| have)?\s+|^)(?:just\s+)?(?:started|began|doing|starting)\s+"
      r"(?:a|an|my)\s+(?P<w>(?:[\w-]+\s+){1,2}?(?:apprenticeship|internship|traineeship))\b|"
      # the field before the degree: "I'm doing an engineering degree"
      r"\bI(?:'m| am) (?:currently |now )?(?:doing|pursuing|finishing|studying for|working "
      r"towards) (?:a|an|my)\s+(?P<x>(?:[\w-]+\s+){1,2}?(?:degree|diploma))\b")
def degree_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = _trim(m.group("v") or m.group("w") or m.group("x"))
    # "I'm in Glasgow doing a masters": a town the degree keeps the user in is home
    home = _lives(m.group("t"), clause) if m.group("t") and population(m.group("t")) else []
    return [_fact(f"Is doing {article(value)} {value}", "role", value, clause, "role"), *home]

@rule(r"\bI(?:'m| am) (?:(?:now|happily|finally|officially|fully|newly|just)\s+)*"
      r"(?P<v>retired|semi-retired|unemployed|"
      r"self-employed|freelance|a freelancer|between jobs|a stay[- ]at[- ]home (?:mom|mum|dad|"
      r"parent))\b|\b(?:I(?:'m| am|'ve| have)\s+)?(?:now\s+)?(?:going|gone|went)\s+"
      r"(?P<f>freelance|self-employed)\b|"
      # a practice or business of one's own: the employer ends as with "going freelance"
      r"\b(?P<own>(?:started|set up|gone|went|going) (?:out )?on my own|"
      r"(?:I(?:'m| am)? )?work(?:ing)? for myself|werk (?:ik )?voor mezelf|"
      r"trabajo por mi cuenta|"
      r"(?:bin|ich bin) (?:jetzt |nun )?selbstständig|(?:sono|lavoro) in proprio|"
      # "ik ben nu freelancer 🎉", "je suis à mon compte", "soy autónoma desde enero"
      r"(?:ik ben|ich bin|je suis|soy|sono|sou|jestem) (?:nu |jetzt |nun |maintenant |"
      r"désormais |ahora |ora |adesso |agora |teraz )?(?:een |un |una |um |uma )?"
      r"(?:freelancer|freelance|zzp'?er|freiberufler(?:in)?|freiberuflich|à mon compte|"
      r"indépendante?|auto-?entrepreneur|autónom[oa]|autonom[oa]|autônom[oa]|"
      r"libera professionista|libero professionista|freelancerem|freelancerką))\b|"
      r"(?:\bI(?:'ve| have)? |^I(?:'m| am) \d+ and |^|,\s*)(?:just |finally |recently )?"
      r"(?P<r>retired) (?:from|after)\b|"
      # "Retired last spring and ...", "retired as of Friday after 34 years teaching"
      r"(?:^|\bI\s+|\bme,\s*)(?:(?:just|finally|officially|recently)\s+)?(?P<s>retired)\s+(?:last|this|"
      r"as of|in|"
      r"on|at|since|yesterday|today|a\s+(?:week|month|year))\b|"
      # "well, I've retired!", and in other languages: "ab heute bin ich offiziell in Rente",
      # "me jubilé", "je suis à la retraite", "sono in pensione", "ben met pensioen"
      r"(?:\bI(?:'ve| have)?\s+|^)(?:just |finally |officially |now )?(?P<t>retired)(?=\s*(?:[!.,]|"
      r"$|now\b|yesterday\b|today\b))|"
      r"\b(?P<u>(?:bin|ist) (?:ich )?(?:jetzt |nun |offiziell |endlich )*(?:in Rente|in Pension|"
      r"Rentner(?:in)?|pensioniert)|(?:estoy|soy) jubilad[oa]|me jubil[ée]|me he jubilado|"
      r"(?:je suis|suis) (?:à la retraite|retrait[ée]e?)|(?:sono|vado) in pensione|"
      r"(?:estou|sou) aposentad[oa]|me aposentei|ben (?:met pensioen|gepensioneerd)|"
      r"(?:jestem|przeszed[łl]e[mś]|przesz[łl]am) na emerytur[ęe]|(?:är|blev) pensionerad|"
      r"emekli(?:yim| oldum))")
def status_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"I'm semi-retired", "just retired from the post office" (the status, not the past job);
    a retirement is a change of job said in so many words."""
    if m.group("u"):  # the words the user wrote ("in Rente") are the value
        return [_fact("Is retired", "role", m.group("u"), clause, "role").with_(change=True)]
    if m.group("f") or m.group("own"):  # "going freelance as a designer": the job stays,
        # the employer ends
        kind = (m.group("f") or "self-employed").lower()
        title = re.match(rf"\s+as\s+(?:a|an)\s+{ROLE_NP}", clause[m.end():], F)
        return [_fact(f"Works {kind}", "personal", m.group("f") or m.group("own"), clause,
                      "employer").with_(change=True),
                *(_role(title.group("v"), "", clause) if title else [])]
    value = m.group("v") or m.group("r") or (m.group("s") or m.group("t")).lower()
    fact = _fact(f"Is {value}", "role", value, clause, "role")
    return [fact.with_(change=True) if value == "retired" else fact]

# "I was a fourth-grade teacher for 34 years before I retired", "spent 25 years as a
# firefighter before retiring": the past job of a retired person is who they are now.
@rule(r"\b(?:I was (?:a|an) (?P<v>(?:[\w-]+\s+){0,2}?[\w-]+)|(?:I )?spent \w+ (?:years|decades) "
      r"as (?:a|an) (?P<w>(?:[\w-]+\s+){0,2}?[\w-]+))\s+(?:for \w+ (?:years|decades)\s+)?"
      r"(?:[^,.;]{0,30}?\s+)?(?:before|until) (?:I retired|retiring|I retire[d]?)\b")
def retired_as_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = _trim(m.group("v") or m.group("w"))
    if not value or value.split()[-1].lower() in ROLE_STOP:
        return []
    return [_fact(f"Is a retired {value}", "role", value, clause, "role")]

# "Seit Montag bin ich bei Zalando, der neue Job ist super": a new employer in German, said
# with when it began or beside "new job" ("ich bin bei Oma" alone is a visit).
@rule(rf"\b(?:seit (?P<since>\w+(?: \w+)?) )?(?:bin ich|ich bin) (?:jetzt |nun |neu |seit \w+ )?"
      rf"bei (?P<e>{PROPER})")
def bin_bei_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    new = m.group("since") or re.search(r"\b(?:neue[rn]? (?:Job|Stelle|Arbeit)|angefangen|"
                                         r"gewechselt)\b", clause, F)
    if not new:
        return []
    return [c.with_(change=True) for c in _works_at(m.group("e"), clause)]

# "I drive for Uber part time", "I deliver for Deliveroo": gig work named by the platform.
@rule(rf"\bI (?:now |currently |also )?(?P<verb>drive|deliver|ride|cycle) for (?P<e>{PROPER})")
def gig_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    employer = m.group("e")
    if employer.lower() in EMPLOYER_STOP:
        return []
    verb = m.group("verb").lower()
    said = m.group(0)[2:]  # "drive for Uber", as the user wrote it
    return [_fact(f"{verb.capitalize()}s for {employer}", "role", said, clause, "role")] + \
        _works_at(employer, clause)

# "I worked at" and "I interned at" without "have" are a past job ("I interned at Deloitte
# one summer in 2016"); "I've worked at X for years" is the present one.
@rule(rf"(?:\bI(?:'ve| have)(?:\s+(?:now|currently|still|also))? (?:been|worked|interned)|"
      rf"\bI(?:\s+(?:now|currently|still|also))? (?:work|'m working|am working|intern)|"
      rf"\bI(?:'ve| have) spent(?: [\w-]+){{1,4}}?"
      rf"(?= at\b)|"
      rf"\bI(?:'m| am) employed|^(?:I )?work(?:ing)?|\bemployed)(?:\s+(?:now|currently|still|"
      rf"remotely|full-time|part-time|over|here|there))*\s+(?:at|for|by)\s+"
      rf"(?P<e>{PROPER}|[a-z][\w&'-]+)")
def employer_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    employer = m.group("e")
    bare = re.sub(r"^the\s+(?=[A-Z])", "", employer)
    if employer.lower() in EMPLOYER_STOP or (bare[:1].islower() and not
                                             re.match(r"^(?:I )?w", m.group(0), F)):
        return []
    out = [_fact(f"Works at {_cap(employer)}", "personal", _cap(employer), clause,
                 "employer")]
    tail = clause[m.end():]
    role = re.match(rf"\s+as\s+(?:a|an|the)\s+{ROLE_NP}\b", tail, F)
    if role:
        out.extend(_role(role.group("v"), "", clause))
    return out + _place_after(tail, clause)

@rule(rf"\b(?:trabajo|trabalho|lavoro|je travaille|je bosse|je taffe|ich arbeite|arbeite|"
      rf"ik werk|werk|lucrez|jobbar|arbetar|jobber|arbejder|pracuję|pracuje|pracuju|pracuji|"
      rf"работаю|"
      rf"(?:aku|saya|gue|gw|sekarang|skrg) (?:kerja|bekerja)|(?:(?:mình|tôi|em|anh|chị) )?"
      rf"(?:đang )?(?:làm|làm việc))(?:\s+[\w-]+){{0,3}}?"
      rf"\s+(?P<at>para|no|na|alla|al|allo|per|presso|chez|pour|bei|für|bij|la|på|hos|w|v|в|"
      rf"da(?<=lavoro da)|en(?<=trabajo en)|em(?<=trabalho em)|"
      rf"di|kat|dekat|ở|tại)\s+(?P<e>{PROPER})|"
      # "desde marzo estoy en BBVA como analista": "I'm at X as Y"
      rf"\b(?:estoy|estou|sono|je suis|ich bin|ik zit|jestem|jsem)\s+(?:en|em|no|na|in|chez|"
      rf"bei|bij|w|v)\s+(?P<h>{PROPER})(?=\s+(?:como|come|comme|en tant que|als|jako)\s)|"
      # "I am <title> at": "je suis dev front chez Doctolib", "sou dev backend na Nubank",
      # "jestem programistką w Allegro", "Я бэкенд-разработчик в Ozon"
      rf"\b(?:je suis|sou|soy|sono|(?:ich )?bin|ik ben|jestem|jsem|я)(?!\s+(?:работаю|працюю|живу|"
      rf"учусь))(?P<r>(?:\s+(?!(?:de|da|do|di|del|a|"
      rf"à|en|em|in|la|le|el|w|z|в|na|v|ve|ich|jetzt|nun|gerade|schon|noch|auch|hier|seit|ab|"
      rf"wieder)\b)[\w-]+){{1,2}}?)\s+(?:na|no|presso|chez|bei|bij|"
      rf"w|в|"
      rf"v|ve)\s+(?:(?:der|dem|den)\s+(?!(?:Stadt|Gemeinde|Firma|Arbeit|Schule|Uni|Kirche)\b))?"
      rf"(?P<f>{PROPER})|"
      # the employer before the verb: "Trendyol'da veri analisti olarak çalışıyorum",
      # "Infosys mein QA ka kaam karta hoon"
      rf"(?P<g>{PROPER})(?=['’](?:da|de|ta|te)\s+(?:[\w-]+\s+){{0,3}}?(?:çalışıyorum|"
      rf"(?:işe|çalışmaya) başladım)\b|"
      rf"\s+(?:mein|me)\s+(?:[\w-]+\s+){{0,3}}?(?:kaam|naukri|job)\s+(?:karta|karti|karte)"
      rf"\s+(?:hoon|hu|hun|hain)\b)")
def employer_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """The employer after "I work" or "I am <title>" in other languages, the title with it."""
    employer = m.group("e") or m.group("f") or m.group("g") or m.group("h")
    if m.group("at") in {"ở", "tại"} and not employer.isascii():
        return _lives(employer, clause)  # "làm kế toán ở Đà Nẵng": a city; "ở FPT" a firm
    before = clause[:clause.find(employer)]
    if re.search(r"\b(?:w|v|ve)\s+$", before) and POLISH_LOCATIVE.search(employer):
        out = _lives(employer, clause)  # "jestem programistą w Gdańsku": a city
    else:
        out = _with_place(_fact(f"Works at {employer}", "personal", employer, clause,
                                "employer"), m, clause)
    title = (m.group("r") or "").strip()
    if title[:1].isupper():
        title = ""  # "jestem w Krakowie" has none; nor "sou a Ana"
    after = TITLE_AFTER.match(clause[m.end():])
    title = title or (after.group("r") if after else "")  # German titles are capitalised
    if title:
        out.insert(0, _fact(f"Works as {title}", "role", title, clause, "role"))
    return out


# The title after the employer: "Trabalho na Sonae como gestor de projeto", "arbeite bei Bosch
# als Softwareentwickler", "jobbar på IKEA som lagerarbetare", "je bosse chez Decathlon en
# tant que vendeur".
TITLE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:como|als|come|en tant que|jako|som|sebagai|sbg)\s+"
    r"(?:(?:un|una|um|uma|une|een|ein|eine|en|ett)\s+)?(?P<r>[\w-]+(?:\s+[\w-]+){0,2}?)"
    r"(?=\s*(?:$|[,.;:!?()]|\s+(?:e|y|et|und|en|i|och|og|and|dan|per|para|pour|für|voor|na|"
    r"w|in|a|à|da|de|del|di|bei|hos|på|since|seit|desde|depuis|od|sedan|mi|me|tu|kun|kannst|"
    r"puoi|podes|pode|puedes|peux|hur|jak|how)\b))", re.IGNORECASE)


def _with_place(fact: Candidate, m: re.Match[str], clause: str) -> list[Candidate]:
    """The fact, and the city that often follows it ("... chez Airbus à Toulouse")."""
    return [fact, *_place_after(clause[m.end():], clause)]

WHEN_NOT_WHAT = frozenset("noche noches día dia días tarde tardes mañana mañanas casa nuit "
                          "nuits jour jours nacht nachts notte notti giorno noite noites dia "
                          "turno turnos fin finde remoto".split())

# "trabalho como designer gráfica", "jobbar som barnmorska", "pracuję jako księgowa": "I work
# as" in another language says a job title follows, whatever the title (no word list).
@rule(r"\b(?:trabajo como|trabajo de|curro de|trabalho como|lavoro come|je travaille comme|"
      # ... with how long or how in between: "llevo 8 años de maestra", "je travaille à mon
      # compte comme traductrice", "lavoro da 5 anni come"
      r"llevo (?:\d+|\w+) (?:años|meses) (?:trabajando )?(?:de|como)|"
      r"(?:trabajo|trabalho) (?:hace|há) (?:\d+|\w+) (?:años|anos|meses) (?:de|como)|"
      r"lavoro da (?:\d+|\w+) anni come|"
      r"je travaille (?:à mon compte|en freelance|en indépendante?|depuis \w+ ans) comme|"
      r"ich arbeite als|"
      r"arbeite als|(?:ik )?werk als|jobbar som|arbetar som|jobber som|arbejder som|"
      r"pracuj[eęu] jako|pracuji jako|"
      r"trampo como|trampo de|bekerja sebagai|kerja sebagai|sebagai|sbg|lucrez ca|"
      r"kerja jadi|kerja jd|"
      r"faccio (?:il|la|l')|fa[cç]o (?:o|a) )\s*"
      r"(?:(?:un|una|um|uma|une|ein|eine|een)\s+)?(?P<v>[\w-]+(?:\s+[\w-]+){0,2}?)"
      r"(?=\s*(?:$|[,.;:!?()]|\s+(?:en|em|in|bei|bij|na|no|w|v|ve|at|à|a|e|y|i|und|och|og|et|"
      r"chez|para|per|presso|di|kat|dekat|dan|și|si|seit|desde|depuis|da|från|fra|since|for|"
      r"los|las|"
      r"el|la|le|les|il|lo|o|os|as|de|del|do|dos|das|des|du|der|die|den|het|numa|num|nella|"
      r"nel|dans|una|uma|un|une|ein|eine|einer|een|all|al|alla|allo|au|aux|på|hos|ved)\b))")
def work_as_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """The title, then the employer ("trabalho como dev backend no Nubank") and the city
    that often follow it."""
    value = m.group("v")
    if value.split()[0].lower() in WHEN_NOT_WHAT:
        return []  # "trabajo de noche": when, not as what
    if re.match(r"(?:casad|novi|viud|juntos|vegan|vegetarian|sobri|solter)", value, F):
        return []  # "llevo dos años de casada": a state, not a job
    out = _with_place(_fact(f"Works as {value}", "role", value, clause, "role"), m, clause)
    employer = re.match(rf"\s+(?P<p>no|na|bei|chez|presso|bij|hos|på|w|di|kat|at|al|alla|allo|"
                        rf"all['’]|numa clínica chamada|num hospital chamado)\s*"
                        rf"(?:(?:der|dem|den|de|het|la|le|el)\s+)?(?P<e>{PROPER})",
                        clause[m.end():])  # "als Busfahrer bei der BVG", "all'Ospedale X"
    if employer and employer.group("p") == "w" and POLISH_LOCATIVE.search(employer.group("e")):
        return out + _lives(employer.group("e"), clause)  # "w Gdańsku": a city, not a firm
    return out + (_works_at(employer.group("e"), clause) if employer else [])


# "Jestem kierowcą ciężarówki", "jestem nauczycielką angielskiego": after "jestem" a noun in
# the instrumental ("-ą", "-em") is what the user is, and a job unless it is a relation or a
# diet ("jestem mamą", "jestem weganką"); a genitive may complete it.
POLISH_NOT_JOB = frozenset("sobą tobą mamą tatą mężem żoną matką ojcem babcią dziadkiem fanem "
                           "fanką człowiekiem osobą dzieckiem rodzicem singlem wegetarianinem "
                           "wegetarianką weganinem weganką typem kobietą mężczyzną "
                           "chłopakiem dziewczyną córką synem siostrą bratem".split())
POLISH_NEXT = frozenset("w we z ze i a ale na od do u przy jak bo więc oraz po który która "
                        "które mam od".split())


@rule(r"\bjestem\s+(?P<v>[a-ząćęłńóśźż]+(?:ą|em))(?:\s+(?P<w>[a-ząćęłńóśźż]{3,}))?\b")
def jestem_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = m.group("v")
    if value.lower() in POLISH_NOT_JOB:
        return []
    if m.group("w") and m.group("w").lower() not in POLISH_NEXT:
        value = f"{value} {m.group('w')}"
    return _with_place(_fact(f"Works as {value}", "role", value, clause, "role"), m, clause)


# "ik ben boekhouder bij een klein kantoor", "je suis comptable chez Airbus", "ich bin
# Erzieherin bei der Stadt": a word, then "at" a workplace, says the job. German nouns are
# capitalised; the Dutch and French word must not be a word for when or where ("ik ben nu bij
# mijn ouders", "je suis encore chez mes parents") or a participle ("je suis passée chez").
@rule(r"\b(?:ik ben|je suis|(?P<de>ich bin))\s+(?:(?:een|ein|eine|un|une)\s+)?"
      r"(?P<v>[^\W\d_][\w-]+)\s+(?:bij|bei|chez)\s+(?P<e>" + PROPER + r")?")
def title_at_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = m.group("v")
    if (m.group("de") and not value[0].isupper() or not m.group("de") and (
            value.lower() in NOT_A_TITLE or re.search(r"(?:é|ée|és|ées)$", value))):
        return []
    out = [_fact(f"Works as {value}", "role", value, clause, "role")]
    return out + (_works_at(m.group("e"), clause) if m.group("e") else [])


# "sunt medic dentist la clinica DentaVia", "sunt agronom la ferma Câmpia Verde": in Romanian
# a job is lower case, and "la" says where it is done.
@rule(r"\bsunt\s+(?P<v>[a-zăâîșşțţ-]{3,}(?:\s+[a-zăâîșşțţ-]{3,})?)\s+la\s+"
      r"(?:(?:clinica|firma|ferma|compania|spitalul|școala|scoala|banca|fabrica)\s+)?"
      r"(?P<e>" + PROPER + r")?")
def romanian_title_at_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = m.group("v")
    if set(value.lower().split()) & ROMANIAN_NOT_A_TITLE:
        return []
    out = [_fact(f"Works as {value}", "role", value, clause, "role")]
    return out + (_works_at(m.group("e"), clause) if m.group("e") else [])


ROMANIAN_NOT_A_TITLE = frozenset("acasă acasa aici acolo bine încă inca deja foarte mereu "
                                 "plecat plecată venit venită ajuns ajunsă tot doar".split())


NOT_A_TITLE = frozenset("nu nog even ook al weer thuis gewoon vandaag morgen daar hier vaak "
                        "altijd net eindelijk niet zo erg heel geweest gebleven encore toujours "
                        "souvent déjà là ici bien seul seule aussi maintenant actuellement "
                        "parti partie venu venue resté restée".split())


# A Polish city after "w" takes the locative ("w Gdańsku", "w Krakowie", "w Poznaniu",
# "w Łodzi"); a firm's name keeps its own form ("w Allegro", "w Comarch").
# Czech does the same with other endings ("v Brně", "v Ostravě", "v Praze", "v Liberci").
POLISH_LOCATIVE = re.compile(r"(?:sku|cku|wie|niu|dzi|ach|nie|rzu|ście|inie|ynie|lu|ie|yni|ě|"
                             r"aze|rci)$")


@rule(r"\b(?:soy|sou|je suis|chu|chuis|j'suis|jsuis|ich bin|bin|sono|werkzaam als|ik ben|"
      r"jag är|jeg er)\s+"
      r"(?:un |una |um |uma |une |ein |eine )?"
      r"(?P<v>prof|ingenier[oa]|profesora?|m[eé]dic[oa]|enfermer[oa]|desarrollador[a]?|"
      r"abogad[oa]|estudiante|diseñador[a]?|programador[a]?|infirmi(?:er|ère)|ing[ée]nieur|"
      r"professeur|m[ée]decin|d[ée]veloppeu(?:r|se)|[ée]tudiante?|avocate?|lehrer(?:in)?|"
      r"ingenieur(?:in)?|arzt|ärztin|entwickler(?:in)?|student(?:in)?|krankenpfleger(?:in)?|"
      r"engenheir[oa]|professora?|enfermeir[oa]|desenvolvedor[a]?|ingegnere|insegnante|"
      r"infermier[ea]|sviluppatore|programmatore|architett[oa]|architecte|architekt(?:in)?|"
      r"arquitet[oa]|arquitect[oa]|contador[a]?|projektleiter(?:in)?|boulang(?:er|ère)|"
      r"bouch(?:er|ère)|(?:pâtiss|cuisin|plomb|menuis|charpent|jardin|ferm|banqu)i(?:er|ère)|"
      r"[ée]lectricien(?:ne)?|pharmacien(?:ne)?|bakker|kok|verpleegkundige|leraar|lerares|"
      # German job nouns end in "-er" like many other nouns ("Vegetarier"): named one by one
      r"krankenschwester|hebamme|polizist(?:in)?|apotheker(?:in)?|tischler(?:in)?|"
      r"schreiner(?:in)?|bäcker(?:in)?|köchin|verkäufer(?:in)?|elektriker(?:in)?|"
      r"mechaniker(?:in)?|mechatroniker(?:in)?|informatiker(?:in)?|programmierer(?:in)?|"
      r"buchhalter(?:in)?|steuerberater(?:in)?|rentner(?:in)?|beamter|beamtin|"
      r"(?:alten|kranken)?pfleger(?:in)?|sozialarbeiter(?:in)?|erzieher(?:in)?|"
      r"landwirt(?:in)?|anwalt|anwältin|richter(?:in)?|maler(?:in)?|klempner(?:in)?|"
      r"installateur(?:in)?|lkw-fahrer(?:in)?|busfahrer(?:in)?|zahnarzt|zahnärztin|"
      r"tierarzt|tierärztin|physiotherapeut(?:in)?|psychologe|psychologin|"
      r"sjuksköterska|lärare|läkare|snickare|elektriker|ingenjör|utvecklare|"
      r"sykepleier|lærer|lege|"
      r"[\w]+(?:ista|ero|era|"
      r"eur|euse|erin|eiro|eira|ári[oa]|ólog[oa]|inari[oa]))\b")
def role_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = m.group("v")
    if re.fullmatch(DIETS, value, F):
        return []  # "Ich bin Vegetarierin": a diet (the diet rule's), not a job
    tail = clause[m.end():]
    subject = TAUGHT.match(tail) if re.match(r"prof|insegnante|lehrer", value, F) else None
    if subject:  # "je suis prof de maths": the subject is part of the title
        value, tail = value + subject.group(0), tail[subject.end():]
    out = [_fact(f"Works as {value}", "role", value, clause, "role")]
    # "infirmière de nuit au CHU de Lyon": when the shift is, then where
    employer = re.match(rf"(?:\s+(?:de|di|do|da) (?:nuit|jour|noche|día|notte|noite))?"
                        rf"\s+(?:chez|bei|bij|presso|alla|al|na|no|para|pour|at|for|au|à l'|"
                        rf"à la|all')\s*(?P<e>{PROPER})", tail)
    if employer:
        name = employer.group("e")
        out.append(_fact(f"Works at {name}", "personal", name, clause, "employer"))
    return out + _place_after(tail, clause)

# The subject a teacher names after the title: "prof de maths", "profesora de inglés".
TAUGHT = re.compile(r"\s+(?:de|d'|di|für)\s*(?!(?:la|le|les|un|une|el|los|las)\b)[\w-]+", F)


# "now I'm at a small startup called Nubela", "I work for a tiny agency named Brightside":
# the employer named after the kind of place it is.
@rule(rf"\b(?:I'm|I am|I work|I've been|I have been|I just started)\s+(?:now\s+)?(?:at|for|"
      rf"with)\s+(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:startup|start-up|company|firm|agency|"
      rf"studio|consultancy|nonprofit|non-profit|charity|bank|lab|shop)\s+(?:called|named)\s+"
      rf"(?P<e>{PROPER})")
def called_employer_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return _works_at(m.group("e"), clause)

# "my manager at Stripe is super formal", "my coworkers at Boots": the user's workplace named
# through the people the user works with there.
@rule(rf"{WORKMATES_AT}(?P<e>{PROPER})")
def workmates_at_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return _works_at(m.group("e"), clause)

# "I got a UX researcher role at XING", "I landed a job with Monzo": a new job accepted. The
# words before "role" or "position" are its title.
@rule(rf"(?:\bI(?:'ve| have)?\s+|^)(?:just\s+|finally\s+)?(?:got|landed|accepted|took|started)\s+"
      rf"(?:a|an|the)\s+(?:new\s+)?(?P<t>[\w-]+(?:\s+[\w-]+){{0,2}}?\s+)?"
      rf"(?:job|role|position|internship)\s+(?:at|with)\s+(?P<e>{PROPER})")
def job_at_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    title = (m.group("t") or "").strip()
    role = _role(title, "", clause) if title and not re.match(
        r"(?:full|part|new|good|great|dream|summer|temp|remote)\b", title, F) else []
    return [c.with_(change=True) for c in (role + _works_at(m.group("e"), clause))]

# "jeżdżę w firmie Raben", "ich arbeite in der Firma Kästner": the employer named as a firm.
@rule(rf"\b(?:w firmie|w spółce|in der firma|bei der firma|en la empresa|na empresa|"
      rf"nella ditta|nell'azienda|presso l'azienda|dans l'entreprise|bij het bedrijf|"
      rf"i företaget|ve firmě|v firmě|la firma|di perusahaan|şirketinde)\s+(?P<e>{PROPER})")
def firm_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return _works_at(m.group("e"), clause)

# "first day at my new job at Shopify today!!", "first week at Bosch is done": the job named
# by its employer. The first days somewhere, in the languages the rules read ("week one at
# Shopify done", "first week at the new place (Deloitte)", "Primera semana en Glovo",
# "première semaine chez Ubisoft", "meine erste Woche bei Zalando"), where the clause opens
# with them or "my" owns them: "my son's first day at Oakwood" is the son's.
FIRST_DAYS = (r"(?:(?:first|1st)\s+(?:day|week|month|shift)s?|(?:week|day)\s+(?:one|1)|"
              r"primer(?:a|o)?\s+(?:día|dia|semana|mes)|primeir[ao]\s+(?:dia|semana|mês)|"
              r"premi(?:er|ère)\s+(?:jour|semaine|mois)|erste[nrs]?\s+(?:Tag|Woche|Monat)|"
              r"prim[oa]\s+(?:giorno|settimana|mese)|eerste\s+(?:dag|week|maand)|"
              r"pierwsz[yea]\s+(?:dzień|tydzień|miesiąc))")
FIRST_DAYS_OWNER = (r"(?:^|[,:;!]\s*|\b(?:my|our|mon|ma|mi|mein|meine|meinen|moja|mój|mio|mia|"
                    r"minha|meu|mijn)\s+)(?:(?:very|full|official)\s+)?")
FIRST_DAYS_AT = (r"(?:at|with|en|em|na|no|chez|à|bei|in der|im|da|alla|al|presso|bij|w)\s+"
                 r"(?:the\s+new\s+(?:place|job|company|firm|office|gig|agency)\s*\(\s*)?")


@rule(rf"\bmy (?P<new>new |first |current )?(?:full-time |part-time |day )?job (?:at|with) "
      rf"(?P<e>{PROPER})|{FIRST_DAYS_OWNER}(?P<first>{FIRST_DAYS})\s+{FIRST_DAYS_AT}"
      rf"(?P<f>{PROPER})")
def my_job_at_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """Also "first week at Bosch is done": a first day or week somewhere is a new job."""
    found = _works_at(m.group("e") or m.group("f"), clause)
    return [c.with_(change=True) for c in found] if m.group("new") or m.group("first") \
        else found

# "Elif, mimar olarak çalışıyorum": "I work as X" in Turkish, the title before the verb (after
# the firm in "Aselsan'da yazılım mühendisi olarak çalışıyorum").
@rule(r"(?:^|,\s*|\bve\s+|['’](?:da|de|ta|te)\s+)(?P<v>[\w-]+(?:\s+[\w-]+)?)\s+olarak\s+"
      r"çalış(?:ıyorum|ıyoruz|tım|maktayım)\b")
def olarak_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = m.group("v")
    return [_fact(f"Works as {value}", "role", value, clause, "role")]

@rule(rf"\bI (?:work|am working|'m working) (?:remotely |remote |fully remote )?from "
      rf"(?P<p>{PROPER})(?:\s+for\s+(?P<e>{PROPER}))?")
def remote_from_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"I work remotely from Lisbon for Booking": where the user works from is home."""
    return _lives(m.group("p"), clause) + (_works_at(m.group("e"), clause) if m.group("e")
                                            else [])

@rule(r"\bI teach (?P<v>[\w -]+?)(?=\s*(?:$|[,;—–(]|\s+(?:in|at|to|for|and|but|so)\b))")
def teach_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = _trim(m.group("v"))
    if not value or PRONOUN_OBJECTS.match(value):
        return []
    out = [_fact(f"Teaches {value}", "role", value, clause, "role")]
    school = re.match(rf"\s+at\s+(?P<e>{PROPER})", clause[m.end():])  # "at Lincoln Elementary"
    return out + (_works_at(school.group("e"), clause) if school else []) + \
        _place_after(clause[m.end():], clause)

# "im a sophomore at ohio state doing mech engineering", "I'm a second-year student at UCL
# studying law": a student's subject and school, the school as typed (lower case too).
@rule(r"\bI(?:'m| am)\s+(?:a|an)\s+(?:freshman|sophomore|"
      r"(?:first|second|third|fourth|final|1st|2nd|3rd|4th)[- ]year(?:\s+student)?|student|"
      r"undergrad|grad student|(?:phd|masters?|master's) student)\s+(?:at|@)\s+"
      r"(?P<i>[\w&'.-]+(?:\s+[\w&'.-]+){0,3}?)\s+(?:doing|studying|majoring in)\s+"
      r"(?P<s>[\w-]+(?:\s+[\w-]+){0,3}?)(?=\s*(?:$|[,.;!?(]|\s+(?:and|but|so|which|at|"
      r"lol)\b))")
def student_at_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    school, subject = _cap(m.group("i")), m.group("s")
    if school.lower() in EMPLOYER_STOP or subject.lower() in COMMON_WORDS:
        return []
    return [_fact(f"Studies {subject}", "role", subject, clause, "role"),
            _fact(f"Studies at {school}", "personal", school, clause, "employer")]


# "I study medicine at UCL", "estudio derecho en la Complutense", "ich studiere Informatik an
# der TU München", "studerer medisin ved NTNU": what the user studies and where, as a student's
# role and school ("Studies at", the employer slot a job would fill).
@rule(rf"(?:\bI (?:currently |now )?study|\bestudio|\bestudo|\bich studiere|\bj'étudie|"
      rf"\bstudio|\b(?:ik )?studeer|\bstuderer|\bstuderar|\bstudiuję)\s+"
      rf"(?P<s>{LETTER}[\w-]*(?:\s+{LETTER}[\w-]*){{0,2}}?)\s+"
      rf"(?:(?:at|en|na|no|an der|an dem|am|à|à la|alla|al|aan de|aan het|aan|ved|vid|på)\s+|"
      rf"all'|à l')(?:la\s+|el\s+|the\s+)?"
      rf"(?P<i>{PROPER}(?:\s+(?:di|do|da|du|der)\s+{PROPER})?)")  # "Università di Bologna"
def studies_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    subject, school = m.group("s"), m.group("i")
    if subject.lower() in COMMON_WORDS | {"hard", "here", "there", "online", "abroad"} or \
            school.lower() in EMPLOYER_STOP:
        return []
    return [_fact(f"Studies {subject}", "role", subject, clause, "role"),
            _fact(f"Studies at {school}", "personal", school, clause, "employer"),
            *_place_after(clause[m.end():], clause)]


# Work said as what the user does there, not as a title: "I do IT support at Halvorsen
# Logistics", "I do the books for a bakery chain called Crumb & Co". Only fields of work:
# "I do yoga at FitLife" is a hobby's place.
WORK_DONE = (r"IT support|tech support|customer support|customer service|support|marketing|"
             r"sales|admin|accounts|accounting|bookkeeping|the books|payroll|HR|recruiting|"
             r"recruitment|logistics|security|QA|design|research|IT|data entry|social media|"
             r"comms|PR|finance|operations|ops|procurement|compliance|dispatch|reception")


@rule(rf"\bI (?:mostly |currently |now |basically )?do (?P<f>{WORK_DONE})\s+(?:at|for)\s+"
      rf"(?P<e>{PROPER})")
def work_done_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    field = m.group("f")
    return [_fact(f"Works in {field}", "role", field, clause, "role"),
            *_works_at(m.group("e"), clause)]


# A firm named as the company one works for: "I work at the port doing logistics for a
# shipping company called Marevia", "my job's at a little agency called Fold".
@rule(rf"\b(?:I work|I'm working|I am working|my job(?:'s| is))\b[^.;!?]{{0,60}}?\b(?:company|"
      rf"firm|startup|agency|studio|business|outfit|shop|charity|nonprofit)\s+(?:called|named)\s+"
      rf"(?P<e>{PROPER})")
def company_called_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return _works_at(m.group("e"), clause)
