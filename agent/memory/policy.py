"""The write policy: deterministic rules applied after extraction, whatever the extractor.

An extractor proposes; this module decides. It rejects secrets always, sensitive facts
without explicit consent, and facts whose clause is temporary, hypothetical, quoted, a joke,
about someone else, or never said by the user. Nothing here calls a model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agent.memory.candidates import Candidate
from agent.memory.commands import chat_scoped
from agent.memory.extractors.rules import normalize
from agent.memory.extractors.rules.clauses import QUOTED
from agent.memory.extractors.rules.patterns import FOR_GOOD
from agent.memory.extractors.rules.signoff import is_signoff
from agent.memory.lexicon import (
    ADDRESSEE,
    CODE_LIKE,
    DOG_BREEDS,
    EVENT_TIME,
    FAMILY,
    FICTION,
    HELP_SEEKING,
    JOKE,
    LAUGH,
    MOOD,
    MY_KIN,
    OTHERS,
    PASTE_INTRO,
    PASTED,
    PETS,
    REPORTED,
    REQUEST,
    ROLE_WORDS,
    SECRET_WORDS,
    SENSITIVE,
    SENSITIVE_ROLE,
    SETTLED,
    SIGN_CUE,
    STATEMENT_BREAK,
    SUPPORT_OFFER,
    TEMPORARY,
    TRAVEL,
    WORKMATES_AT,
)
from agent.memory.secrets import find_secrets
from agent.memory.values import malformed

F = re.IGNORECASE
# Rejection reasons the user is told about (``agent.memory.notices``).
SENSITIVE_REASON = "sensitive without explicit consent"
SECRET_REASON = "secret"


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
    joking = joking_spans(message)
    explicit_secret = False
    for cand in candidates:
        reason = _reject_reason(cand, message, previous_assistant, bool(secrets), joking)
        if reason == SECRET_REASON and cand.explicit:
            explicit_secret = True
        if reason:
            result.rejected.append((cand, reason))
            continue
        if cand.op == "add" and _is_sensitive(cand):
            if not cand.explicit:
                result.rejected.append((cand, SENSITIVE_REASON))
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


# Where one sentence of a message ends: after ".", "!", "?" or an eye-roll, or at a line break.
SENTENCE_END = re.compile(r"[.!?…]+(?=\s)|🙄|\n")
# What may stand before a joke marker that opens its sentence ("lol jk", "haha just kidding"):
# then a marker that takes back takes back the sentence before it ("I'm the CEO. jk").
# Only a marker that takes back reaches back ("jk"); "oh sure, I'm a billionaire" mocks what
# follows it.
TAKES_BACK = re.compile(r"jk|j/k|kidding|joking|not really|obviously not", F)
MARKER_OPENS = re.compile(r"^[\W_]*(?:(?:lol|haha\w*|lmao\w*|😂|😄|😅)[\W_]*)*$", F)


def joking_spans(message: str) -> list[tuple[int, int]]:
    """The parts of a message a joke marker takes back: its own sentence, or the sentence
    before when the marker opens its own and takes back. A marker does not un-say the rest
    of the message: "Je m'appelle Gaëlle ... mon chat me réveille à 5h tous les matins 🙄" is
    exasperation with the cat, not a joke about the name."""
    starts = [0, *(m.end() for m in SENTENCE_END.finditer(message))]
    bounds = [(lo, hi) for lo, hi in zip(starts, [*starts[1:], len(message)], strict=True)
              if message[lo:hi].strip()]
    spans: list[tuple[int, int]] = []
    for i, (lo, hi) in enumerate(bounds):
        sentence = message[lo:hi]
        marker = JOKE.search(sentence.lstrip())
        if marker is None:
            continue
        opens = MARKER_OPENS.match(sentence.lstrip()[:marker.start()]) is not None and \
            TAKES_BACK.search(marker.group(0)) is not None
        if opens and i > 0:  # "... jk, I'm an intern": what follows the marker stands
            spans.append((bounds[i - 1][0], hi - len(sentence.lstrip()) + marker.end()))
        else:
            spans.append((lo, hi))
    return spans


def _in_joke(clause: str, message: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the candidate's clause lies in a part of the message taken back as a joke
    (a clause rebuilt from an answer, not found in the message, goes with the whole)."""
    at = message.find(clause) if clause else -1
    if at < 0:
        return bool(spans)
    return any(lo < at + len(clause) and at < hi for lo, hi in spans)


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


def _asks_to_remember(message: str) -> bool:
    return bool(re.search(r"\b(?:remember|save|store|keep|note|retiens|souviens|merk|"
                          r"recuerda|guarda|ricorda|lembr[ae]|onthoud|zapami[eę]taj)\b",
                          message, F))


def _reject_reason(cand: Candidate, message: str, previous: str | None, has_secret: bool,
                   joking: list[tuple[int, int]]) -> str | None:
    clause = cand.clause or message
    if cand.op == "delete":
        return None
    if cand.op == "correct":  # the mended word joins a memory: never a secret's
        return SECRET_REASON if has_secret else None
    if SECRET_WORDS.search(cand.text) or SECRET_WORDS.search(clause) and cand.explicit:
        return SECRET_REASON
    if has_secret and any(cand.value and s.entity and cand.value in message[s.start:s.end]
                          or message[s.start:s.end] in cand.text for s in find_secrets(message)):
        return SECRET_REASON
    if cand.explicit and cand.category == "other" and _secret_in_reach(clause, message,
                                                                       has_secret):
        return SECRET_REASON  # never keep the words around a secret the user asked us to store
    if cand.topic:
        return _topic_reason(cand, message, joking)
    bad = malformed(cand)
    if bad:
        return bad
    if SUPPORT_OFFER.search(cand.text) or SUPPORT_OFFER.search(cand.value or ""):
        return "support offered to the listener"
    if chat_scoped(clause, message) and not cand.explicit and not is_signoff(clause) and \
            not _now_against_a_plan(cand, clause, message):  # "for this chat ... LG, Henrike"
        return "for this chat only"
    if cand.value == cand.clause and not cand.explicit and MOOD.search(clause):
        return "a mood, not a fact"  # a whole clause put in the third person
    if TEMPORARY.search(EVENT_TIME.sub(" ", own_statement(cand.value, clause,
                                                           TAIL_QUALIFIES))) and \
            not named_as_own(cand) and not _now_against_a_plan(cand, clause, message) and \
            not (cand.category in {"preference", "language"} and FOR_GOOD.search(clause)):
        # ("B1 right now, ... so from now on answer me in Spanish": the wish is for good)
        return "temporary"
    if _fiction_before(clause, message, cand.value):
        return "fiction or hypothetical"
    if _said_as_past(cand, clause):
        return "a past fact"
    if _only_considered(cand, clause):
        return "a plan being weighed, not a fact"
    if _in_joke(clause, message, joking) and not cand.explicit and (
            " named " not in cand.text or JOKE.search(clause)):
        return "joke"  # an eye-roll elsewhere in the message does not un-name the user's dog
    if not cand.explicit and (PASTED.match(message) or _handed_over(clause, message)):
        return "quoted or reported speech"
    if _about_someone_else(cand, clause):
        return "about someone else"
    if cand.attribute == "name" and _addressed(cand.value, clause):
        return "the person spoken to"
    if cand.attribute == "location" and _trip(clause) and not SETTLED.search(clause):
        return "a trip, not a home"
    if _reported(cand, clause) or _only_quoted(cand.value, message):
        return "quoted or reported speech"
    if CODE_LIKE.search(cand.value):
        return "task context"
    if not _said_by_user(cand, message, previous):
        return "not said by the user"
    return None


def _trip(clause: str) -> bool:
    """Whether the clause is about a trip: a hotel or an airport is one, unless the user
    works there ("I'm a sous chef at a hotel in Lisbon")."""
    return any(not (m.group(0).lower() in {"hotel", "airport"} and
                    WORKS_THERE.search(clause, 0, m.start()))
               for m in TRAVEL.finditer(clause))


WORKS_THERE = re.compile(r"\b(?:I work|I'm working|I am working|working|I'm an?\s+[\w -]+?|"
                         r"I am an?\s+[\w -]+?|job)\s+(?:at|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$",
                         F)


def _reported(cand: Candidate, clause: str) -> bool:
    """The fact is in what someone says: after "says", "told me" ... ("my friend said she
    lives in Paris"). A value the user gave before the report is theirs ("call me Dee from
    now on, nobody ever says Deirdre"), and so is their own pet or relative named in it ("my
    wife Hana says our dog Bruno ...")."""
    report = REPORTED.search(clause)
    if not report or named_as_own(cand):
        return False
    if re.search(r"\b(?:what|as|like) I(?: just)?\s*$", clause[:report.start()], F) and \
            report.group(0).lower() == "said":
        return False  # "that's wrong what I said — I'm at KPMG now": the user's own words
    at = clause.lower().find(cand.value.lower()) if cand.value else -1
    if at > report.end() and re.match(r"\s+(?:to|if|whether)\b", clause[report.end():], F) and \
            re.search(r"[,;—–]", clause[report.end():at]):
        return False  # "she asked me to do a toast, which is terrifying because I'm a welder":
        # what was asked ends at the comma; the user speaks again after it
    return not 0 <= at < report.start()


def named_as_own(cand: Candidate) -> bool:
    """A value said as the user's own on the way to saying something else: a pet or relative
    by name, the home a dwelling is in, a job that frames the statement."""
    return names_own_kin(cand) or names_own_home(cand) or frames_with_own_role(cand)


def frames_with_own_role(cand: Candidate) -> bool:
    """"as a vet tech I see this all the time": a job the user opens with to frame what they
    say next in the first person is theirs, whatever the rest of the clause is about (a job
    word, never a faith or another sensitive kind: "As a Catholic I'm curious")."""
    return (cand.attribute == "role" and bool(cand.value) and not SENSITIVE.search(cand.value)
            and re.search(rf"(?i:\b(?:{ROLE_WORDS}|techs?)s?$)", cand.value) is not None
            and re.match(
        rf"(?i:^(?:(?:so|well|ok|okay|hi|hey)\W+)?as (?:a|an) {re.escape(cand.value)}\s+"
        rf"(?:I|I'm|I've)\b)", cand.clause) is not None)


# "our apartment in Tacoma gets zero sun from october to april": the user's dwelling in a
# town (never an old, a holiday or a second one; see the rules' ``dwelling_rule``)
OWN_HOME = (r"(?i:\b(?:my|our)\s+(?:(?:new|little|tiny|small|rented|shared|current)\s+)?"
            r"(?:apartment|flat|house|home|condo|studio|bungalow|cottage|townhouse|duplex)\s+"
            r"(?:here\s+)?in)\s+")


def names_own_home(cand: Candidate) -> bool:
    """The home the user's own dwelling is in: it lasts whatever the clause goes on to say
    about the dwelling (its sun, its rent, its winter)."""
    return (cand.attribute == "location" and bool(cand.value) and
            re.search(rf"{OWN_HOME}{re.escape(cand.value)}\b", cand.clause) is not None)


def names_own_kin(cand: Candidate) -> bool:
    """"my rabbit Clover", "our dog Bruno and cat Mochi", "Mila (my daughter)": the user's own
    pet or relative, named where the clause says something else ("... hasn't touched her hay
    since this morning"). The name lasts whatever the rest of the clause is about, so neither its
    mood nor its time words nor the clause classifier's verdict on the rest apply to it."""
    if cand.category != "personal" or " named " not in cand.text or not cand.value:
        return False
    clause = cand.clause
    return any(KIN_BEFORE_NAME.search(clause, 0, at.start()) or
               KIN_AFTER_NAME.match(clause, at.end())
               for at in re.finditer(rf"\b{re.escape(cand.value)}\b", clause))


# What says a name is the user's own kin (compiled once: the policy judges every candidate).
# Before it: "my rabbit Clover", "our dog Bruno and cat Mochi"; after it: "Mila (my daughter)".
KIN_BEFORE_NAME = re.compile(rf"{MY_KIN}\s+(?:(?-i:[A-Z][\w'-]+)\s*(?:,\s*|\s+and\s+)"
                             rf"(?:[a-z]+\s+)?(?:{PETS}|{FAMILY}|{DOG_BREEDS})\s+)?$")
KIN_AFTER_NAME = re.compile(rf"\s*(?:\(|,)\s*{MY_KIN}\b")


def own_statement(value: str, clause: str, qualifying: re.Pattern[str] | None = None) -> str:
    """The part of the clause that states the fact: everything up to the value, the rest of
    its statement, and a short tail ("I'm in Leeds, for now").

    A clause can run on into another statement: in "I'm a chef in Ghent, and this week was
    chaos" the week is the chaos's, not the job's. What comes before the value still counts
    ("for now I'm in Leeds", "this week I'm in Leeds"). With ``qualifying``, a short tail
    counts only when it matches it (see ``TAIL_QUALIFIES``).
    """
    at = clause.lower().find(value.lower()) if value else -1
    if at < 0:
        return clause
    end = at + len(value)
    breaks = [m for m in STATEMENT_BREAK.finditer(clause) if m.start() >= end]
    if not breaks:
        return clause
    own_end = breaks[0].start()
    tail_end = breaks[1].start() if len(breaks) > 1 else len(clause)
    tail = clause[breaks[0].end():tail_end]
    verbless = len(tail.split()) <= 4 and not VERBISH.search(tail) and (
        qualifying is None or qualifying.match(tail.strip()) is not None)
    return clause[:tail_end] if verbless else clause[:own_end]


# A short tail qualifies the statement before it when it says for how long or why ("for now",
# "this week", "just until June", "on holiday"); one with a thing of its own ("on nights this
# month", "a nurse in Glasgow, on nights this month") is another fact, and its time is its own.
TAIL_QUALIFIES = re.compile(r"(?:but\s+|and\s+)?(?:just|only|for|until|till|through|this|these|"
                            r"today|tonight|tomorrow|right now|at the moment|temporarily|atm|rn|"
                            r"at least|so far|on (?:holiday|vacation|a trip|business)|visiting|"
                            r"while|during|over)\b", F)


def _topic_reason(cand: Candidate, message: str, joking: list[tuple[int, int]]) -> str | None:
    """Hobby evidence is weak by design (it needs a second chat); it only has to be sincere.

    A one-off time word ("tonight") does not make a topic less of a hobby, but fiction,
    other people's hobbies and laughing asides do not count as evidence.
    """
    if _fiction_before(cand.clause, message):
        return "fiction or hypothetical"
    if _in_joke(cand.clause, message, joking) or (
            LAUGH.search(message) and not HELP_SEEKING.search(message)):
        return "joke"
    if OTHERS.search(cand.clause) and not re.search(r"\b(?:I|I'm|my)\b", cand.clause):
        return "about someone else"
    return None


def _about_someone_else(cand: Candidate, clause: str) -> bool:
    """Someone else is the subject: a person is named before the fact's value, not after it.

    "My sister lives in Denver" is the sister's fact; "Living in Reykjavik with my partner",
    "Moved in with my partner in Ghent", "I work with my brother at Acme" and "my partner and
    I are both vegetarian" are the user's.
    """
    if cand.category == "personal" and "named" in cand.text:
        return False
    if cand.attribute == "name" and re.search(
            rf"\b(?:call|calls|know) me\s+{re.escape(cand.value)}\b", clause, F):
        return False  # "My friends call me Jay": what others call the user is the user's
    if cand.attribute == "name" and OTHERS.match(cand.value):
        return True  # "Temanku Rina" is "my friend Rina" (Indonesian puts "my" in the word)
    match = OTHERS.search(clause)
    if not match:
        return False
    value_at = clause.lower().find(cand.value.lower()) if cand.value else -1
    if cand.category in OWN_WORDS_KINDS and match.start() <= value_at < match.end():
        return True  # "my wife wants to start learning guitar": a wish in the user's words
        # whose subject is someone else
    if 0 <= value_at < match.end():
        return False
    if value_at > 0 and re.search(r"\b(?:I|I'm|I am|im)\b", clause[match.end():value_at]):
        return False  # "my sister moved to Toronto, meanwhile i'm the boring one, accountant
        # here in Dubai": the user is the subject again before the value
    if re.search(r"\b(?:I'm|I am|im|I was)\s+$", clause[:match.start()], F):
        return False  # "I'm a student at UCL": the person word is the user
    if re.match(r"\s+(?:are|were|have been)\b", clause[match.end():], F) and not re.search(
            r"(?:s|children|people|folks|family)$", match.group(0), F):
        return False  # "(me and) my husband are saving up for a van": one person and "are"
        # is two, the user the other (the clause may have been cut after "me and")
    if cand.attribute == "employer" and value_at > 0 and \
            re.search(rf"{WORKMATES_AT}$", clause[:value_at], F):
        return False  # "my manager at Stripe is super formal": Stripe is the user's too
    if re.match(r"[\w\s,]{0,30}?\b(?:and I|och jag|og jeg|en ik|und ich|et moi|y yo|e eu|"
                r"e io|i ja|a já|și eu)\b", clause[match.end():], F):
        return False  # "my partner and I are both vegetarian": the user is a subject too
    before = clause[:match.start()]
    return not (re.search(r"\b(?:with|and|for|to)\s*$", before, F)
                and re.match(r"\s*I\b|\s*(?:I'm|I am|living|based|we|(?:just )?(?:moved|"
                             r"relocated))\b", clause, F))


# Facts kept in the user's own words (the learned extractor's phrases): their subject is
# whoever the words open with.
OWN_WORDS_KINDS = frozenset({"preference", "goal", "constraint"})


def _addressed(name: str, clause: str) -> bool:
    """"Hey Gina!", "Sure thing, Gina" and "keep trying, Sam, and..." speak to the person:
    the name is the listener's."""
    if not name:
        return False
    value = re.escape(name)
    greeted = re.search(rf"{ADDRESSEE}{value}\b(?!\s+(?:here|speaking|again)\b)", clause, F)
    signed_off = re.search(rf"\w\s*,\s*{value}(?:\W*$|\s*,)", clause) and not re.search(
        rf"(?:\b(?:I'm|I am|im|it's|its|(?:nick)?name(?:'s| is)?|call me|this is)|{SIGN_CUE})"
        rf"\W+{value}", clause, F)
    return bool(greeted or signed_off) and not is_signoff(clause)  # "Best,\nMarcus"


def _fiction_before(clause: str, message: str, value: str | None = None) -> bool:
    """Fiction markers cover their clause and everything after them in the message, but a
    condition ("if I lived in Reykjavik would my bill be cheaper?") only its own sentence:
    "... I'm a locksmith in Hamilton" after it is true. A clause of several sentences (the
    scripts without spaces are not cut at "？") is narrowed to the sentence of ``value``."""
    # The clause may be normalised ("Dr." -> "Dr"): find the longest opening that is there.
    idx = next((i for k in (30, 12, 6, 4) if (i := message.find(clause[:k])) >= 0), -1)
    prefix = message[:idx] if idx > 0 else ""
    at = clause.find(value) if value else -1
    if at >= 0:
        stop = CONDITION_END.search(clause, at)
        start = max((e.end() for e in CONDITION_END.finditer(clause, 0, at)), default=0)
        prefix += clause[:start]
        clause = clause[start:stop.end() if stop else len(clause)]
    if FICTION.search(clause):
        return True
    for marker in FICTION.finditer(f"{prefix}{clause}"):  # "you're Holmes and I'm Watson"
        ended = CONDITION_END.search(prefix, marker.end()) is not None  # spans the two
        # "Si j'étais riche je vivrais à Tahiti 😂 bon en vrai je suis infirmière à Lyon"
        real = BACK_TO_REAL.search(f"{prefix}{clause}", marker.end()) is not None
        if not (CONDITION.match(marker.group(0)) and (ended or real)):
            return True
    return False


# Words that end a daydream and come back to what is true.
BACK_TO_REAL = re.compile(r"\b(?:but (?:realistically|really|actually|in reality|for now)|"
                          r"in reality|realistically|en vrai|en réalité|mais bon|"
                          r"pero (?:en realidad|la verdad)|la verdad es que|"
                          r"aber (?:eigentlich|in wirklichkeit|realistisch)|"
                          r"ma in realtà|mas na real|mas na verdade|maar eigenlijk|"
                          r"ale tak naprawdę|ama şimdilik|tapi sekarang)\b", re.IGNORECASE)


def _now_against_a_plan(cand: Candidate, clause: str, message: str) -> bool:
    """"I might take the job at Stripe. Right now I'm a PM at Shopify", "we're moving to
    Halifax in June, right now we're in Calgary": "right now" set against a plan says what
    holds today, and a job or home that holds today is the user's.

    A job is set against an aim the same way: "I'm a pharmacy technician right now but I
    want to move into data analytics" says what the user does until the aim is reached
    (a home "right now" beside an aim stays a stay: "in Lisbon right now, want to see Porto").
    """
    statement = own_statement(cand.value, clause)
    return cand.attribute in {"role", "employer", "location"} and \
        RIGHT_NOW.search(statement) is not None and \
        TEMPORARY.search(RIGHT_NOW.sub(" ", statement)) is None and \
        (PLAN.search(message) is not None or
         cand.attribute == "role" and CAREER_AIM.search(message) is not None)


RIGHT_NOW = re.compile(r"\b(?:right now|at the moment|currently|for now)\b", re.IGNORECASE)
# An aim for the user's working life, beside which "right now" names the job of today.
CAREER_AIM = re.compile(r"\b(?:want|wanna|hope|hoping|plan|planning|aim|aiming|trying|try|"
                        r"would (?:like|love)|I'd (?:like|love)|going)\s+to\s+(?:\w+\s+)?"
                        r"(?:become|be an?|move into|get into|go into|switch (?:to|into)|"
                        r"transition (?:to|into)|change (?:careers?|fields?|jobs?)|retrain|"
                        r"break into|pivot)\b|\b(?:saving up|studying|training) (?:for|to)\b|"
                        r"\b(?:my|the) (?:goal|dream|plan) is\b", re.IGNORECASE)
PLAN = re.compile(r"\b(?:might (?:take|move|go|accept|switch)|thinking (?:about|of) "
                  r"(?:moving|taking|switching|leaving)|(?:we're|we are|I'm|I am) moving to|"
                  r"(?:got|have) an? (?:job )?offer|considering|planning to move)\b",
                  re.IGNORECASE)


def _said_as_past(cand: Candidate, clause: str) -> bool:
    """"I used to work at Gojek as a driver", "dulu aku kerja di Gojek", "used to love
    sushi": a fact the user says is over (before its value in the clause) is not theirs now.
    A change's new value is read by the change rules, in a clause of its own."""
    at = clause.lower().find(cand.value.lower()) if cand.value else -1
    if cand.op != "add" or cand.explicit or cand.change or at < 0:
        return False
    marks = list(PAST_MARK.finditer(clause, 0, at))
    # "I used to live in Paris, now I live in Berlin": what comes after "now" is not over
    return bool(marks) and not NOT_OVER.search(clause, marks[-1].end(), at)


def _only_considered(cand: Candidate, clause: str) -> bool:
    """"thinking about maybe quitting and going freelance", "überlege, nach Graz zu ziehen":
    a job or home the user is only weighing is not theirs yet. A wish or aim is kept in the
    user's words, so this is for the slots a plan would wrongly overwrite."""
    at = clause.lower().find(cand.value.lower()) if cand.value else -1
    return (cand.op == "add" and not cand.explicit and at > 0 and
            cand.attribute in {"role", "employer", "location"} and
            CONSIDERING.search(clause, 0, at) is not None)


CONSIDERING = re.compile(r"\b(?:thinking (?:about|of)|considering|debating (?:whether|if)?|"
                         r"mulling(?: over)?|toying with|contemplating|weighing (?:up )?|"
                         r"not decided|undecided about|"
                         r"wondering (?:about|whether|if)|not sure (?:if|whether|about)|"
                         r"torn between|should I|pensando en|pienso en|je pense à|"
                         r"j'hésite à|überlege|sto pensando di|estou pensando em|"
                         r"zastanawiam się|overweeg|funderar på|"
                         # "we denken erover om ... te verhuizen", "wir denken darüber nach"
                         r"denken? erover|denk(?:en)? erover na|darüber nach|"
                         r"pensamos en|on pense à|nous pensons à|stiamo pensando di|"
                         r"estamos pensando em|planning to move|plan to move|might move|"
                         r"may move|hoping to move|want to move|wanna move)\b", re.IGNORECASE)


# "used to" as a habit that is over, not "I'm used to" (accustomed)
PAST_MARK = re.compile(r"(?<!'m )(?<!am )(?<!get )(?<!got )(?<!getting )(?<!be )\bused to\b|"
                       r"\b(?:formerly|previously|dulu|dulunya|dahulu|früher|autrefois|vroeger|"
                       r"kiedyś|eskiden|trước đây|hồi trước)\b", re.IGNORECASE)


NOT_OVER = re.compile(r"[,;]|\b(?:now|nowadays|these days|currently|but|sekarang|tapi|jetzt|"
                      r"aber|ahora|pero|maintenant|mais|agora|mas|ora|nu|teraz|şimdi|giờ)\b",
                      re.IGNORECASE)


# A condition or supposition, in any language the fiction markers know: it covers its own
# sentence ("stel dat ik in Amsterdam zou wonen, hoeveel ...? Ik woon nu in Eindhoven").
CONDITION = re.compile(r"(?:if (?:I|we)|what if|suppose|supposing|let'?s say|hypothetically|"
                       r"si |se (?:eu|io)\b|se (?:vivessi|abitassi|fossi|avessi)|gdybym|eğer|"
                       r"(?:mal )?angenommen|wenn ich|als ik|stel dat|kdybych|dacă aș|misalkan|"
                       r"diyelim ki|kalau|kalo|jika|seandainya|andaikan|если бы|что если|якби|"
                       r"如果|假如|要是|もし|만약|لو|अगर|ถ้า|αν |om jag|tänk om|supongamos|"
                       r"supposons|supponiamo|suponhamos|załóżmy|să presupunem)", re.IGNORECASE)
CONDITION_END = re.compile(r"[.?!]\s|[。？！؟।։]")  # full stops of other scripts need no space


def _handed_over(clause: str, message: str) -> bool:
    """The clause is in text the user gave to be translated, edited or summarised."""
    intro = PASTE_INTRO.search(message)
    at = message.find(clause[:12]) if clause else -1
    return intro is not None and at >= intro.end() - 1


def _only_quoted(value: str, message: str) -> bool:
    if not value:
        return False
    quoted = " ".join(m.group(0) for m in QUOTED.finditer(message))
    outside = QUOTED.sub(" ", message)
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


VERBISH = re.compile(r"\b(?:is|was|are|were|be|been|has|have|had|I|I'm|we|it|it's|my|our)\b",
                     F)
MARKER_WORDS = frozenset("always from now the them their they".split())


def _loose(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.lower()).strip()


def _is_sensitive(cand: Candidate) -> bool:
    if cand.category in {"name", "language"}:
        return False
    if cand.category == "role":
        return bool(SENSITIVE_ROLE.search(cand.text))
    return bool(SENSITIVE.search(cand.text) or SENSITIVE.search(cand.value))
