"""Who the user is and where they live, said in grammars the other rules do not read.

English, Romance, Germanic and Slavic rules look for "I am <title> at <employer>". Other
languages put the same facts in particles and suffixes: Tagalog "nurse ako sa St. Luke's"
(title, "I", "at"), Swahili "mimi ni mwalimu" and "nafanya kazi Safaricom kama ...",
Hungarian "könyvelőként dolgozom" ("as an accountant I work"), Finnish "teen töitä
sähköasentajana", Turkish "Aselsan'da yazılım mühendisiyim" ("at Aselsan software-engineer
-I-am"), Vietnamese "làm kế toán ở Vinamilk", Hinglish "TCS mein QA engineer hoon". Each
rule reads one such construction of its language, whatever the job, firm or town; the
memory keeps the words as the user wrote them.
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.builders import _fact, _lives, _name, _place, _works_at
from agent.memory.extractors.rules.patterns import NAME, NAME_STOP, PROPER
from agent.memory.extractors.rules.statement_rules.registry import Rule, registrar
from agent.memory.lexicon import DEMONYMS, DIETS

RULES: list[Rule] = []
rule = registrar(RULES)

# A job title in these languages: one to three lower-case words or acronyms ("anak IT",
# "QA engineer"); a capitalised word would be a name or a firm.
_LOWER_WORD = r"[a-zà-ÿăâđêôơưčďěňřšťůžőűíóúéáöüçğışñ][\w-]*"
_WORD = rf"(?:{_LOWER_WORD}|[A-Z]{{2,4}})"
_TITLE = rf"(?-i:{_WORD}(?:\s+{_WORD}){{0,2}}?)"

# Words a lower-case run may start with that are no title: the particles, pronouns and verbs
# of the sentences these rules read ("pwede mo ba ako", "tulungan mo ako").
NOT_TITLE = frozenset(
    "pwede puwede tulungan turuan gusto sana ba mo na pa lang din rin kasi po naman yung ang "
    "ng sa si ay hindi wala may meron ito iyan yan dito doon talaga siguro baka "
    "nataka naomba tafadhali sasa kila hii hiyo huyu sana "
    "và là thì mà cho giúp hỏi muốn cần "
    "ek aur bhi kya kaise mujhe mera meri yaar bas abhi "
    "bir bu şu çok daha és egy az is meg "
    # English words a run after "Sam here," may hold: "Sam here, just back at Heathrow"
    "just back going so and but the a an my your with also still from "
    # Indonesian verbs and adverbs after "aku": "aku tinggal di", "aku lagi di"
    "tinggal kerja bekerja lagi sedang mau pengen baru udah sudah masih kuliah sekolah ada "
    "lahir belajar lg lg jalan pergi pindah nginep".split())


def _title(raw: str) -> str:
    """The title without the particles before it ("és könyvelő" -> "könyvelő"), or "" when
    the run is no title (it ends in a particle, or a word hides a name: "taga-Cebu")."""
    words = raw.split()
    while words and words[0].lower() in NOT_TITLE:
        words = words[1:]
    if not words or any(w.lower() in NOT_TITLE or re.search(r"[a-z].*[A-Z]", w)
                        for w in words):
        return ""
    return " ".join(words)


def _role_fact(title: str, clause: str) -> list[Candidate]:
    return [_fact(f"Works as {title}", "role", title, clause, "role")] if title else []


def _title_in(raw: str, town: re.Match[str] | None, clause: str) -> list[Candidate]:
    """The title, and the town the work is done in when the words after it name one."""
    return _role_fact(_title(raw), clause) + (_lives(town.group("p"), clause) if town else [])


# What "X ako" says that is no job: a verb with its affixes ("na-late ako", "nag-aaral
# ako"), or a state ("pagod ako", "busy ako").
TAGALOG_STATE = re.compile(
    r"(?i:(?:na|nag|mag|naka|nakaka|ma|maka|pa|pina|i|ipa|ka|um)-\w+|nag[a-z]+|"
    r"pagod|gutom|antok|inaantok|galit|masaya|malungkot|busy|late|sick|tired|happy|sad|okay|"
    r"ok|ready|free|excited|stressed|bored|sleepy|broke|single|nandito|andito|nasa|"
    r"buntis|may sakit)")


# Tagalog: the title, then "ako" (I), then "sa" (at) and the workplace: "nurse ako sa St.
# Luke's", "teacher ako sa public school". Only where the clause or a comma opens it, so
# a request ("pwede mo ba ako tulungan") is not read as one.
@rule(rf"(?:^|,\s*)(?P<r>(?-i:[A-Z][a-z]+)|{_TITLE})\s+ako\b(?:\s+sa\s+(?P<e>{PROPER}))?")
def tagalog_title_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    title = _title(m.group("r"))
    if not title or TAGALOG_STATE.fullmatch(title):
        return []
    title = title[0].lower() + title[1:]  # "Nurse ako ...": capitalised as the sentence opens
    return _role_fact(title, clause) + (_works_at(m.group("e"), clause) if m.group("e") else [])


# A title put beside the name the user gives (apposition): "Ako si Jomar, call center agent
# sa Concentrix", "I'm Bea, UX writer sa GCash", "gw Raka, anak IT di Tokopedia", "Pieter
# hier, boekhouder bij Colruyt", "em ten la Minh, dev frontend o FPT Software". A word that
# says "at" follows the title, then the firm; or "in", then the town. After an English "I'm"
# only the Tagalog and Malay words count: "I'm Sam, going to Paris in May" is no title.
@rule(rf"\b(?P<i>ako si|I'm|I am|im|saya|aku|gw|gue|ben|jsem|sou|soy|mimi ni|tên là|ten la|"
      rf"naitwa)\s+{NAME}(?:\s+{NAME})?\s*,\s*(?P<r>{_TITLE})\s+(?:(?P<at>sa|di|bij|bei|chez|o|"
      rf"ở|tại|na|no|w|ve|v)\s+(?P<e>{PROPER})|(?P<in>kat|pale|huko|hapa|in|en|em)\s+"
      rf"(?P<p>{PROPER}))|"
      rf"\b{NAME}\s+(?:hier|here|dito|di sini)\s*,\s*(?P<r2>{_TITLE})\s+(?:bij|bei|at|sa|di)\s+"
      rf"(?P<e2>{PROPER})")
def title_beside_name_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    english = (m.group("i") or "").lower() in {"i'm", "i am", "im"}
    if english and (m.group("at") or m.group("in") or "").lower() not in {"sa", "di", "kat"}:
        return []
    title = _title(m.group("r") or m.group("r2"))
    if not title:
        return []
    if m.group("p"):  # "cikgu sekolah rendah kat Johor Bahru": where, not for whom
        return _role_fact(title, clause) + _lives(m.group("p"), clause)
    return _role_fact(title, clause) + _works_at(m.group("e") or m.group("e2"), clause)


# Swahili: "mimi ni mwalimu wa hisabati" (I am a teacher of maths); a capital after "mimi
# ni" is a name ("Mimi ni Juma").
@rule(rf"\bmimi ni\s+(?:(?P<n>{NAME})|(?P<r>{_TITLE}(?:\s+wa\s+[\w-]+)?))"
      rf"(?=\s*(?:$|[,.;!?]|\s+(?:huko|hapa|katika|kwenye|pale|na|wa|mjini)\b))")
def swahili_am_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if m.group("n"):
        name = m.group("n")
        if name.lower() in NAME_STOP or name.lower() in DEMONYMS:
            return []
        return [_name(name, clause)]
    town = re.match(rf"\s+(?:huko|hapa|pale|mjini)\s+(?P<p>{PROPER})", clause[m.end():])
    return _title_in(m.group("r"), town, clause)


# Swahili: "ninafanya kazi Safaricom kama mhasibu", "nafanya kazi katika benki ya CRDB":
# the firm after "I work", the title after "kama" (as).
@rule(rf"\b(?:nina|na|tuna)fanya kazi\s+(?:katika\s+|kwenye\s+|na\s+)?(?P<e>{PROPER})"
      rf"(?:\s+kama\s+(?P<r>{_TITLE})(?=\s*(?:$|[,.;!?]|\s+(?:na|huko|hapa|katika|kwenye|"
      rf"tangu|kwa)\b)))?")
def swahili_work_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    out = _works_at(m.group("e"), clause)
    return out + (_role_fact(_title(m.group("r")), clause) if m.group("r") else [])


# Hungarian: "könyvelőként dolgozom" (as an accountant I work), "a Richternél dolgozom" (at
# Richter I work), "Budapesten élek", "Debrecenben lakom": the case ending is taken off.
@rule(rf"\b(?P<r>{_TITLE})ként\s+dolgozom\b|\bdolgozom\s+(?P<r2>{_LOWER_WORD})ként\b|"
      rf"(?P<e>{PROPER})(?:nál|nél)\s+dolgozom\b|(?P<p>{PROPER})\s+(?:lakom|élek|lakunk|"
      rf"élünk)\b")
def hungarian_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if m.group("r") or m.group("r2"):
        return _role_fact(_title(m.group("r") or m.group("r2")), clause)
    if m.group("e"):
        return _works_at(m.group("e"), clause)
    return _lives(re.sub(r"(?:ban|ben|on|en|ön)$", "", m.group("p")), clause)


# Finnish: "teen töitä sähköasentajana" (I work as an electrician: the essive "-na/-nä"),
# "olen töissä Nokialla", "asun Tampereella" (the town kept as written: Finnish stems
# change before the ending).
@rule(rf"\bteen töitä\s+(?P<r>{_TITLE})(?:na|nä)\b|\b(?:olen|oon) töissä\s+(?P<e>{PROPER})|"
      rf"\b(?:asun|asumme)\s+(?P<p>{PROPER})")
def finnish_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if m.group("r"):  # "... sähköasentajana Tampereella": where the work is
        town = re.match(rf"\s+(?P<p>{PROPER}(?:ssa|ssä|lla|llä))\b", clause[m.end():])
        return _title_in(m.group("r"), town, clause)
    if m.group("e"):
        return _works_at(re.sub(r"(?:lla|llä|ssa|ssä)$", "", m.group("e")), clause)
    return _lives(m.group("p"), clause)


# Greek typed in Latin letters: "douleuw grafistria se ena studio", "menw sti Thessaloniki".
@rule(rf"\bdouleu(?:w|o)\s+(?:san\s+|os\s+)?(?P<r>{_TITLE})(?=\s+(?:se|sto|sti|stin|ston|"
      rf"kai|apo)\b|\s*[,.!]|$)|\bmen(?:w|o|oume)\s+(?:sti|stin|sto|ston|se)\s+(?P<p>{PROPER})")
def greek_latin_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if not m.group("r"):
        return _lives(m.group("p"), clause)
    town = re.search(rf"\bsti?n?\s+(?P<p>{PROPER})", clause[m.end():])  # "... stin Athina"
    return _title_in(m.group("r"), town, clause)


# Turkish: the title takes "I am" as a suffix after the workplace's locative: "Aselsan'da
# yazılım mühendisiyim", "lisede kimya öğretmeniyim", "bir hastanede hemşireyim". A firm
# with an apostrophe is the employer; the town before it ("Ankara'da Aselsan'da") is not.
# Words that end as "I am" does and say something else: "lazım" (needed), "tamam" (okay).
NOT_I_AM = frozenset({"lazım", "lazim", "tamam", "hakkım", "adım"})


@rule(rf"(?:(?P<e>{PROPER})['’]n?(?:da|de|ta|te)|\b[a-zçğıöşü]{{3,}}(?:da|de|ta|te))\s+"
      rf"(?P<r>(?:[a-zçğıöşü]+\s+)?[a-zçğıöşü]{{3,}}?)(?P<s>y[iıuü]m|[iıuü]m)\b"
      # the suffixed word ends the statement (Turkish puts the verb last): "yazılım" in
      # "yazılım mühendisi olarak çalışıyorum" is a noun, not "I am"
      rf"(?=\s*(?:$|[,.;!?]|\s+(?:ve|ama|fakat|ancak|çünkü|o yüzden|bu yüzden)\b))")
def turkish_title_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    title = m.group("r")
    if re.search(r"(?:yor|m[iıuü]ş|acak|ecek|acağ|eceğ|abil|ebil|ma|me)$", title) or (
            m.group("s")[0] != "y" and re.search(r"(?:(?<!is)[^aeıioöuü\s][dt]|[aeıioöuü]d)$",
                                                 title)):
        return []  # a verb ("yaşıyorum", "doğdum", "gittim", "okudum"), not "pilotum"
    if re.match(r"(?:bura|ora|şura|nere|ev)", clause[m.start():], re.I) and not m.group("e"):
        return []  # "burada sorayım": "here let me ask"
    if (title + m.group("s")).split()[-1].lower() in NOT_I_AM:
        return []  # "bir pasta tarifi lazım": "a cake recipe is needed"
    firm = re.split(r"['’]n?(?:da|de|ta|te)\s+", m.group("e"))[-1] if m.group("e") else ""
    return _role_fact(title, clause) + (_works_at(firm, clause) if firm else [])


# Hinglish: "TCS mein QA engineer hoon", "ek school mein Hindi teacher hoon": the title
# before "hoon" (am), the firm before "mein" (in).
@rule(rf"(?:(?P<e>{PROPER})|\bek\s+\w+)\s+(?:mein|me)\s+(?P<r>[\w-]+(?:\s+[\w-]+){{0,2}}?)\s+"
      rf"(?:hoon|hu|hun|hoo)\b")
def hinglish_title_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    title = m.group("r")
    if re.search(r"\b(?:rehta|rehti|rehte|kaam|job|naukri|padhta|padhti|mein|me)\b", title,
                 re.I):
        return []  # "Pune mein rehta hoon" is a home (the place rules read it), and so is
        # "Delhi mein PG mein rehta hoon"
    employer = _works_at(m.group("e"), clause) if m.group("e") else []
    return _role_fact(title, clause) + employer


# Hinglish "main ek data analyst hoon", "main wahan QA engineer hoon" (there, at the place
# just named): "I am" with "a" or "there" before the title. Without either, "main ... hoon"
# is as often a state ("main thak gaya hoon", "main busy hoon").
@rule(rf"\b(?:main|mai|mein)\s+(?:ek|wahan|wahaan|yahan|yahaan|udhar|idhar)\s+(?:ek\s+)?"
      rf"(?P<r>{_TITLE})\s+(?:hoon|hu|hun|hoo)\b")
def hinglish_i_am_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    title = _title(m.group("r"))
    if re.search(r"\b(?:rehta|rehti|rehte|gaya|gayi|raha|rahi|busy|khush|theek|pareshan|"
                 r"baat|sawal|cheez|chahta|chahti|chahte|karta|karti|karte|sakta|sakti|sakte|"
                 r"sochta|sochti|jaanta|jaanti|samajhta|samajhti|lagta|lagti|bolna|karna|"
                 r"puchna|poochna)\b", title, re.I):
        return []
    return _role_fact(title, clause)


# Homes said with particles: Tagalog "taga-Cebu ako", "dito kami sa Cebu"; Swahili "naishi
# Nairobi", "hapa Arusha" (here; "huko", there, is anyone's); Indonesian "domisili Jakarta";
# Indian English "staying in Chennai"; Dutch "ik ben van Antwerpen" (where the user is from).
@rule(rf"\btaga[- ](?P<t>{PROPER})|\bdito(?:\s+(?:kami|ako))?\s+sa\s+(?P<d>{PROPER})|"
      rf"\b(?:naishi|ninaishi|tunaishi|tukaishi)\s+(?:huko\s+|katika\s+)?(?P<s>{PROPER})|"
      rf"\bhapa\s+(?P<h>{PROPER})|\bdomisili(?:\s+di)?\s+(?P<i>{PROPER})|"
      rf"(?:\b(?:I'm|I am|am|im)\s+|^|,\s*)staying\s+in\s+(?P<e>{PROPER})|"
      rf"\bik (?:ben|kom) (?:van|uit)\s+(?P<f>{PROPER})|"
      # Tagalog "sa Cebu po ako nakatira", "nakatira ako sa Davao"
      rf"\bsa\s+(?P<n>{PROPER})\s+(?:po\s+)?(?:ako|kami)\s+nakatira\b|"
      rf"\bnakatira\s+(?:po\s+)?(?:ako|kami)\s+sa\s+(?P<k>{PROPER})")
def particle_home_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if m.group("f"):
        value = _place(m.group("f"))  # where the user is from: a hometown, not a home
        return [_fact(f"Is from {value}", "personal", value, clause, "hometown")] if value \
            else []
    place = next(p for p in m.groups() if p)
    return _lives(place, clause)


# Hungarian puts "I am" after the name: "Anna vagyok", "Szia! Gábor vagyok".
@rule(rf"^(?:(?:szia|sziasztok|helló|hello|hali|jó napot)[,!.]?\s+)?(?P<n>{NAME})\s+vagyok\b")
def hungarian_name_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    name = m.group("n")
    if name.lower() in NAME_STOP or name.lower() in DEMONYMS:
        return []
    return [_name(name, clause)]


# Vietnamese: "làm kế toán ở Vinamilk", "đang làm giáo viên tại Huế": the title between
# "làm" (do, work as) and the word for "at" (the firm or town is the other rules').
@rule(rf"\blàm\s+(?!việc\b)(?P<r>{_TITLE})\s+(?:ở|tại|cho)\s")
def vietnamese_title_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return _role_fact(_title(m.group("r")), clause)


# Catalan: "sóc fuster", "sóc mestra a una escola": a lower-case noun after "sóc" (I am)
# that is no word of where from, how, or a diet.
@rule(r"\bsóc\s+(?P<r>(?-i:[a-zàèéíòóúïüç]+))(?=\s*(?:$|[,.;!?]|\s+(?:i|a|de|en|al|a la|"
      r"per|des de)\b))")
def catalan_title_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    title = m.group("r")
    if title in CATALAN_NOT_TITLE or re.fullmatch(DIETS, title, re.I):
        return []
    return _role_fact(title, clause)


CATALAN_NOT_TITLE = frozenset("de molt una un el la nou nova feliç aquí allà mare pare fan "
                              "jo tu així bo bona casat casada solter soltera".split())


# Indonesian: "aku barista di Kopi Kenangan", "saya perawat di RS Harapan": the title after
# "I". Whether "di" names the firm or the town the words do not say, so only the title is read.
@rule(rf"\b(?:aku|saya|gw|gue)\s+(?P<r>{_TITLE})\s+di\s+{PROPER}")
def indonesian_title_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return _role_fact(_title(m.group("r")), clause)
