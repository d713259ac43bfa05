"""The write policy: deterministic rules applied after extraction, whatever the extractor.

An extractor proposes; this module decides. It rejects secrets always, sensitive facts
without explicit consent, and facts whose clause is temporary, hypothetical, quoted, a joke,
about someone else, or never said by the user. Nothing here calls a model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agent.memory.candidates import Candidate
from agent.memory.lexicon import OTHER_PEOPLE
from agent.memory.offline import normalize
from agent.memory.secrets import find_secrets

F = re.IGNORECASE

TEMPORARY = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening|week|weekend|"
    r"month|time|once)|right now|for now|at the moment|for the moment|just for now|"
    r"for (?:this|the) (?:chat|conversation|session|answer|reply|response|thread|task|question|"
    r"email|message|one|document|draft|trip)|in (?:this|your next|the next) (?:answer|reply|"
    r"response|chat|conversation|message)|just this once|only this time|only for now|"
    r"for the next (?:\w+ )?(?:minutes?|hours?|answers?|replies|messages)|until (?:tomorrow|"
    r"tonight|later)|hoy|ce soir|aujourd'hui|heute|oggi|hoje|pour cette conversation|"
    r"para esta conversación|für diesen chat)\b",
    F,
)
# When a lasting change happened is not a time limit on it: "started at KPMG this week!" is
# a new employer, "moved to Bristol yesterday" a new home. Only that phrase is ignored, so a
# real limit elsewhere ("for now") still makes the clause temporary.
EVENT_TIME = re.compile(r"\b(?:started|joined|moved|relocated|began|got hired|switched)\b"
                        r"[^.?!]*?\s*\b(?:today|yesterday|this (?:morning|week|"
                        r"weekend|month))\b", F)
FICTION = re.compile(
    r"\b(?:imagine|pretend|let's say|lets say|suppose|supposing|hypothetically|what if|"
    r"if I (?:were|was|had|became)|in (?:my|a|the) (?:story|novel|book|game|script|"
    r"screenplay|poem|dream|fanfic|campaign|fiction)|my character|role-?play|roleplaying|"
    r"once upon a time|write (?:a|me a) (?:story|poem|scene|dialogue)|the (?:hero|protagonist|"
    r"villain)|as a (?:game|joke)|in character|for a story|character named|"
    r"playing (?:a|the) (?:role|character)|write\b[^.?!]{0,40}\b(?:story|poem|scene|novel|"
    r"dialogue|script|screenplay|tale|monologue)|in (?:the )?first person|"
    r"(?:une|una|uma|eine|ein) (?:histoire|historia|história|geschichte|storia|cuento|"
    r"conto|poème|poema|gedicht|roman|novela))\b",
    F,
)
JOKE = re.compile(r"\b(?:jk|j/k|just kidding|just joking|kidding|not really|lmao jk|"
                  r"(?:lol|haha)\s+(?:jk|no)|obviously not)\b", F)
OTHERS = re.compile(rf"\b(?:my|our|a|his|her|their)\s+(?:best\s+|old\s+|new\s+)?"
                    rf"(?:{OTHER_PEOPLE})(?:'s)?\b|^(?:he|she|they|his|her|their)\b|"
                    rf"\b(?:he|she|they)(?:'s| is| are| loves?| likes?| lives?| works?)\b", F)
REPORTED = re.compile(r"\b(?:said|says|told me|asked me|wrote|quote|quoting|tweeted|"
                      r"according to)\b", F)
CODE_LIKE = re.compile(r"[{}=<>]|\bdef |\breturn\b|\(\w*,\s*\w*\)|```")

SENSITIVE = re.compile(
    r"\b(?:diabet\w*|cancer|asthma|allerg\w*|epilep\w*|migraines?|hiv|aids|hepatitis|"
    r"celiac|coeliac|lactose intoleran\w*|intoleran\w*|medication|medicine|meds|prescri\w*|insulin|"
    r"antidepressants?|sertraline|prozac|zoloft|lexapro|adderall|ritalin|xanax|ozempic|"
    r"diagnos\w*|disorder|depress\w*|anxiety|adhd|autis\w*|bipolar|ptsd|ocd|schizo\w*|"
    r"therapy|mental health|pregnan\w*|miscarriage|chemo\w*|surgery|disabilit\w*|chronic|"
    r"illness|disease|blood pressure|cholesterol|std|sti|"
    r"christian|catholic|protestant|muslim|islam\w*|jewish|judaism|hindu\w*|buddhis\w*|"
    r"sikh|atheist|agnostic|mormon|church|mosque|synagogue|temple|pray\w*|kosher|halal|"
    r"religio\w*|gay|lesbian|bisexual|queer|homosexual|heterosexual|asexual|pansexual|"
    r"transgender|trans (?:man|woman|person)|non-?binary|genderqueer|genderfluid|"
    r"democrat\w*|republican\w*|conservative|liberal|labour|tory|socialist|communist|"
    r"libertarian|left-wing|right-wing|vote[ds]?|voting|political party|"
    r"ethnicity|ethnic|race|hispanic|latino|latina|african american|caucasian|"
    r"criminal record|convicted|conviction|felony|arrested|prison|jail|probation|"
    r"salary|income|earn\w*|net worth|debt|owe|mortgage|credit score|savings|bankrupt\w*|"
    r"\$\s?\d[\d,.]*k?|\d[\d,.]*\s?(?:dollars|euros|pounds|usd|eur|gbp)|"
    r"gambl\w*|addict\w*|recovering|alcoholic|sober|sobriety|rehab|relapse\w*)\b",
    F,
)
# A job title is not sensitive ("prison officer"), unless it names a condition.
SENSITIVE_ROLE = re.compile(r"\b(?:gambl\w*|addict\w*|recovering|alcoholic|patient|survivor)\b",
                            F)
SECRET_WORDS = re.compile(
    r"\b(?:password|passcode|pin|api[ _-]?key|secret key|token|ssn|social security|"
    r"credit card|card number|iban|account number|routing number|passport number|cvv|"
    r"seed phrase|recovery (?:code|phrase|key)|private key|login|credentials?|"
    r"(?:door|gate|alarm|lock|entry|access|security|garage|safe) code|combination|"
    r"contraseña|mot de passe|passwort|kennwort|senha|parola d'ordine)\b",
    F,
)


@dataclass
class PolicyResult:
    """Accepted candidates (with their sensitive flag set) and why the others were refused."""

    accepted: list[Candidate] = field(default_factory=list)
    rejected: list[tuple[Candidate, str]] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)


def judge(candidates: list[Candidate], message: str, previous_assistant: str | None = None
          ) -> PolicyResult:
    """Apply every rule to every candidate of one user message."""
    result = PolicyResult()
    secrets = find_secrets(message)
    joking = bool(JOKE.search(message))
    explicit_secret = False
    for cand in candidates:
        reason = _reject_reason(cand, message, previous_assistant, bool(secrets), joking)
        if reason == "secret" and cand.explicit:
            explicit_secret = True
        if reason:
            result.rejected.append((cand, reason))
            continue
        if cand.op == "add" and _is_sensitive(cand):
            if not cand.explicit:
                result.rejected.append((cand, "sensitive without explicit consent"))
                continue
            cand = cand.with_(sensitive=True, category="health" if cand.category == "other"
                              else cand.category)
        result.accepted.append(cand)
    if explicit_secret or (secrets and _asks_to_remember(message)):
        result.refusals.append(
            "I can't store passwords, keys, card or account numbers, or ID numbers, even when "
            "asked. Please keep them in a password manager."
        )
    return result


def _secret_in_reach(clause: str, message: str, has_secret: bool) -> bool:
    """Whether a secret shares the candidate's request. "Remember I'm allergic to X - and
    also remember my PIN is 1234" makes two requests: the PIN blocks only its own, so the
    consented allergy is kept. With one request, every word around a secret is refused."""
    starts = [m.start() for m in REQUEST.finditer(message)]
    at = message.find(clause) if clause else -1
    if len(starts) < 2 or at < 0 or clause == message:
        return has_secret or bool(SECRET_WORDS.search(message))
    lo = max([s for s in starts if s <= at], default=0)
    hi = min([s for s in starts if s > at], default=len(message))
    if at + len(clause) > hi:
        return True  # the clause runs into the next request
    segment = message[lo:hi]
    return bool(SECRET_WORDS.search(segment)) or any(
        s.start < hi and s.end > lo for s in find_secrets(message))


REQUEST = re.compile(r"\b(?:remember|save|store|note down|keep in mind)\b", F)


def _asks_to_remember(message: str) -> bool:
    return bool(re.search(r"\b(?:remember|save|store|keep|note)\b", message, F))


def _reject_reason(cand: Candidate, message: str, previous: str | None, has_secret: bool,
                   joking: bool) -> str | None:
    clause = cand.clause or message
    if cand.op == "delete":
        return None
    if SECRET_WORDS.search(cand.text) or SECRET_WORDS.search(clause) and cand.explicit:
        return "secret"
    if has_secret and any(cand.value and s.entity and cand.value in message[s.start:s.end]
                          or message[s.start:s.end] in cand.text for s in find_secrets(message)):
        return "secret"
    if cand.explicit and cand.category == "other" and _secret_in_reach(clause, message,
                                                                       has_secret):
        return "secret"  # never keep the words around a secret the user asked us to store
    if cand.topic:
        return _topic_reason(cand, message)
    if TEMPORARY.search(EVENT_TIME.sub(" ", clause)):
        return "temporary"
    if _fiction_before(clause, message):
        return "fiction or hypothetical"
    if joking and not cand.explicit:
        return "joke"
    if _about_someone_else(cand, clause):
        return "about someone else"
    if REPORTED.search(clause) or _only_quoted(cand.value, message):
        return "quoted or reported speech"
    if CODE_LIKE.search(cand.value):
        return "task context"
    if not _said_by_user(cand, message, previous):
        return "not said by the user"
    return None


LAUGH = re.compile(r"\b(?:lol|lmao|haha\w*|rofl|jk)\b|[\U0001F600-\U0001F64F\U0001F400-\U0001F4FF]",
                   F)


# Laughing while asking for help ("lost another chess game lol, how do I stop blundering")
# is self-deprecation, not a joke about the hobby.
HELP_SEEKING = re.compile(r"\?|\b(?:how (?:do|can|should) I|any (?:tips|ideas|advice)|"
                          r"help me)\b", F)


def _topic_reason(cand: Candidate, message: str) -> str | None:
    """Hobby evidence is weak by design (it needs a second chat); it only has to be sincere.

    A one-off time word ("tonight") does not make a topic less of a hobby, but fiction,
    other people's hobbies and laughing asides do not count as evidence.
    """
    if _fiction_before(cand.clause, message):
        return "fiction or hypothetical"
    if JOKE.search(message) or (LAUGH.search(message) and not HELP_SEEKING.search(message)):
        return "joke"
    if OTHERS.search(cand.clause) and not re.search(r"\b(?:I|I'm|my)\b", cand.clause):
        return "about someone else"
    return None


def _about_someone_else(cand: Candidate, clause: str) -> bool:
    """Someone else is the subject: a person is named before the fact's value, not after it.

    "My sister lives in Denver" is the sister's fact; "Living in Reykjavik with my partner"
    and "I work with my brother at Acme" are the user's.
    """
    if cand.category == "personal" and "named" in cand.text:
        return False
    match = OTHERS.search(clause)
    if not match:
        return False
    value_at = clause.lower().find(cand.value.lower()) if cand.value else -1
    if 0 <= value_at < match.end():
        return False
    before = clause[:match.start()]
    return not (re.search(r"\b(?:with|and|for|to)\s*$", before, F)
                and re.match(r"\s*I\b|\s*(?:I'm|I am|living|based|we)\b", clause, F))


def _fiction_before(clause: str, message: str) -> bool:
    """Fiction markers cover their clause and everything after them in the message."""
    if FICTION.search(clause):
        return True
    idx = message.find(clause[:30])
    prefix = message[:idx] if idx > 0 else ""
    return bool(FICTION.search(prefix))


def _only_quoted(value: str, message: str) -> bool:
    if not value:
        return False
    quoted = " ".join(re.findall(r"\"([^\"]*)\"|“([^”]*)”", message and message) and
                      [a or b for a, b in re.findall(r"\"([^\"]*)\"|“([^”]*)”", message)])
    outside = re.sub(r"\"[^\"]*\"|“[^”]*”", " ", message)
    low = value.lower()
    return low in quoted.lower() and low not in outside.lower()


def _said_by_user(cand: Candidate, message: str, previous: str | None) -> bool:
    """The fact's value must come from the user, or from an assistant line they confirmed.

    The message is compared normalised too ("tryna" -> "trying to"), and a value rebuilt from
    a question and its short answer passes when each of its words was said by one of the two.
    """
    if cand.topic or cand.category == "other" or not cand.value:
        return True
    value = _loose(cand.value)
    message = f"{message} {normalize(message)}"
    heard = _loose(message) + " " + _loose(previous or "")
    if value in _loose(message) or (previous and value in _loose(previous)):
        return True
    words = [w for w in value.split() if len(w) > 2 and w not in MARKER_WORDS]
    return bool(words) and all(re.search(rf"\b{re.escape(w)}", heard) for w in words)


MARKER_WORDS = frozenset("always from now the them their they".split())


def _loose(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.lower()).strip()


def _is_sensitive(cand: Candidate) -> bool:
    if cand.category in {"name", "language"}:
        return False
    if cand.category == "role":
        return bool(SENSITIVE_ROLE.search(cand.text))
    return bool(SENSITIVE.search(cand.text) or SENSITIVE.search(cand.value))
