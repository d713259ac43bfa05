"""The public entry point: one user message (and the assistant's last line) to candidates.

It fixes the order of the stages: normalise, retractions first (they replace everything
else), then explicit or mid-message "remember" requests, then context, then statements.
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate, dedupe
from agent.memory.extraction_window import extraction_window
from agent.memory.extractors.rules.builders import _verbatim
from agent.memory.extractors.rules.changes import change_candidates
from agent.memory.extractors.rules.clauses import split_clauses
from agent.memory.extractors.rules.context import _from_context
from agent.memory.extractors.rules.normalization import normalize
from agent.memory.extractors.rules.patterns import F
from agent.memory.extractors.rules.requests import (
    EXPLICIT,
    FORGET,
    RECALLED,
    THEN_NEW,
    _explicit_body,
    _forget_candidates,
    _strip_consent,
    _without_questions,
    avoid_request,
)
from agent.memory.extractors.rules.signoff import split_signoff
from agent.memory.extractors.rules.statement_rules.places import one_home
from agent.memory.extractors.rules.statements import SO_INSTRUCTION, _statement_candidates
from agent.memory.gazetteer import town_as_home

SLOTS_CHANGED = frozenset({"employer", "location", "role", "name", "surname"})


def extract_with_rules(message: str, previous_assistant: str | None = None) -> list[Candidate]:
    """All candidates in the start of one user message (``extraction_window``), in order,
    without duplicates; a big town read as an employer is the user's home (``gazetteer``)."""
    return one_home([town_as_home(c) for c in _extract_message(message, previous_assistant)],
                    message)


def _extract_message(message: str, previous_assistant: str | None) -> list[Candidate]:
    text, signed = split_signoff(extraction_window(message))
    if signed:  # the lines under "Best," are read as a sign-off, never as statements
        found = _extract_message(text, previous_assistant)
        return dedupe(found + [c for c in signed if c.attribute not in
                                {f.attribute for f in found if f.attribute}])
    text = normalize(text)
    if previous_assistant is not None:
        previous_assistant = extraction_window(previous_assistant)
    changes = change_candidates(text)
    if changes:  # the change's own candidates replace the retraction the clauses would read
        rest = _extract(text, previous_assistant)
        # ... but not a "forget ..." asked beside it ("I left Deloitte, I'm at KPMG now. also
        # pls forget where I live")
        # ... nor one beside a change that fills no slot ("I don't work at KPMG anymore - I
        # quit and started my own bookkeeping practice": the business adds, KPMG still goes)
        keep_retractions = FORGET.search(text) is not None or not any(
            c.attribute in SLOTS_CHANGED or c.op == "delete" for c in changes)
        # ... nor what the change says is over ("we lost our cat Miso": no "Has a cat named Miso")
        # nor another reading of the change's own value ("I moved to KPMG": no home)
        over = {c.value.lower() for c in changes}
        changed = {c.attribute for c in changes if c.attribute}
        return dedupe(changes + [c for c in rest if (c.op == "add" or keep_retractions) and
                                  c.attribute not in changed and c.value.lower() not in over])
    return _extract(text, previous_assistant)


def _extract(text: str, previous_assistant: str | None) -> list[Candidate]:
    forget = _forget_candidates(text, previous_assistant)
    if forget:
        return dedupe(forget + _rest_after_retraction(text, forget))
    avoid = avoid_request(text)
    if avoid is not None:  # "I'm allergic to sesame so please always leave it out. ..."
        fact, rest = avoid
        return dedupe(_extract(f"Remember that {fact}.", previous_assistant) +
                      (_extract(rest, None) if rest else []))
    later = _later_request(text)
    if later is not None:  # the sentences before the request are read as ever
        return dedupe(_extract(later[0], previous_assistant) + _extract(later[1], None))
    body = _explicit_body(text)
    if body is None:
        body = _strip_consent(text)
    explicit = body is not None
    body = body if body is not None else text
    # "remember I have ADHD, so keep explanations short": the fact and the wish are two
    # memories (forgetting the one keeps the other), when no rule reads the fact itself ("I'm
    # in the Pacific timezone, so give times in PT" is the timezone, the wish its own reason),
    # and the fact is one clause said of the user ("Remember, every small victory is a step
    # forward, so keep up the good work!" cheers the listener on)
    head, then = _and_so(body) if explicit else (body, "")
    wish: list[Candidate] = []
    if then and len(split_clauses(head)) == 1 and re.match(r"(?:I|I'm|I've|my)\b", head, F) and \
            not [c for c in _statement_candidates(head) if c.topic is None]:
        body, wish = head, _statement_candidates(f"always {then}")
    found = _from_context(body, previous_assistant, explicit)
    found.extend(_one_name(_statement_candidates(body, verbatim=explicit)) + wish)
    if explicit:
        statement = _statement_part(body)
        if statement and not [c for c in found if c.topic is None]:
            found.append(_verbatim(statement))  # never a question or task ask verbatim
        found = [c.with_(explicit=True) for c in found]
    return dedupe(found)


def _later_request(text: str) -> tuple[str, str] | None:
    """"Ciao, sono Giulia. Ricordati per favore che sono allergica al kiwi.": a sentence
    after the first that opens with a request to remember (in any language the request
    reader knows) asks to keep its own statement, not the sentences before it. Returns the
    text before that sentence and the text from it on."""
    sentences = re.split(r"(?<=[.!?])\s+", text)
    for at in range(1, len(sentences)):
        if not EXPLICIT.match(sentences[at]):
            continue  # the sentence opens with no request (checked alone: long messages)
        rest = " ".join(sentences[at:])
        body = _explicit_body(rest)
        if body is not None and not RECALLED.search(sentences[at]) and \
                not POINTS_BACK.match(body):
            return " ".join(sentences[:at]), rest
    return None


# "I have celiac disease. Please remember it so you never ...", "I'm bipolar. I'd like you to
# remember that, so ...": a request whose body points back asks to keep what came before.
POINTS_BACK = re.compile(r"\W*(?:it|that|this|these|those|them|both|so|because|since|as|"
                         r"when|for)\b", F)


GOES_BY = re.compile(r"\b(?:every(?:one|body)|people|friends|most people|all)\s+call(?:s)? me\b|"
                     r"\bI go by\b|\bso should you\b", re.IGNORECASE)


def _one_name(found: list[Candidate]) -> list[Candidate]:
    """"it's Marguerite, but everyone calls me Maggie and so should you": of two names in a
    message, the one the user goes by is the one to keep."""
    names = [c for c in found if c.attribute == "name"]
    goes_by = [c for c in names if GOES_BY.search(c.clause)]
    if len(names) < 2 or not goes_by:
        return found
    return [c for c in found if c.attribute != "name" or c in goes_by[:1]]


def _and_so(statement: str) -> tuple[str, str]:
    """The statement and what it asks of the answers after ", so" ("I have ADHD, so keep
    explanations short"), when it asks something in its first sentence."""
    first = re.split(r"(?<=[.!?])\s", statement, maxsplit=1)[0]
    then = SO_INSTRUCTION.search(first)
    if then is None or then.start() == 0:
        return statement, ""
    return statement[:then.start()], then.group("v").rstrip(".!")


def _statement_part(body: str) -> str:
    """What an explicit request states, for a verbatim memory: its statement clauses (first
    person ones when there are any), never the question or task asked in the same breath.
    "since I'm lactose intolerant — remember that, please — what's a creamy sauce?" keeps
    "I'm lactose intolerant"."""
    clauses = [re.sub(r"^(?:since|because|as|and|so|also)\s+", "", c.text, flags=F)
               for c in split_clauses(_without_questions(body) or body) if not c.question]
    clauses = [c for c in clauses if not re.fullmatch(r"(?:please|thanks|ok|okay|btw)", c, F)]
    first = [c for c in clauses if re.match(r"(?:I|I'm|I've|my)\b", c, F)]
    # "Remember, you got this!" cheers the listener on: a clause about "you" is no fact
    # about the user.
    return ", ".join(first or [c for c in clauses if not re.search(r"\byou(?:'re|r)?\b",
                                                                   c, F)])


def _rest_after_retraction(text: str, deletes: list[Candidate]) -> list[Candidate]:
    """Facts in the clauses a retraction did not cover: "I'm no longer at X btw. also, call
    me Sam" still gives the name. A "forget ..." request spans the whole message (its clause
    is the text), so nothing is left to read and nothing else is stored."""
    rest = text
    # "I started eating fish again, so pescatarian now": the diet the change comes to
    diets = [c for cand in deletes if cand.value == "diet"
             for c in _statement_candidates(cand.clause) if c.attribute == "diet"]
    if diets:
        return diets
    for cand in deletes:
        # a retraction's clause may run on past it ("ya no trabajo en Telefónica, desde marzo
        # estoy en BBVA como analista"): what follows its value's phrase is read
        at = cand.clause.find(cand.value) if cand.value and cand.value != cand.clause else -1
        cut = re.search(rf"[,;]|{THEN_NEW}", cand.clause[at + len(cand.value):], F) \
            if at >= 0 else None
        after = cand.clause[at + len(cand.value) + cut.end():] if cut else ""
        if cand.clause == text and (not after or FORGET.search(text)):
            # "forget that I live in Leeds, I'm vegan": no fact beside a forget, but a move
            # said as the reason ("forget that I live in Denver, I moved to Boise") is one
            return [c for c in _statement_candidates(after) if c.change and c.op == "add"]
        rest = rest.replace(cand.clause, f" {after}", 1)
    rest = re.sub(r"^[\s,.;!—–-]*(?:btw|by the way|also|and)?[\s,.;!—–-]*", "", rest, flags=F)
    return [c for c in _statement_candidates(rest) if c.topic is None and c.op == "add"]
