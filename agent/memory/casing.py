"""Names written in lower case, by people who write everything in lower case.

"heyyy im priyanka 👋 nurse at st columba's in glasgow", "my cat biscotti knocked my coffee
over": the rules and the span reader find a name by its capital, and a writer who never
uses capitals gives them none. In such a message (no capitalised word anywhere but at a
sentence's start or in "I"), a word gets its capital back where a name is expected and the
word is rare in English (``wordfreq``: "im priyanka" but not "im tired", "my cat biscotti" but
not "my cat keeps"), and a known town after "in", "from"... (``gazetteer``) unless the word is
a common one ("in march", "in nice"). Only the first letter changes, so the message keeps
its length and every position in it: the policy reads the same clauses the extractor read.
"""

from __future__ import annotations

import re
from functools import cache

from agent.memory.gazetteer import BIG_TOWN, population
from agent.memory.lexicon import FAMILY, PETS

# How common (Zipf scale: 7 is "the", 3 is once per million words) a word may be and still be
# read as a name here: "priyanka" 2.7, "biscotti" 2.3, "lena" 3.6; "tired" 4.7, "keeps" 4.7.
RARE = 3.9
# A big town may be a more common word ("glasgow" 4.2, "paris" 4.9), never a very common one
# ("nice" 5.3).
TOWN_COMMON = 5.2

# Where the user's own name follows: "my name is caio", "call me teddy".
NAME_AFTER = re.compile(r"(?:^|(?<=[\s,.!?]))(?:my name is|my name's|name's|call me|"
                        r"this is)\s+(?P<w>[a-zà-ÿ]+)\b(?!')")
# "im" is followed as often by what the user is ("im vegetarian btw", "im knackered"): a name
# there after a greeting ("heyyy im priyanka"), or one far rarer than any such word.
IM_AFTER = re.compile(r"(?P<hi>\b(?:h+i+|hey+|hell+o+|hiya|heya|yo|hai|hallo|hola|ciao|"
                      r"namaste|salut)\b[\W_]*)?(?:^|(?<=[\s,.!?]))(?:i'?m|i am)\s+"
                      r"(?P<w>[a-zà-ÿ]+)\b(?!')")
VERY_RARE = 3.0
# Where a relative's or a pet's name follows: "my daughter ines", "our dog named waffles".
KIN_AFTER = re.compile(rf"\b(?:my|our)\s+(?:little\s+|baby\s+|new\s+|old\s+|youngest\s+|"
                       rf"oldest\s+|eldest\s+)?(?:{FAMILY}|{PETS}|bf|gf|hubby)\s+"
                       rf"(?:(?:named|called)\s+)?(?P<w>[a-zà-ÿ]+)\b(?!')")
# Where a town follows, one or two words: "in glasgow", "from san diego".
TOWN_AFTER = re.compile(r"\b(?:in|from|to|near|around|outside|based in|live in)\s+"
                        r"(?P<w>[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+)?)\b")
# A verb, an adverb or an adjective in the name's place: "my son renamed", "im vegetarian".
NOT_A_NAME = re.compile(r".*(?:ed|ing|ly|ian|ist|ive|ous|ful|less|able|ible|ic|al|ish|ese)$")
CAPITALISED = re.compile(r"\b[A-ZÀ-Þ][\w'’-]*")
SENTENCE_START = re.compile(r"(?:^|[.!?\n]\s*)$")


def restore_case(message: str) -> str:
    """The message with the capitals of the names it holds, if its writer uses none;
    otherwise the message as it is (see the module's docstring)."""
    if not _all_lower(message):
        return message
    chars = list(message)
    for pattern in (NAME_AFTER, KIN_AFTER, IM_AFTER):
        for match in pattern.finditer(message):
            word = match.group("w")
            rare = VERY_RARE if pattern is IM_AFTER and not match.group("hi") else RARE
            if not NOT_A_NAME.match(word) and _zipf(word) < rare:
                chars[match.start("w")] = word[0].upper()
    for match in TOWN_AFTER.finditer(message):
        words = match.group("w")
        two = (population(words) or 0) >= BIG_TOWN and " " in words
        town = words if two else words.split()[0]
        if _town(town):
            for at in [match.start("w"), *([match.start("w") + words.index(" ") + 1]
                                           if two else [])]:
                chars[at] = chars[at].upper()
    return "".join(chars)


def _all_lower(message: str) -> bool:
    """Whether no word is capitalised but "I" ("I'm", "I've") and a sentence's first."""
    for match in CAPITALISED.finditer(message):
        word = match.group(0)
        if re.fullmatch(r"I(?:['’](?:m|ve|d|ll))?", word):
            continue
        if SENTENCE_START.search(message[:match.start()]):
            continue
        return False
    return True


def _town(name: str) -> bool:
    """A known town whose name is not a common word ("in march" is a month)."""
    people = population(name) or 0
    if not people:
        return False
    common = _zipf(name)
    return common < RARE or people >= BIG_TOWN and common < TOWN_COMMON


@cache
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # ~0.3 s on first use; never at import

    return float(zipf_frequency(word, "en"))


def warm() -> None:
    """Load the word frequencies now (at start), not in the first message that needs them."""
    _zipf("warm")
