"""Family news as people break it: a baby born and named, a new partner named after the news,
an engagement, a child by age ("a 2 year old (Elif)").

"Por fin nació Mateo!!", "è nata Giulia!!!", "Urodziła się nasza córeczka Zosia!", "I have a
new boyfriend 🙈 his name's Marco", "WE'RE ENGAGED 💍 Priya said yes", "Kuba mi się
oświadczył!!!". The news comes first and the name after an exclamation or an emoji, where
the clause splitter has already cut, so these read whole sentences (as ``apposed_kin``).
Someone else's news ("è nata la figlia di Marco", "my sister's baby was born") is not the
user's: a word for another person before the name vetoes it.
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.extractors.rules.builders import _fact
from agent.memory.extractors.rules.patterns import NAME, NAME_STOP, F
from agent.memory.lexicon import KIN_ENGLISH, OTHER_PEOPLE
from agent.memory.phrasing import article

# Born, in the languages the rules read; the ending says a girl or a boy where it can.
BORN = (r"naci[óo]|nacieron|naceu|nasceu|nasceram|(?:è|e) nat[oa]|sono nat[ie]|est née?|"
        r"sont nés|(?:ist|sind) geboren|(?:wurde|wurden) geboren|urodził(?:a)? się|"
        r"urodzili się|is geboren|zijn geboren|föddes|is here|has arrived|arrived|was born|"
        r"were born")
GIRL = re.compile(r"nata|née|urodziła", F)
BOY = re.compile(r"nato|(?<!\w)né(?!\w)|urodził(?!a)", F)
OURS = (r"(?:our|my|nuestr[oa]|nossa|nosso|la nostra|il nostro|notre|unser[e]?|nasza|nasz|onze|"
        r"vår|vårt)")
BABY_WORDS = {"córeczka": "daughter", "córka": "daughter", "synek": "son", "syn": "son",
              "hijita": "daughter", "hijito": "son", "bimba": "daughter", "bimbo": "son",
              "bambina": "daughter", "bambino": "son", "baby": "baby", "son": "son",
              "daughter": "daughter", "boy": "son", "girl": "daughter", "twins": "child",
              "little girl": "daughter", "little boy": "son", "baby girl": "daughter",
              "baby boy": "son"}
BABY = "|".join(sorted([*BABY_WORDS, *KIN_ENGLISH], key=len, reverse=True))
NAMES = rf"(?P<v>{NAME})(?:\s+(?:and|y|e|et|und|i|en|och|&)\s+(?P<w>{NAME}))?"
BORN_THEN_NAME = re.compile(
    rf"\b(?P<verb>{BORN})\b[\s!.🎉🥰😍❤️💙💗👶]*(?:{OURS}\s+)?(?:(?P<k>{BABY})\s+)?{NAMES}", F)
NAME_THEN_BORN = re.compile(
    rf"(?:^|[!.,]\s*|\b{OURS}\s+(?:(?P<k>{BABY})\s+)?)(?:(?:baby|little)\s+)?{NAMES}\s+"
    rf"(?P<verb>{BORN})\b", F)
# Whose: another person before the name ("la figlia di Marco", "my sister's baby").
SOMEONE_ELSES = re.compile(
    rf"\b(?:{OTHER_PEOPLE}|su|sua|suo|seine?|ihre?|jej|jego|sa|son|ses|his|her|their|di|de|"
    rf"hermana|hermano|irmã|irmão|sorella|fratello|sœur|frère|schwester|bruder|siostr\w*|"
    rf"brat\w*|amig[oa]s?|amic[oa]|amie?|freund\w*|przyjaci\w*)\b|['’]s\b", F)
OWN_HOUSEHOLD = re.compile(r"\b(?:my|our|mi|mia|mio|ma|mon|meine?|moja|mój|wife|husband|"
                           r"partner|mujer|marido|compagna|compagno|moglie|marito)\b", F)

NEW_PARTNER = re.compile(
    rf"\b(?:(?:I|we)(?:'ve| have)?\s+(?:got\s+)?(?:have\s+)?(?:a\s+)?|my\s+)(?:new\s+)?"
    rf"(?P<k>boyfriend|girlfriend|partner|fiancée?|puppy|kitten|dog|cat)\b[^.?!]{{0,40}}?\b"
    rf"(?:his|her|its|their) name(?:'s|\s+is)\s+(?P<v>{NAME})", F)
# "my new bf Marco" (not "my gf, Toby, and I": a list, the comma right after the word)
BF_GF = re.compile(rf"\bmy\s+(?:new\s+)?(?P<k>bf|gf)\s+(?P<v>{NAME})\b(?!\s*,)", F)
# A child by age, named in brackets or after a comma: "I've got a 2 year old (Elif) at home",
# "my 5-year-old, Mia, ..."
AGES = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
AGED_CHILD = re.compile(
    rf"\b(?:(?:I've|I have|we've|we have|I|we)\s+(?:got\s+)?(?:a|an|one)|my|our)\s+{AGES}"
    rf"[- ](?:year|yr|month)s?[- ]old\s*(?:\(\s*|,\s*)(?P<v>{NAME})\s*[),]", F)
ENGAGED = re.compile(r"\bengaged\b|\bproposed\b|💍|\bring\b|zaręcz|comprometid|fidanzat|"
                     r"verlobt|fiancé", F)
SAID_YES = re.compile(rf"(?:^|[!.,]\s*|\s)(?P<v>{NAME}) said yes\b|"
                      rf"(?P<w>{NAME}) (?:mi się|se me|mi ha|m'a) (?:\w+ )?"
                      rf"(?:oświadczył|declaró|chiesto di sposarlo|demandée? en mariage)", F)


def family_news(text: str) -> list[Candidate]:
    """The user's new baby, partner or fiancé(e) by name, read sentence by sentence."""
    # news ends in "!!!" before the name ("Nasceram!!! Helena e Bento"): births read on
    # through it
    out = [c for sentence in re.split(r"(?<=[.?])\s+", text) for c in _births(sentence)]
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        for m in NEW_PARTNER.finditer(sentence):
            kind = m.group("k").lower()
            out.append(_kin(kind if kind in {"puppy", "kitten", "dog", "cat"} else
                            "partner" if kind.startswith("fianc") else kind,
                            m.group("v"), sentence))
        out.extend(_kin("boyfriend" if m.group("k").lower() == "bf" else "girlfriend",
                        m.group("v"), sentence) for m in BF_GF.finditer(sentence))
        out.extend(_kin("child", m.group("v"), sentence) for m in AGED_CHILD.finditer(sentence))
        if ENGAGED.search(text):
            out.extend(_kin("partner", m.group("v") or m.group("w"), sentence)
                       for m in SAID_YES.finditer(sentence))
    return [c for c in out if c.value.lower() not in NAME_STOP]


def _births(sentence: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in [*BORN_THEN_NAME.finditer(sentence), *NAME_THEN_BORN.finditer(sentence)]:
        before = sentence[:m.start("v")]
        said = (m.group("k") or "").lower()
        english_verb = re.match(r"is|has|arrived|was|were", m.group("verb"), F)
        if SOMEONE_ELSES.search(before) and not OWN_HOUSEHOLD.search(before[-30:]) or \
                english_verb and not re.search(rf"\b{OURS}\b|\bwe\b", sentence, F):
            continue  # "è nata la figlia di Marco", "Mateo was born" of anyone's
        if english_verb and not said and not re.search(r"\bbaby\b|\blittle\b", sentence, F):
            continue  # "Sam has arrived": a guest
        kind = BABY_WORDS.get(said) or KIN_ENGLISH.get(said) or (
            "daughter" if GIRL.search(m.group("verb")) else
            "son" if BOY.search(m.group("verb")) else "child")
        if m.group("w"):
            kind = "child" if kind in {"baby", "daughter", "son"} else kind
        if kind == "baby":
            kind = "child"
        out.extend(_kin(kind, name, sentence) for name in (m.group("v"), m.group("w")) if name)
    return out


def _kin(kind: str, name: str, sentence: str) -> Candidate:
    return _fact(f"Has {article(kind)} {kind} named {name}", "personal", name, sentence)


HERE = re.compile(r"\b(?P<p>she|he)(?:'s| is) (?:finally |officially )?here\b", F)
BORN_NAME = re.compile(rf"^\s*(?P<v>{NAME}(?:\s+{NAME})?)\s*(?:,\s*|\s+(?:was\s+)?)born\b")


def born_after_here(sentence: str, following: list[str]) -> list[Candidate]:
    """"she's here!! Lily, born 2 weeks ago": the child named in the next sentence (read by
    ``changes.change_candidates``, which walks the message's sentences)."""
    here = HERE.search(sentence)
    named = BORN_NAME.match(following[0]) if here and following else None
    if not here or not named:
        return []
    kin = "daughter" if here.group("p").lower() == "she" else "son"
    return [_fact(f"Has a {kin} named {named.group('v')}", "personal", named.group("v"),
                  f"{sentence.strip()} {following[0].strip()}")]
