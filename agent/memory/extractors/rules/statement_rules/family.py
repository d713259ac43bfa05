"""The user's family and pets (by name), age and birthday.

Names of colleagues, friends and other people around the user are theirs, not the user's
facts: ``NOT_KIN`` keeps them out.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.builders import _cap, _fact, _trim
from agent.memory.extractors.rules.patterns import NAME, NAME_STOP, F
from agent.memory.extractors.rules.statement_rules.registry import Rule, registrar
from agent.memory.gazetteer import population
from agent.memory.lexicon import (
    DOG_BREEDS,
    FAMILY,
    KIN_ENGLISH,
    KIN_FOREIGN,
    KIN_SUFFIXED,
    OTHER_PEOPLE,
    PETS,
)
from agent.memory.phrasing import article

RULES: list[Rule] = []
rule = registrar(RULES)

KIN_STOP = frozenset("few couple lot bit questions question idea ideas problem issue".split())
# People around the user whose names are their own business, not the user's family or pets.
NOT_KIN = frozenset(OTHER_PEOPLE.split("|")) | frozenset(
    "name names favourite favorite goal job role city home company team code app".split())
HAVE = re.compile(r"\b(?:I|we)(?:'ve| have)?\s+(?:\w+\s+)?(?:have|got|adopted|rescued|own)\b",
                  re.IGNORECASE)


@rule(rf"\b(?:I|we)(?:'ve| have)?\s+(?:\w+\s+)?(?:have|got|adopted|rescued|bought|own|"
      rf"'ve got|brought home|took in)"
      rf"\s+(?:a|an|two|three|four|\d+)\s+(?P<k>(?:[\w-]+\s+){{0,2}}?[\w-]+?)s?,?\s+"
      rf"(?:(?:named|called)\s+)?(?P<v>(?:{NAME}|(?<=named )[a-z]\w+|(?<=called )[a-z]\w+)"
      rf"(?:,?\s+(?:and\s+)?{NAME})*)|"
      rf"^(?:(?:just|finally|recently)\s+)?(?:got|have|adopted|rescued|brought home|bought|"
      rf"picked up) (?:a|an) "
      rf"(?P<k3>(?:[\w-]+\s+){{0,2}}?[\w-]+?)\s+(?:named|called)\s+"
      rf"(?P<v3>[A-Za-z]\w+)|"
      rf"\b(?:my|our) (?:(?:own|younger|older|little|big|baby|twin|new|old|lovely|rescue|"
      rf"rescued|adopted|foster|senior|\w+-year-old)\s+){{0,2}}"
      rf"(?:[a-z][\w-]+\s+(?=(?:{PETS}|{DOG_BREEDS})\b))?"  # "our golden retriever Maple"
      rf"(?P<k2>{PETS}|{FAMILY}|[a-z][\w-]+)(?:'s name is|\s+is (?:named|called)|,?\s+|"
      rf"\s+are\s+(?={NAME}\s*(?:,|and|&)))"  # "my kids are Sam and Jess"
      rf"\s*(?P<v2>{NAME})|"
      rf"(?:,?\s+(?:plus|and|also|as well as))\s+(?:a|an|two|three|\d+)\s+(?P<k4>(?:[\w-]+\s+)"
      rf"{{0,2}}?[\w-]+?)s?,?\s+(?:named|called)\s+(?P<v4>{NAME}(?:,?\s+(?:and\s+)?{NAME})*)")
def kin_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """Named family and pets; 'I have two kids, Leo and Nora, plus a cat called Miso' names
    each one, the ones after 'plus' only when the clause is already about what I have."""
    if m.group("k4") and not HAVE.search(clause[:m.start()]):
        return []
    if re.search(r"\b(?:my|our)\s+(?:class|classroom|office|school|team|work|shop|library|"
                 r"ward|church|company)\b", m.group(0), F):
        return []  # "our class hamster Nibbles": the classroom's, not the user's
    if m.group("k2") and "," in m.group(0) and re.match(
            r"\s*,?\s+and (?:I|me)\b|\s*,\s*(?:and\b|$)", clause[m.end():], F):
        # "My girlfriend, Toby and I are going camping", "my gf, Toby, and I": three people,
        # not two (the clause may end at the comma)
        return []
    kind = (m.group("k") or m.group("k2") or m.group("k3") or m.group("k4")).split()[-1].lower()
    if kind in KIN_STOP or (kind in NOT_KIN and not re.fullmatch(rf"(?:{FAMILY})s?", kind)) or \
            kind in {"in", "at", "on", "to", "from", "here", "there", "near"}:
        return []  # "I've got an allotment here in Bristol": a place, not a name
    # "my wife Kate's on nights", "my son Leo's birthday": the name, not its "'s"
    # one name per part: "a parrot named Captain Jack" is one bird, "Leo and Nora" two children
    names = [re.sub(r"['’]s$", "", name.strip()) for name in re.split(
        r"\s*(?:,|&|\band\b)\s*",
        m.group("v") or m.group("v2") or m.group("v3") or m.group("v4")) if name.strip()]
    kind = _animal(re.sub(r"(?:ren|s)$", "", kind) if kind not in {"bass"} else kind)
    if kind == "one":  # "our little one Isla": a child
        if not re.search(r"\blittle one\b", m.group(0), F):
            return []
        kind = "child"
    if "," not in m.group(0):  # "my new bf Marco": a memory says "boyfriend" (not in "my
        kind = SLANG_KIN.get(kind, kind)  # gf, Toby, and I", where Toby is one of a list)
    out = [_fact(f"Has {article(kind)} {kind} named {_cap(name)}", "personal", _cap(name),
                 clause) for name in names
           if name.lower() not in NAME_STOP | {"and", "i", "he", "she", "they"}]
    more = re.match(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?P<v>{NAME})\b",
                    clause[m.end():]) if re.search(r"\sare\s", m.group(0)) else None
    if more:  # "my kids are Sam and Jess"
        out.append(_fact(f"Has {article(kind)} {kind} named {more.group('v')}", "personal",
                         more.group("v"), clause))
    also = ALSO_KIN.match(clause[m.end():]) if m.group("k2") and out else None
    if also and also.group("v").lower() not in NAME_STOP:  # "our dog Bruno and cat Mochi"
        other = _animal(also.group("k").lower())
        out.append(_fact(f"Has {article(other)} {other} named {_cap(also.group('v'))}",
                         "personal", _cap(also.group("v")), clause))
    return out


# Hindi in Latin letters: "meri beti Anaya", "mera beta Kabir", "hamara kutta Bruno".
HINGLISH_KIN = {"beti": "daughter", "beta": "son", "biwi": "wife", "patni": "wife",
                "pati": "husband", "bhai": "brother", "behen": "sister", "kutta": "dog",
                "billi": "cat"}


@rule(rf"\b(?:meri|mera|mere|hamari|hamara|humari|humara)\s+"
      rf"(?P<k>{'|'.join(HINGLISH_KIN)})\s+(?P<v>{NAME})\b(?!\s+(?:mein|me|mai|se|par|pe)\b)")
def kin_hinglish_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """The name, not a town said with a postposition ("mera bhai Bangalore mein hai")."""
    if population(m.group("v")):
        return []
    return _named_kin(HINGLISH_KIN[m.group("k").lower()], m, clause)


SLANG_KIN = {"bf": "boyfriend", "gf": "girlfriend", "hubby": "husband", "wifey": "wife"}


# The next of the user's own named after "and" without "my": "our dog Bruno and cat Mochi".
ALSO_KIN = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:my|our)\s+)?(?:[a-z][\w-]+\s+"
                      rf"(?=(?:{PETS}|{DOG_BREEDS})\b))?(?P<k>{PETS}|{FAMILY}|{DOG_BREEDS})\s+"
                      rf"(?P<v>{NAME})\b", F)

# The pet first, its name after: "a beagle, her name's Pickle" (answering "what breed is your
# dog?"), "I have a tabby, his name is Oscar" - the user's own (no one else named before it).
# Or the kind alone opening the clause: "NEW PUPPY 🐶 corgi, his name is Waffles".
@rule(rf"(?:^(?:new\s+)?|(?:^|\b(?:I|we)(?:'ve| have)?\s+(?:\w+\s+)?(?:have|got|adopted|rescued|"
      rf"own)\s+)(?:a|an|my|our)\s+(?:[\w-]+\s+){{0,2}}?)(?P<k>{PETS}|{DOG_BREEDS})\s*[,;—–-]?\s*"
      rf"(?:and\s+)?(?:(?:his|her|its) name(?:'s| is)|(?:he|she|it)(?:'s| is) called)\s+"
      rf"(?P<v>{NAME})")
def pet_then_name_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    kind = _animal(m.group("k").lower())
    name = _cap(m.group("v"))
    if name.lower() in NAME_STOP:
        return []
    return [_fact(f"Has {article(kind)} {kind} named {name}", "personal", name, clause)]


# The name first, the breed after: "our Rex is a labrador", "Náš Rex je labrador", "unser
# Bruno ist ein Beagle", "nuestra Luna es una galga" (not "my Dad is a lab technician").
@rule(rf"\b(?:my|our|náš|naše|můj|moje|nuestr[oa]|mi|notre|mon|ma|unser|unsere|mein|meine|"
      rf"onze|ons|mijn|nasz|nasza|mój|moja|vår|vårt|min|mitt|nosso|nossa|meu|minha)\s+"
      rf"(?P<v>{NAME})\s+(?:is|je|es|est|ist|è|é|jest|är|er|e)\s+(?:(?:a|an|un|une|una|um|uma|"
      rf"ein|eine|een|en|ett)\s+)?(?:[\w-]+\s+)?(?P<k>{DOG_BREEDS})"
      rf"(?=\s*(?:$|[,.;!?]|\s+(?:and|who|that|mix|cross|puppy|pup|a|má|und|y|et|e|en|och)\b))")
def named_breed_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    name = m.group("v")
    if name.lower() in NAME_STOP or re.fullmatch(f"{FAMILY}|{PETS}", name, F):
        return []
    return [_fact(f"Has a dog named {name}", "personal", name, clause)]


def _animal(kind: str) -> str:
    """A breed names the animal: "our greyhound Pickles" is the user's dog."""
    return f"{kind} dog" if re.fullmatch(DOG_BREEDS, kind, F) else kind


# "mi perra Chispa", "unser Hund heißt Bruno", "ho un cane, si chiama Briciola", "mes enfants
# Léo et Chloé", "vi har en hund som heter Sixten", "mam psa, wabi się Burek".
FOREIGN_MINE = (r"mi|mis|tengo (?:un|una|dos|tres)|tenemos (?:un|una)|nuestr[oa]s?|minha|meu|"
                r"minhas|meus|nosso|nossa|tenho (?:um|uma|dois|duas)|temos (?:um|uma)|mon|ma|mes|"
                r"notre|nos|j'ai (?:un|une|deux|trois)|on a (?:un|une)|mein|meine|meinen|meinem|"
                r"meiner|unser|unsere|unseren|unserem|unserer|ich habe (?:einen|eine|zwei)|"
                r"wir haben (?:einen|eine)|mia|mio|"
                r"miei|mie|il mio|la mia|i miei|le mie|ho (?:un|una|due|tre)|abbiamo (?:un|una)|"
                r"mijn|onze|ons|(?:ik )?heb (?:een|twee|drie)|we hebben (?:een|twee)|moja|mój|"
                r"moją|mojego|mam|mamy|min|mitt|"
                r"mina|vår|vårt|(?:jag|vi) har (?:en|ett|två)")
# "meus dois gatos, a Pipoca e o Feijão", "mes deux chats": how many, before the kind.
FOREIGN_COUNT = (r"(?:dos|tres|dois|duas|três|deux|trois|zwei|drei|due|tre|twee|drie|två|"
                 r"dwa|dwie|dwóch|trzy)")
# "mijn nieuwe vriend Daan", "mi nuevo novio Pablo", "mon nouveau copain Hugo"
FOREIGN_NEW = (r"(?:nieuwe?|nuev[oa]|nov[oa]|nouvel(?:le)?|nouveau|neue[rn]?|neue|nuov[oa]|"
               r"now[ya]|nya)")
FOREIGN_NAMED = (r"se llama|se llaman|s'appelle|s'appellent|hei(?:ß|ss)t|hei(?:ß|ss)en|"
                 r"si chiama|si chiamano|se chama|chama-se|chamad[oa]|heet|heten|wabi się|"
                 r"nazywa się|heter|adı|pe nume|numit|numită")


@rule(rf"\b(?:{FOREIGN_MINE})\s+(?:{FOREIGN_COUNT}\s+)?(?:{FOREIGN_NEW}\s+)?(?P<k>{KIN_FOREIGN})"
      # "ho un gatto rosso che si chiama Pistacchio": a word or two may describe the animal
      # before the words that name it, not before a bare name
      rf"(?:,?\s+(?!(?:{FOREIGN_NAMED})\b)(?-i:[a-zà-ÿ]+)(?:\s+(?-i:[a-zà-ÿ]+))?(?=\s+(?:que|che|"
      rf"qui|som|die|który|która|{FOREIGN_NAMED})\b))?(?:\s+(?:que|che|qui|som|die|który|która))?"
      rf"(?:,?\s+|,?\s+(?:(?:er|sie|es|il|elle|él|ella|lui|lei|ele|ela|hij|zij|ze|on|ona|"
      rf"han|hon)\s+)?(?:{FOREIGN_NAMED})\s+)(?:(?:o|a|el|la|il|lo|der|die|den)\s+)?(?P<v>{NAME})"
      rf"(?:\s*\(\d{{1,2}}\))?"  # "Tengo dos hijos, Elena (8) y Nico (5)": an age between
      rf"(?:\s+(?:y|et|und|e|en|i|och)\s+(?:(?:o|a|el|la|il|lo|der|die|den)\s+)?(?P<w>{NAME}))?")
def kin_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return _named_kin(KIN_ENGLISH[m.group("k").lower()], m, clause)


# The name first, whose it is in apposition: "Petey, our parakeet, loves that window", "a
# Pipoca (minha gata) tá andando no teclado", "Marge, my wife, says hi". The clause splitter
# cuts at those commas, so this reads whole sentences (``apposed_kin``), not clauses.
APPOSED_KIN = re.compile(
    rf"(?<![\w'])(?P<v>{NAME})(?:\s+(?:and|&)\s+(?P<w>{NAME}))?\s*(?:,\s*|\(\s*)"
    rf"(?:my|our|{FOREIGN_MINE})\s+"
    rf"(?:(?P<kind>(?:[a-z][\w-]+\s+){{0,2}}?(?P<k>{PETS}|{DOG_BREEDS}|{FAMILY})(?:s|es)?)|"
    rf"(?P<f>{KIN_FOREIGN}))"
    rf"\s*(?:[,)]|$)", F)


def apposed_kin(text: str) -> list[Candidate]:
    """The user's relatives and pets named before the words that say whose they are."""
    out: list[Candidate] = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        for m in APPOSED_KIN.finditer(sentence):
            if m.group("v").lower() in NAME_STOP or re.fullmatch(
                    rf"(?:{FAMILY}|{PETS})", m.group("v"), F):
                continue  # "Mom, my dog ate it"
            # "my border collie", "my tabby cat"; a plural in its singular ("(my twins)")
            said = sentence[m.start("kind"):m.end("k")].lower() if m.group("k") else ""
            kind = KIN_ENGLISH[m.group("f").lower()] if m.group("f") else \
                said if " " in said else "child" if said == "twin" else _animal(said)
            out.extend(_named_kin(kind, m, sentence))
    return out


# Polish drops the possessive: "Córka Zuzia ma urodziny za tydzień" opens with the user's
# own daughter; only at the start of a clause, where no one else's could be meant.
@rule(rf"^(?P<k>córka|syn|pies|kot|żona|mąż)\s+(?P<v>{NAME})(?:\s+i\s+(?P<w>{NAME}))?"
      rf"\s+(?:ma|jest|lubi|chce|chodzi|skończył|skończyła|kończy|idzie|był|była)\b")
def kin_polish_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return _named_kin(KIN_ENGLISH[m.group("k").lower()], m, clause)


# "mieszkam w Gdańsku z córką Zosią": who the user lives with, in the instrumental case; a
# name in "-ą" is given back in its plain form (Zosią -> Zosia, Anną -> Anna).
@rule(rf"\bmieszka(?:m|my)\b[^,.;]*?\bz(?:e)?\s+(?P<k>córką|synem|mężem|żoną|psem|kotem)\s+"
      rf"(?P<v>{NAME})(?:\s+i\s+(?P<w>{NAME}))?")
def lives_with_polish_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return _named_kin(KIN_ENGLISH[m.group("k").lower()], m, clause,
                      plain=lambda name: re.sub(r"ą$", "a", name))


def _named_kin(kind: str, m: re.Match[str], clause: str,
               plain: Callable[[str], str] = str) -> list[Candidate]:
    """One memory per name the match read (groups ``v`` and ``w``) for a relative or pet,
    the memory in its ``plain`` form (a case ending taken off), the value as said."""
    said = m.groupdict()
    names = [n for n in (said["v"], said.get("w")) if n and n.lower() not in NAME_STOP]
    return [_fact(f"Has {article(kind)} {kind} named {plain(name)}", "personal", name, clause)
            for name in names]

@rule(rf"\b(?P<k>{'|'.join(sorted(KIN_SUFFIXED, key=len, reverse=True))})"
      # "bir kedimiz var, adı Tarçın": "there is", then its name
      rf"(?:\s+var\b)?,?(?:\s+(?:namanya|bernama|yang bernama|adı|ismi|nama(?:nya)?)\b)?,?\s+"
      rf"(?P<v>{NAME})"
      rf"(?:\s+(?:dan|ve|ile)\s+(?P<w>{NAME}))?")
def kin_suffixed_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    """"kedim Pamuk" (Turkish: my cat Pamuk), "kucingku namanya Oyen" (Indonesian)."""
    return _named_kin(KIN_SUFFIXED[m.group("k").lower()], m, clause)

@rule(r"\bI(?:'m| am) (?P<v>\d{1,3})(?:\s+(?:years old|yo|y/o)\b|(?=\s*(?:,|$|\bif\b|"
      r"\band\b)))")
def age_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    value = m.group("v")
    if not 10 <= int(value) <= 110 or re.search(r"\b(?:like|as if|as though)\s*$",
                                                 clause[:m.start()], F):
        return []  # "explain TCP like I'm 10": the idiom, not an age
    return [_fact(f"Is {value} years old", "personal", value, clause, "age")]

@rule(r"\bmy birthday is (?:on )?(?P<v>[\w ,]+)|\bI was born (?:in|on) (?P<w>[\w ,]+)")
def birthday_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if m.group("v"):
        return [_fact(f"Birthday is {_trim(m.group('v'))}", "personal", _trim(m.group("v")),
                      clause, "birthday")]
    return [_fact(f"Was born in {_trim(m.group('w'))}", "personal", _trim(m.group("w")),
                  clause, "birthplace")]


# "two boys, Kai and Ari", "twins, Leo and Mara", "three hens (Henrietta, Peck and Lady
# Cluck)", "Dad of three here (Mia 12, Jonah 9, Rosie 4)": a group of the user's own children
# or animals, then their names.
# The age said after a child's name: "Mia 12", "Nikau who's 9", "Leo, aged 4".
_AGED = r",?\s+(?:(?:who's|who is|aged?)\s+)?\d+"
GROUP_KIND = {"boys": "son", "sons": "son", "girls": "daughter", "daughters": "daughter",
              "kids": "child", "children": "child", "twins": "child", "three": "child",
              "two": "child", "four": "child", "dogs": "dog", "cats": "cat", "hens": "hen",
              "chickens": "chicken", "puppies": "puppy", "kittens": "kitten",
              "rabbits": "rabbit"}
_NAMED = rf"{NAME}(?:\s+{NAME})?(?:{_AGED})?"
# "two budgies", "our guinea pigs", "three finches": any pet word in the plural
PET_PLURALS = "|".join(sorted((w + ("es" if w.endswith(("ch", "sh")) else "s")
                               for w in PETS.split("|") if not w.endswith("fish")),
                              key=len, reverse=True))


@rule(rf"(?:\b(?:I|we)(?:'ve| have)?\s+(?:got\s+)?(?:have\s+)?|\b(?:my|our)\s+|"
      rf"\b(?:dad|mom|mum|mother|father|parent) (?:of|to)\s+)"
      rf"(?:(?:two|three|four|five|\d)\s+)?(?:(?:little|young|grown|lovely)\s+)?"
      rf"(?P<k>boys|sons|girls|daughters|kids|children|twins|puppies|{PET_PLURALS}|"
      rf"(?<=of )(?:two|three|four)|(?<=to )(?:two|three|four))"
      rf"(?:\s+here)?(?:\s*[,(:!—–-]+\s*|\s+(?=(?-i:[A-Z])))(?P<names>{_NAMED}(?:\s*,\s*{_NAMED})*"
      rf"(?:\s*,?\s+(?:and|&)\s+{_NAMED})?)")
def named_group_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    kind = m.group("k").lower()
    return _group(GROUP_KIND.get(kind) or kind.removesuffix("es" if kind.endswith("ches") or
                                                         kind.endswith("shes") else "s"),
                  m.group("names"), clause)


def _group(kind: str, names: str, clause: str) -> list[Candidate]:
    """One relative or pet of ``kind`` per name of a list ("Kai and Ari", "Ollie, Finn")."""
    parts = [re.sub(rf"(?:{_AGED}|\s*\(\d{{1,2}}\))$", "", n).strip()
             for n in re.split(r"\s*,\s*|\s+(?:and|&)\s+", names)]
    return [_fact(f"Has {article(kind)} {kind} named {name}", "personal", name, clause)
            for name in parts if name and name.lower() not in NAME_STOP and
            not name.isdigit()]  # "Mateo and Leo, 7 and 4": the ages are no names


# Children or pets by name after how many there are, in a clause about the user: "with three
# kids — Ollie, Finn and Matilda", "with two cats (Haggis and Neep)", "twins, Milo and Jude",
# "mum to Isla and Jack".
@rule(rf"(?:(?:\b(?:with|have|got)\s+(?:my\s+|our\s+)?|,\s*)(?:two|three|four|five|\d)\s+"
      rf"(?P<k>kids|children|sons|daughters|boys|girls|cats|dogs|rabbits)|(?:\bwith\s+)?"
      rf"\b(?P<t>twins)|\b(?:mum|mom|mother|dad|father|mama|papa)\s+(?:to|of))"
      # each name may carry its age: "two kids, Matteo (7) and Giulia (4)"
      rf"\s*(?:[,(:—–-]\s*)?(?P<v>{NAME}(?:\s*\(\d{{1,2}}\))?(?:\s*(?:,|and|&)\s*{NAME}"
      rf"(?:\s*\(\d{{1,2}}\))?)*)")
def children_by_name_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if not re.search(r"\b(?:I|I'm|I've|we|we're|we've|me)\b", clause[:m.start()], F):
        return []  # "my friend has two cats, Tom and Jerry": someone else's
    if m.group("t") is None and m.group("k") is None and not re.search(
            r"\b(?:I'm|I am|im)\b", clause[:m.start()], F):
        return []  # "mum to Isla and Jack" is the user's only in "I'm a ... mum to ..."
    return _group(GROUP_KIND.get((m.group("k") or "").lower(), "child"), m.group("v"), clause)


# "I'm a firefighter in Denver, married to Luis": the user's spouse by name.
@rule(rf"\b(?:I(?:'m| am)|I've been|,)\s+(?:(?:happily|newly|now)\s+)?married to\s+"
      rf"(?P<v>{NAME})\b")
def married_to_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    if not re.search(r"\bI\b|\bI'm\b", clause[:m.end()], F):
        return []
    return [_fact(f"Is married to {m.group('v')}", "personal", m.group("v"), clause)]


# Tagalog puts "my" / "our" after the word: "anak ko si Migo", "may anak akong si Migo",
# "yung aso namin si Bantay"; Vietnamese names with "tên": "con gái mình tên Bông".
TAGALOG_KIN = {"anak": "child", "aso": "dog", "pusa": "cat", "asawa": "partner"}
VIETNAMESE_KIN = {"con gái": "daughter", "con trai": "son", "con": "child", "chó": "dog",
                  "mèo": "cat", "vợ": "wife", "chồng": "husband", "bé": "child"}


@rule(rf"\b(?P<k>anak|aso|pusa|asawa)\s+(?:ko|namin|natin|akong|kong)\s+(?:na\s+)?si\s+"
      rf"(?P<v>{NAME})(?:\s+(?:at|tsaka)\s+si\s+(?P<w>{NAME}))?")
def kin_tagalog_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return _named_kin(TAGALOG_KIN[m.group("k").lower()], m, clause)


@rule(rf"\b(?P<k>con gái|con trai|con|chó|mèo|vợ|chồng|bé)\s+(?:của\s+)?(?:nhà\s+)?"
      rf"(?:mình|tôi|em|tớ)\s+(?:tên|tên là|là)\s+(?:bé\s+)?(?P<v>{NAME})")
def kin_vietnamese_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return _named_kin(VIETNAMESE_KIN[m.group("k").lower()], m, clause)


# Romanian: "avem o fetiță, Ioana, de 6 ani și un ciobănesc german pe nume Rex".
ROMANIAN_KIN = {"fetiță": "daughter", "fiică": "daughter", "fată": "daughter",
                "băiețel": "son", "băiat": "son", "fiu": "son", "câine": "dog",
                "cățel": "dog", "cățeluș": "dog", "ciobănesc": "dog", "pisică": "cat",
                "pisicuță": "cat", "motan": "cat"}


@rule(rf"\b(?:am|avem|și)\s+(?:o|un)\s+(?P<k>{'|'.join(ROMANIAN_KIN)})(?:\s+(?-i:[a-zăâîșț]+))?"
      rf"(?:\s*,\s*|\s+(?:pe nume|numit|numită|care se numește)\s+)(?P<v>{NAME})")
def kin_romanian_rule(m: re.Match[str], clause: str) -> list[Candidate]:
    return _named_kin(ROMANIAN_KIN[m.group("k").lower()], m, clause)
