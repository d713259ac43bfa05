"""A relative's or pet's name the span reader found where no rule read one.

The rules read "my dog Bruno" and "I have a cat called Miso"; people also write "my dog (a
beagle called Fig) ate a grape", "we just got a puppy!! a beagle called Biscuit", "our
toddler Asha", "the kitten is officially called Bean now". The span reader, trained on the
labelled messages, tells a pet's or relative's name from the user's own name, a friend's name
or a place; the clause classifier judges whether the clause is about the user's family at all.
What neither learns well from a few hundred examples is whose relative it is and what the
relation is, so that stays with the words of the message: the kin or pet word nearest before
the name (or the one the assistant just asked about), and no one else's ("my friend Jake has a
dog called Rolo", "my sister's cat Tigger").
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.lexicon import DOG_BREEDS, FAMILY, KIN_ENGLISH, KIN_FOREIGN, PETS
from agent.memory.phrasing import article

# Words for a child or a pet that the rules' kin lists leave out, with the word a memory uses.
MORE_KIN = {"toddler": "child", "youngest": "child", "oldest": "child", "eldest": "child",
            "middle one": "child", "little one": "child", "newborn": "baby", "kiddo": "child",
            "stepkid": "child", "valp": "puppy", "kattunge": "kitten",
            "welpe": "puppy", "chiot": "puppy", "chaton": "kitten", "cucciolo": "puppy",
            "cachorrito": "puppy", "gatinho": "kitten", "gattino": "kitten",
            "morčata": "guinea pig", "morče": "guinea pig", "pes": "dog", "kočka": "cat"}
KIN_WORD = re.compile(
    rf"\b(?P<k>{'|'.join(sorted(MORE_KIN, key=len, reverse=True))}|{KIN_FOREIGN}|"
    rf"(?:{PETS}|{DOG_BREEDS}|{FAMILY})(?:s|es)?|children|grandchildren|puppies|babies)\b",
    re.IGNORECASE)
# Someone else's: "my friend Jake has a dog called Rolo", "her cat", "my sister's dog Max".
OTHERS = re.compile(r"\b(?:friend|friends|boss|coworker|co-worker|colleague|manager|neighbou?r|"
                    r"roommate|flatmate|classmate|teacher|client|customer|cousin|uncle|aunt|"
                    r"nephew|niece|teammate|landlord|doctor|professor|buddy|pal|mentor|coach|"
                    r"his|her|their|your|ur|he has|she has|they have)\b|"
                    r"\b(?!(?:he|she|it|that|what|who|there|here|where|let)['’])\w+['’]s\s+"
                    r"(?:\w+\s+)?$",
                    re.IGNORECASE)
FOREIGN_OTHERS = re.compile(r"\b(?:amig[oa]s?|ami|amie|freund(?:in)?|amic[oa]|vriend(?:in)?|"
                            r"vecin[oa]|voisin(?:e)?|nachbar(?:in)?|vicin[oa]|buur(?:vrouw)?|"
                            r"su|sus|sa|ses|sein|seine|ihr|ihre|suo|sua|zijn|haar)\b",
                            re.IGNORECASE)

# A name is not governed by a preposition ("starts school in September", "back from Rome").
AFTER_PREPOSITION = re.compile(r"\b(?:in|on|at|by|since|until|till|from|to|for|of|into|near|"
                               r"during|before|after)\s+$", re.IGNORECASE)


def relation(clause: str, at: int, end: int, earlier: str, previous_assistant: str | None
             ) -> str | None:
    """The relation the name at ``clause[at:end]`` is named as: the kin or pet word just
    before it ("our toddler Asha", "a beagle called Fig", "the kitten is officially called
    Bean"); where the clause has none, the one of the message's earlier clauses ("we just got
    a puppy!! a beagle called Biscuit") or of the assistant's question ("How old are your
    kids?"), for a name the clause gives ("she's called Mochi"). ``None`` when there is none,
    when the words before the name make it someone else's, or when the name is one of a list
    of people ("My girlfriend, Toby and I are going camping")."""
    before = clause[:at]
    if OTHERS.search(before) or FOREIGN_OTHERS.search(before) or \
            AFTER_PREPOSITION.search(before) or AND_I.match(clause, end):
        return None
    words = _kin_words(before)
    if words:
        last_end, word = words[-1]
        return word if NAMING_GAP.fullmatch(before[last_end:]) else None
    if not GIVES_NAME.search(before):
        return None  # "They're all mutts. Two of them are Jack Russell mixes"
    for text in (earlier, previous_assistant or ""):
        words = _kin_words(text)
        if words:
            return words[-1][1]
    return None


# "dad of three girls", "mum of 2", "mother to twins": the user is the parent, and the names
# that follow are the children's.
PARENT_OF = re.compile(r"\b(?:mum|mom|mother|mama|momma|dad|father|papa|parent|single mum|"
                       r"single mom|single dad)\s+(?:of|to)\s+(?:\d+|one|two|three|four|five|"
                       r"six|twins|triplets)\b(?:\s+(?:little\s+|young\s+|teenage\s+)?"
                       r"(?P<c>girls|boys|daughters|sons|kids|children))?", re.IGNORECASE)
CHILDREN_OF = {"girls": "daughter", "daughters": "daughter", "boys": "son", "sons": "son"}


def _kin_words(text: str) -> list[tuple[int, str]]:
    """The kin and pet words of ``text`` in order, as (end, the word a memory uses)."""
    parents = list(PARENT_OF.finditer(text))
    words = [(m.end(), CHILDREN_OF.get((m.group("c") or "").lower(), "child"))
             for m in parents]
    words += [(m.end(), _english(m.group("k").lower())) for m in KIN_WORD.finditer(text)
              if not any(p.start() <= m.start() < p.end() for p in parents)]
    return sorted(words)


# "called" in the other languages: "uma gata chamada Pipoca", "Mój pies ma na imię Burek".
CALLED = (r"chamad[oa]s?|llamad[oa]s?|nommée?s?|chiamat[oa]|genaamd|namens|bernama|namanya|"
          r"ma na imię|mają na imię|pe nume|se numește|jménem")
# Between a kin word and the name: "dog Bruno", "beagle called Fig", "(a beagle called Fig)"
# reads back to "dog", "kitten is officially called Bean", "toddler, Asha".
NAMING_GAP = re.compile(r"(?:\s+(?:mix|cross|puppy|pup|kitten|girl|boy))?"
                        r"[\s,(:—–-]*(?:(?:is|was|'s|’s)\s+)?(?:(?:officially|now|actually|"
                        r"already|just)\s+)*(?:(?:named|called|heet|heten|hei(?:ß|ss)t|"
                        r"se llama|s'appelle|si chiama|se chama|som heter|heter|jmenuje se|"
                        rf"jmenují se|{CALLED})\s+)?", re.IGNORECASE)
# A clause that gives a name without saying whose: "she's called Mochi", "jmenují se Pepík",
# "Ava is 4 and Noah just turned 1".
GIVES_NAME = re.compile(r"(?:^|\band\s+|\b(?:named|called|heet|heten|hei(?:ß|ss)t|se llama|"
                        r"s'appelle|si chiama|se chama|heter|jmenuje se|jmenují se|name is|"
                        rf"name's|{CALLED})\s+)$",
                        re.IGNORECASE)
AND_I = re.compile(r"\s*,?\s*(?:and|&)\s+(?:I|me)\b", re.IGNORECASE)


def kin_candidate(kind: str, name: str, clause: str) -> Candidate:
    """The memory for a relative or pet by name, worded as the rules word theirs."""
    return Candidate(text=f"Has {article(kind)} {kind} named {name}", category="personal",
                     value=name, clause=clause)


def _english(word: str) -> str:
    """The word a memory uses: "perra" -> dog, "kids" -> child, "beagle" -> beagle dog."""
    if word in MORE_KIN or word in KIN_ENGLISH or word in PLURAL:
        word = MORE_KIN.get(word) or KIN_ENGLISH.get(word) or PLURAL[word]
    elif not BASE_WORD.fullmatch(word) and BASE_WORD.fullmatch(word[:-1]):
        word = word[:-1]  # "dogs", "kids"
    elif not BASE_WORD.fullmatch(word) and BASE_WORD.fullmatch(word[:-2]):
        word = word[:-2]  # "bunnies" aside, "-es" plurals ("finches")
    if re.fullmatch(DOG_BREEDS, word, re.IGNORECASE):
        return f"{word} dog"
    return "child" if word == "kid" else word


BASE_WORD = re.compile(rf"(?:{PETS}|{DOG_BREEDS}|{FAMILY})", re.IGNORECASE)
PLURAL = {"children": "child", "grandchildren": "grandchild", "puppies": "puppy",
          "babies": "baby"}
