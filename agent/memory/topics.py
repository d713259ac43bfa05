"""Interest evidence: which taxonomy topic a clause shows the user doing, if any.

Every extractor goes through here, so "interest" means one thing: an activity, hobby or
subject from the taxonomy in ``lexicon`` (never any noun, a person's name or a sensitive
category), engaged with by the user in the first person ("I've been climbing a lot", "my
pottery class"). The writer then stores it only once it comes up in two different chats.
"""

from __future__ import annotations

import re

from agent.memory.language_id import reads_as_english
from agent.memory.lexicon import (
    FOREIGN_TOPICS,
    INTEREST_PHRASES,
    INTEREST_TAXONOMY,
    NOT_A_HOBBY,
    OTHER_SUBJECT,
    PETS,
    SENSITIVE,
    TOPICS,
)

F = re.IGNORECASE
_SUFFIXES = (("ing", ""), ("s", ""))
# The user as the one doing it: "I", "I've", "my", "me", "we", "our" (not "you", not "he").
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|Im|Ive|me|my|mine|myself|we|we're|we've|our|"
                          r"us)\b", F)


def topic_of(span: str) -> str | None:
    """The taxonomy topic a span names ("my pottery class" -> "pottery"), or None."""
    found = _topic_at(span)
    return found[0] if found else None


# compiled once: a topic is looked for in every clause of every message
_PHRASES = [(phrase, re.compile(rf"\b{re.escape(phrase)}\b"))
            for phrase in sorted(INTEREST_PHRASES)]
_TOPICS = [(topic, re.compile(rf"\b(?:{pattern})\b", F)) for topic, pattern in TOPICS.items()]
_NOT_A_HOBBY = re.compile(NOT_A_HOBBY, F)


def _topic_at(span: str) -> tuple[str, int] | None:
    """The taxonomy topic a span names first and where in the span it is named: in "been
    doing pottery and want to try painting" the pottery is what the user does. A topic
    followed by "of" is the frame of the next ("the history of chess" is chess)."""
    low = span.lower()
    if not low.strip(" .,!?;:'\"") or SENSITIVE.search(low):
        return None
    # blanked, not cut: the topic's place in the span is still where it was said
    low = _NOT_A_HOBBY.sub(lambda m: " " * len(m.group(0)), low)
    named: list[tuple[int, int, str, int]] = []  # (start, rank of its list, topic, end)
    for rank, patterns in enumerate((_PHRASES, _TOPICS)):
        for topic, pattern in patterns:
            match = pattern.search(low)
            if match:
                named.append((match.start(), rank, topic, match.end()))
    for found in re.finditer(r"[\w-]+", low):
        word = found.group(0)
        stems = [word] + [word[: -len(suffix)] + repl for suffix, repl in _SUFFIXES
                          if word.endswith(suffix)]
        taxonomy = [stem for stem in stems if stem in INTEREST_TAXONOMY]
        if taxonomy:
            named.append((found.start(), 2, taxonomy[0], found.end()))
            break
    named.sort()
    if not named:
        return None
    framed = [n for n in named if not low.startswith(" of ", n[3])]
    first = (framed or named)[0]
    return first[2], first[0]


# Chat drops the subject: "lost another tennis match today" is the user's own match.
IMPLIED_I = re.compile(r"^\W*(?:(?:just|finally|also|so|and|still)\s+)?(?:\w+ed|lost|went|got|"
                       r"had|made|took|did|bought|found|ran|swam|rode|caught|won|been|"
                       r"gonna|going|trying|starting|practicing|practising)\b", F)


def engaged_topic(clause: str) -> str | None:
    """The topic of a clause in which the user, in the first person, does it; else None.

    The doer is the person named last before the topic: in "I'm so glad you're writing it
    down" the writing is the other person's, in "my dogs love running" the dogs'."""
    foreign = _foreign_topic(clause)
    if foreign:
        return foreign
    if not (FIRST_PERSON.search(clause) or IMPLIED_I.search(clause)) or \
            _another_subject(clause):
        return None
    return _topic_of_users(clause)


# The user doing something habitually in another language: "ich spiele seit Jahren Schach",
# "juego al pádel todos los domingos", "je fais de l'escalade deux fois par semaine": a verb in
# the first person singular (or "I" said) and a word of habit (since, every, N times a ...).
FOREIGN_DOING = re.compile(
    r"\b(?:ich|je|j'|yo|io|eu|ik|jag|já)\b|\b(?:juego|hago|practico|voy|corro|nado|escalo|"
    r"pinto|bailo|leo|entreno|gioco|faccio|pratico|vado|nuoto|ballo|jogo|faço|treino|danço|"
    r"gram|uprawiam|chodzę|biegam|pływam|wspinam|maluję|tańczę|czytam|trenuję|hraju|chodím|"
    r"běhám|dělám)\b", re.IGNORECASE)
HABIT = re.compile(
    r"\b(?:seit|depuis|desde|da|sinds|od|sedan|jeden|jede|jedes|chaque|tous les|toutes les|"
    r"todos los|todas las|cada|ogni|tutti i|tutte le|todo|toda|elke|iedere|każd\w*|varje|"
    r"každ\w*|regelmäßig|souvent|a menudo|spesso|sempre|siempre|immer|altijd|zawsze|alltid|"
    r"(?:\d+|une|deux|trois|zwei|drei|dos|tres|due|tre|duas|três|twee|drie|dwa|trzy|två)\s*"
    r"(?:x|mal|fois|veces|volte|vezes|keer|razy|gånger|krát)|par semaine|pro woche|por semana|"
    r"a la semana|per settimana|per week|w tygodniu|i veckan|týdně|am wochenende|le week-end|"
    r"los fines de semana|nel weekend|nos fins de semana|in het weekend|w weekendy|på helgerna)\b",
    re.IGNORECASE)


# A habit said in English: "I've been bouldering about 3x a week since the spring", "baking
# sourdough every weekend", "I boulder mostly V3-V4". Inside a long task brief, only a topic
# done like this is hobby evidence (see ``statements._statement_candidates``).
HABITUAL = re.compile(
    r"\b(?:every|each)\s+(?:day|morning|evening|night|week|weekend|month|summer|winter|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)|\b(?:\d+|two|three|four|five)\s*(?:x|times)\s+"
    r"(?:a|per|each)\s+(?:week|month|day)|\b(?:once|twice) (?:a|per) (?:week|month)|"
    r"\bsince (?:the |last )?(?:spring|summer|autumn|fall|winter|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|i was|(?:19|20)\d\d|covid|"
    r"lockdown|uni|college|school)|\bfor (?:about |over |almost |nearly )?(?:\d+|a few|a couple "
    r"of|two|three|four|five|six|ten|many) (?:years|months|weeks)\b|"
    r"\b(?:I|we)(?:'ve| have) been \w+ing\b|\b(?:usually|regularly|mostly|often)\b|"
    r"\bmost (?:weekends|days|mornings|evenings|nights)\b|\bon (?:the )?weekends\b", re.IGNORECASE)


def habitual(clause: str) -> bool:
    """Whether the clause says the user does something as a habit, in English or not."""
    return bool(HABITUAL.search(clause) or HABIT.search(clause))


def _foreign_topic(clause: str) -> str | None:
    """A hobby done habitually, said in another language (the taxonomy's words there)."""
    if reads_as_english(clause) or not (FOREIGN_DOING.search(clause) and HABIT.search(clause)):
        return None
    low = clause.lower()
    for topic, pattern in FOREIGN_TOPICS.items():
        if re.search(rf"\b(?:{pattern})\b", low):
            return topic
    return None


def _topic_of_users(clause: str) -> str | None:
    """The clause's topic, unless someone else or an animal is the one doing it."""
    found = _topic_at(clause)
    return found[0] if found and not _done_by_another(clause, found[1]) else None


def _done_by_another(clause: str, at: int) -> bool:
    """Whether the doer named last before the topic (at ``at``) is someone else or an animal."""
    doers = list(DOER.finditer(clause[:at]))
    if not doers or FIRST_PERSON.fullmatch(doers[-1].group(0)):
        return False
    last = doers[-1]  # "me and my dog go hiking": the user too
    return not (last.group("pet") and re.search(r"\b(?:and|with|&)\s+(?:my|our)\s+$",
                                                 clause[:last.start()], F))


# Someone else is the subject: "have you tried pottery?", "he's into climbing".
OTHER_DOER = re.compile(r"\b(?:you|your|u|he|she|they|his|her|their|him|them)\b", F)
# Whoever is doing things in a clause: the user, another person, or an animal ("my dogs").
DOER = re.compile(rf"{FIRST_PERSON.pattern}(?!\s+(?:{PETS})s?\b)|{OTHER_DOER.pattern}|"
                  rf"\b(?P<pet>(?:{PETS})s?)\b", F)


def mentioned_topic(clause: str) -> str | None:
    """The topic of a clause that only raises it ("which gardening tools are worth it?"):
    weaker evidence than ``engaged_topic``, never about someone else."""
    if _another_subject(clause) or OTHER_DOER.search(clause):
        return None
    return _topic_of_users(clause)


def _another_subject(clause: str) -> bool:
    """Whether someone close to the user is the clause's subject ("my son plays chess"); not
    one the user does it with ("padel tournament with my brother", "me and my sister")."""
    return any(not re.search(r"\b(?:with|and|&)\s+$", clause[:m.start()], F)
               for m in OTHER_SUBJECT.finditer(clause))
