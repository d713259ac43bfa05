"""Turning matched words into candidates: canonical texts, trimmed values, follow-on facts.

Every rule ends the same way: trim the value, phrase a third-person memory ("Is a nurse",
"Lives in Porto") and often pick up what follows (an employer, a city, a main tool). These
helpers keep that phrasing identical across rule domains.
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.patterns import (
    EMPLOYER_STOP,
    PROPER,
    TEMPORAL_TAIL,
    VALUE_STOP,
    F,
)
from agent.memory.gazetteer import population
from agent.memory.lexicon import CALENDAR, COMMON_WORDS, LANGUAGE_CANON, ROLE_STOP
from agent.memory.phrasing import LAUGHTER, article, third_person, third_person_verb


def _fact(text: str, category: str, value: str, clause: str, attribute: str | None = None
          ) -> Candidate:
    return Candidate(text=text[0].upper() + text[1:], category=category, value=value,
                     clause=clause, attribute=attribute)


def _retraction(value: str, clause: str) -> Candidate:
    """A memory to delete: whichever memory holds ``value`` (a name, a firm, "boyfriend
    named"); one that holds nothing of it is left alone."""
    return Candidate(text=value, category="other", value=value, clause=clause, op="delete")


def _name(value: str, clause: str) -> Candidate:
    value = " ".join(_cap(part) for part in value.split())
    return _fact(f"Name is {value}", "name", value, clause, "name")


def _surname(value: str, clause: str) -> Candidate:
    """A new family name alone ("my surname changed to Haddad"): the store joins it to the
    first name it holds (``reconcile``), so the first name is not lost."""
    return _fact(f"Surname is {value}", "name", value, clause, "surname").with_(change=True)


def diet_text(diet: str) -> str:
    """"Is vegan", but "Keeps halal": a diet by its English name, as a memory says it."""
    return f"Keeps {diet}" if diet in {"halal", "kosher"} else f"Is {diet}"


# "a firefighter for twelve years": how long, not for whom
COUNT_OF_TIME = re.compile(r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                           r"eleven|twelve|fifteen|twenty|thirty|forty|several|many|a few|"
                           r"some|over|almost|nearly)\b(?:\s+\w+)?\s*(?:years?|yrs?|months?|"
                           r"decades?|weeks?)\b", F)


# A firm typed in lower case, up to three words ("texas roadhouse", "jersey mike's"), ending
# before the words that go on to something else ("... in columbus", "... since may").
NOT_FIRM_WORD = (r"(?:in|on|at|for|and|but|so|with|near|since|who|where|while|when|as|to|from|"
                 r"because|working|doing|now|here|there|during|every|this|that|these|those|i|"
                 r"im|i'm|my|our|your|his|her|their|the|a|an|is|was|or|lol|rn|tho|btw|mostly|"
                 r"mainly|part|full|remotely|nights|days|weekends)\b")
LOWER_FIRM = rf"(?!{NOT_FIRM_WORD})[a-z][\w&'’-]+(?:\s+(?!{NOT_FIRM_WORD})[a-z][\w&'’-]+){{0,2}}"


def _role(value: str, tail: str, clause: str) -> list[Candidate]:
    """A job title, plus the employer, city and main tool that often follow it."""
    value = _trim(value)
    value = re.sub(r"^(?:a|an|the)\s+", "", value, flags=F)
    last = value.split()[-1].lower() if value else ""
    if not value or last in ROLE_STOP or len(last) > 5 and last.endswith("ed") or re.match(
            r"(?:your|his|her|their|its)\b", value, F):
        return []  # no title: "I've become interested in ...", "I'm your grumpy patient"
    if re.match(r"\s*at this point\b", tail, F) or re.search(
            rf"\b(?:basically|practically|pretty much|literally)\s+(?:a|an)\s+{re.escape(value)}",
            clause, F):
        return []  # "I'm basically a professional napper at this point lol": a joke
    # "started an electrician apprenticeship": the training is what they do, not who they are
    doing = "doing " if last in {"apprenticeship", "internship", "traineeship"} else ""
    out = [_fact(f"Is {doing}{article(value)} {value}", "role", value, clause, "role")]
    # After a title, "at" names the employer even typed in lower case ("a backend dev at
    # shopify", "analyst at jpm"); not a common word ("a nurse at night", "at a hospital").
    # ... also after the field: "a PhD student in marine science at Otago"; a name may end in
    # its possessive ("St Mary's", "St Thomas'").
    employer = re.match(rf"(?:\s+in\s+(?:[a-z][\w-]*\s+){{1,3}}?(?=at\b))?\s*(?:at|for|with)\s+"
                        rf"(?P<e>{PROPER}|{LOWER_FIRM})"
                        rf"(?:\b(?!['’])|(?<=['’]s)|(?<=s['’])(?!\w))", tail)
    if employer and employer.group("e").lower() not in EMPLOYER_STOP | COMMON_WORDS and \
            not COUNT_OF_TIME.match(tail[employer.start("e"):]):
        name = _cap(employer.group("e"))
        verb = "Studies at" if last == "student" else "Works at"  # a school, for a student
        out.append(_fact(f"{verb} {name}", "personal", name, clause, "employer"))
        # "architect at Foster + Partners, London": the town alone after the firm
        town = re.match(rf",\s*(?P<p>{PROPER})\s*[.!?;]?$", tail[employer.end():])
        if town and _place(town.group("p")):
            place = _place(town.group("p"))
            out.append(_fact(f"Lives in {place}", "location", place, clause, "location"))
    out.extend(_place_after(tail, clause))
    tool = re.match(r"\s*,\s*(?:mostly|mainly|primarily)\s+(?P<t>[\w+#.-]+)", tail, F)
    if tool:
        out.append(_fact(f"Mostly works with {tool.group('t')}", "preference", tool.group("t"),
                         clause))
    return out


def _works_at(raw: str, clause: str) -> list[Candidate]:
    """An employer fact, or none where the word is no firm ("left work early", "at the")."""
    name = raw.strip(" .,;!")
    if not name or name.lower() in EMPLOYER_STOP or name.islower() and name in COMMON_WORDS:
        return []
    name = _cap(name)
    return [_fact(f"Works at {name}", "personal", name, clause, "employer")]


IBERIAN_JOB = re.compile(r"\b(?:soy|trabajo|sou|trabalho)\b", F)


def _place_after(tail: str, clause: str) -> list[Candidate]:
    """'... a software engineer in Berlin' / '... no Nubank, em Curitiba' / '... som snickare i
    Umeå' -> where they live."""
    match = re.search(rf"(?:^|,)\s*(?:[\w-]+\s+){{0,5}}?(?:in|en|em|à|a|da|aus|i|în|huko|sa|ở)\s+"
                      rf"(?P<p>{PROPER})", tail)
    if not match:
        return []
    place = _place(match.group("p"))
    if place and re.match(r"\s*(?:[\w-]+\s+)?e[nm]\s", tail) and IBERIAN_JOB.search(clause) \
            and population(place) is None:
        # "programador en Indra", "diseñadora gráfica en Inditex": right after the job, "en"
        # names the firm as often as the town in Spanish and Portuguese (French says "chez");
        # a name no town list knows is the firm.
        return _works_at(place, clause)
    return [_fact(f"Lives in {place}", "location", place, clause, "location")] if place else []


def _third_person(phrase: str) -> str:
    """'drive a truck' -> 'Drives a truck', 'started a shop' -> 'Started a shop'."""
    words = phrase.split()
    return " ".join([third_person_verb(words[0]), *words[1:]])


def _my_to_their(text: str) -> str:
    """Memories are third person; the value keeps the user's own words for the policy."""
    text = re.sub(r"\bI'm\b|\bI am\b", "they're", text, flags=F)
    text = re.sub(r"\bI\b", "they", text)  # "before I turn 40"
    return re.sub(r"\bmyself\b", "themselves", re.sub(r"\bmy\b", "their", text, flags=F), flags=F)


def _verbatim(body: str) -> Candidate:
    """An explicit request we have no rule for: the user's words in the third person."""
    return Candidate(text=third_person(body), category="other", value=body, clause=body)


def _trim(value: str) -> str:
    value = VALUE_STOP.sub("", value.strip())
    value = TEMPORAL_TAIL.sub("", value)
    value = LAUGHTER.sub("", value)  # "odio Excel jaja"
    return value.strip(" .,!?;:'\"")


def _lives(raw: str, clause: str, relation: str = "Lives in") -> list[Candidate]:
    """A location fact from a raw place phrase, or nothing if it does not clean to a place."""
    value = _place(raw)
    if not value:
        return []
    return [_fact(f"{relation} {value}", "location", value, clause, "location")]


# A Turkish case ending after the apostrophe, and what follows: "İstanbul'da Trendyol'da".
TURKISH_CASE = re.compile(r"(?<=\w)['’](?:da|de|ta|te|dan|den|tan|ten|a|e|ya|ye)\b.*$")


def _place(raw: str) -> str:
    value = _trim(raw)
    value = re.sub(r"\s+(?:now|since|for|with|near|and|finally|after|but|because)\b.*$", "",
                   value, flags=F)
    value = WHEN_AFTER_PLACE.sub("", value)  # "moved to denver in march"
    value = TURKISH_CASE.sub("", value)
    # A place's name holds no "my" and no verb: "since I moved to Austin my knees hurt"
    value = re.sub(r"\s+(?:my|our|your|his|her|their|is|are|was|were|has|have|had|it|it's|"
                   r"its|which|who|where|so|lol|haha|tho|though)\b.*$", "", value, flags=F)
    words = value.split()
    if words and words[0][:1].isupper():
        # a name written with capitals ends at its first word without one that is no link
        # inside a name ("Rio de Janeiro", "Stratford upon Avon"): "Denver rn", "Oslo haha"
        end = next((i for i, w in enumerate(words[1:], 1)
                    if not w[:1].isupper() and w.lower() not in NAME_LINKS), len(words))
        words = words[:end]
        while len(words) > 1 and words[-1].lower() in NAME_LINKS:
            words.pop()
    if not words or words[0].lower() in {"a", "an", "the", "my", "this", "that", "here", "there"}:
        if not (len(words) > 1 and words[0].lower() == "the" and words[1][:1].isupper()):
            return ""
    kept = list(words[:4])
    while len(kept) > 1 and kept[-1].lower() in PLACE_LINKS:
        kept.pop()  # "the North End in Boise" cut at four words: not "the North End in"
    if re.sub(r"^the\s+", "", " ".join(kept), flags=F).lower() in WARDS:
        return ""  # "a nurse in the ICU": a ward, not a town
    return _cap(" ".join(kept)) if kept else ""


WHEN_AFTER_PLACE = re.compile(rf"\s+(?:in|on|at|by|during|over|last|this|next|early|late|mid)\s+"
                              rf"(?:the\s+)?(?:(?:early|late|mid)\s+)?"
                              rf"(?:{'|'.join(sorted(CALENDAR))}|"
                              rf"(?:19|20)\d\d|year|month|week|weekend|summer|spring|autumn|fall|"
                              rf"winter|holidays|pandemic|lockdown)\b.*$", F)
WARDS = frozenset("icu nicu picu er ed or a&e ccu hdu".split())
PLACE_LINKS = frozenset("in en em a à at of de di da do du near by on the".split())
# Words without a capital inside a place's name: "Rio de Janeiro", "Frankfurt am Main".
NAME_LINKS = frozenset("de di da do du del della des dos das la le les los las el al am an "
                       "im upon on sur sul sobre y e i of the".split())


# Names people type in lower case that are written in capitals: "i'm at sap now" is "SAP", not
# "Sap". Only initialisms no town or first name shares.
INITIALISMS = frozenset(
    "sap ibm kpmg pwc bmw nhs hsbc dhl ikea nasa cern bbc ubs amd aws ucla nyu ucl epfl tcs "
    "hcl ntt kfc sncf bnp cnrs inria unicef oecd nato ocbc dbs".split())


def _cap(value: str) -> str:
    """Each word capitalised where the user wrote none ("jersey mike's" -> "Jersey Mike's",
    not ``str.title``'s "Mike'S"; "sap" -> "SAP")."""
    if any(ch.isupper() for ch in value):
        return value
    # Georgian has capitals (Mtavruli) that its writing never uses: "გიორგი", not "Გიორგი"
    value = re.sub(r"(?<![\w'’])[^\W\u10d0-\u10ff]|(?<=\b\w['’])\w",
                   lambda m: m.group(0).upper(), value)
    return re.sub(r"\b\w+\b", lambda m: m.group(0).upper()
                  if m.group(0).lower() in INITIALISMS else m.group(0), value)


def _lang(value: str) -> str:
    return LANGUAGE_CANON.get(value.lower(), value.capitalize())
