"""The learned model decides, the rules read: the ``gated`` offline extractor.

The rules read values precisely (a name, a city, "so please stop giving me X") but fire on
anything shaped like a fact, and miss any wording they were not written for. The learned
clause classifier, trained on labelled messages, judges whether a clause carries a durable
fact and of which kind. So:

* a rule candidate whose clause the classifier judges to carry no fact is dropped
  (chatter: "I love the energy there", "I'm so glad I went"), where the clause is English:
  the classifier reads an English-only encoder, so in a clause confidently in another language
  ("hola! soy Marta, trabajo de enfermera") its verdict is a guess and the rules' reading
  stands (``language_id``);
* a clause no rule understood, that the classifier confidently reads as a preference, dislike,
  goal or lasting constraint, becomes a memory in the user's own words, in the third person
  ("I've been vegan for six years now" -> "Has been vegan for six years now");
* a clause the classifier reads as the user's name, city or employer, when no rule read that
  value in the message, gets it from the span reader ("we've been in Manchester for almost
  three years now" -> "Lives in Manchester").

Commands, retractions, explicit requests and interest evidence stay with the rules and the
writer (the taxonomy and the two-chat rule).
"""

from __future__ import annotations

import re

from agent.memory.candidates import Candidate
from agent.memory.extraction_window import extraction_window
from agent.memory.extractors.kin_names import kin_candidate, relation
from agent.memory.extractors.learned import (
    ADDABLE,
    CATEGORY,
    LearnedExtractor,
    phrase_candidate,
)
from agent.memory.extractors.learned.spans import READ_SLOTS
from agent.memory.extractors.rules import RuleExtractor
from agent.memory.extractors.rules.builders import TURKISH_CASE, _role
from agent.memory.extractors.rules.clauses import split_clauses
from agent.memory.extractors.rules.normalization import FORM_FOR_SOMEONE
from agent.memory.extractors.rules.patterns import EMPLOYER_STOP, NAME_STOP, STANDING
from agent.memory.extractors.rules.requests import FORGET
from agent.memory.extractors.rules.signoff import is_signoff, split_signoff
from agent.memory.extractors.rules.statement_rules.places import one_home
from agent.memory.gazetteer import town_as_home
from agent.memory.language_id import reads_as_english
from agent.memory.lexicon import (
    COMMON_WORDS,
    HOME_HERE,
    NAME_BEFORE,
    NAME_CUE,
    OTHER_PEOPLE,
    PETS,
    PLACE_BEFORE,
    ROLE_PHRASE,
    ROLE_STOP,
    SIGN_CUE,
    WORK_CUE,
    WORK_FIELD,
    WORKPLACE_KIND,
)
from agent.memory.phrasing import slot_text
from agent.memory.policy import named_as_own, own_statement
from agent.memory.topics import FIRST_PERSON
from agent.memory.values import malformed

PHRASED = frozenset(CATEGORY[kind][0] for kind in ADDABLE)  # categories of phrase facts
LABELLED_NAME = re.compile(rf"\b{NAME_CUE}\s|{SIGN_CUE}", re.IGNORECASE)
# GATE, ADD, ROLE and KIN are chosen on the dev split for the mixed P(kind) (see
# ``ExtractorWeights.kinds``), each against what the classifier alone did at its old value.
# GATE: at 0.15 the mixed reading keeps
# more fact clauses (0.946 vs 0.935) and vetoes more factless ones (0.79 vs 0.74) than the
# classifier alone at 0.1. ADD: at 0.6 it adds with precision 0.93 and recall 0.53 where the
# classifier alone at 0.7 had 0.91 and 0.52. ROLE and KIN the same way: at 0.25 the mixed
# reading finds the clauses with a job (precision 0.81, recall 0.84) and with a relative or pet
# (0.75, 0.68) better than the classifier alone at 0.3 (0.80, 0.75 and 0.69, 0.61). VALUE
# stays: at 0.1 the mixed reading is better for names, homes and employers as it is.
GATE = 0.15  # keep a rule candidate when P(clause carries a fact) is at least this
ADD = 0.6  # add a learned phrase-kind fact no rule found when P(that kind) is at least this
SPAN_CLAUSES = 8  # clauses of one message the span reader reads at most (long messages)
ROLE = 0.25  # read a job title no rule read where P(role) is at least this (dev split)
FRAGMENT = 8  # words of a clause without "I" that may be the user's ("field tech for Otis")
KIN = 0.25  # read a relative's or pet's name no rule read where P(family_pet) is at least this
VALUE = 0.1  # ask the span reader for a slot's value unless the classifier all but rules it out
FACT = 0.5  # ... and for any slot's in a clause that carries a fact at least this likely,
SURE = 0.9  # where the reader reads the value at least this surely


CODE_FENCE = re.compile(r"```.*?(?:```|$)", re.S)
# The user as the subject again, late in a clause about someone else: "my sister is getting
# married and asked me to do a toast, which is terrifying because I'm a welder".
I_AGAIN = re.compile(r"\b(?:because|since|as|but|and|so|cause|cuz|coz)\s+(?:I'm|I am|im|I work|"
                     r"I've been|I have been)\b", re.IGNORECASE)


def _from_last_i(value: str, statement: str) -> str:
    """The statement from the user's last "because I'm ..." before the value, when there is
    one (the classifier judges what the user says of themselves, not the sister's wedding)."""
    at = statement.lower().find(value.lower()) if value else -1
    starts = [m.start() for m in I_AGAIN.finditer(statement, 0, max(at, 0))]
    return statement[starts[-1]:] if at > 0 and starts else statement


class GatedExtractor:
    """An ``Extractor``: rule candidates the classifier keeps, plus what it alone read."""

    def __init__(self, rules: RuleExtractor, learned: LearnedExtractor, gate: float = GATE,
                 add: float = ADD, value: float = VALUE, role: float = ROLE,
                 kin: float = KIN) -> None:
        self.rules = rules
        self.learned = learned
        self.gate = gate
        self.add = add
        self.value = value
        self.role = role
        self.kin = kin

    def __call__(self, message: str, previous_assistant: str | None) -> list[Candidate]:
        candidates = self.rules(message, previous_assistant)
        deletes = [c for c in candidates if c.op == "delete"]
        if any(c.explicit for c in candidates) or deletes and FORGET.search(message):
            return candidates  # a command or an explicit request: the rules' reading stands
        judged = [c for c in candidates if _judged(c)]
        # No list of first-person words gates the classifier: chat drops the "I" ("been at
        # Deloitte six years now", "tiny flat in Glasgow"), and other languages mark it in
        # the verb ("hemşireyim"); whether a clause states the user's fact is its to judge.
        if not judged and not message.strip():
            return candidates
        clauses = self.clauses(message)
        reading = self.learned.read([*(c.clause for c in judged), *clauses],
                                    previous_assistant)
        home_here = HOME_HERE.search(message)
        named = self._prefetch(home_here is not None, reading, clauses, judged)
        # an answer rebuilt from the assistant's question ("she's 7, Marisol" -> "my daughter
        # is named Marisol") is judged by what the user wrote, not by the rebuilt sentence
        replied = max((self._fact_p(reading, c) for c in clauses), default=0.0)
        kept = [c for c in candidates if not _judged(c) or
                self._fact_p(reading, c.clause) >= self.gate or
                c.clause not in message and replied >= self.gate or
                not reads_as_english(c.clause, message) or self._confirmed(c)]
        kept += self._own_statements([c for c in candidates if c not in kept], previous_assistant)
        kept += self._unread(reading, clauses, kept)
        kept += self._roles(reading, clauses, kept)  # first: a job says where ("at TU Delft")
        # a form filled in for someone else ("nicht für mich ... Name: Gerhard Brückner")
        kept += self._values(reading, named, kept,
                             others_form=FORM_FOR_SOMEONE.search(message) is not None)
        kept += self._kin(reading, clauses, previous_assistant, kept)
        kept += self._home_here(home_here, message, named, kept)
        # The rules settled their own two homes already; this settles the learned readings
        # against them (idempotent, and it returns at once below two homes).
        return one_home([c for c in kept if c in candidates or not _retracted(c, deletes)],
                        message)

    @staticmethod
    def _fact_p(reading: dict[str, dict[str, float]], text: str) -> float:
        return 1.0 - reading.get(text, {}).get("none", 0.0)

    def _own_statements(self, vetoed: list[Candidate], previous_assistant: str | None
                        ) -> list[Candidate]:
        """A vetoed candidate is judged again on its own statement when its clause runs on
        into another ("fwiw i'm a line cook, so when I say quick I mean under 10 min": the
        classifier read the whole as a request); one encoder pass for them all."""
        shorter = [(c, own) for c in vetoed
                   if len(own := _from_last_i(c.value, own_statement(c.value, c.clause)))
                   < len(c.clause)]
        if not shorter:
            return []
        reading = self.learned.read([own for _, own in shorter], previous_assistant)
        return [c for c, own in shorter if self._fact_p(reading, own) >= self.gate]

    def clauses(self, message: str) -> list[str]:
        """The message's clauses, as the classifier reads them (see ``ReadsClauses``)."""
        body, _ = split_signoff(extraction_window(message))  # the sign-off is read whole
        # Code in a fence is the program's, not the user's: "# sync.py — Lukas Berger, 2021"
        body = CODE_FENCE.sub("\n", body)
        return [c.text for c in split_clauses(body)]

    def _unread(self, reading: dict[str, dict[str, float]], clauses: list[str],
                found: list[Candidate]) -> list[Candidate]:
        """Phrase-kind facts the classifier is sure of, in clauses no rule candidate is from."""
        facts = [c for c in found if c.topic is None]
        out: list[Candidate] = []
        for clause in clauses:
            probs = reading.get(clause)
            if not probs or any(_covers(c, clause) for c in facts):
                continue
            kind = max(probs, key=lambda k: probs[k])
            said = "" if ASKED.match(clause) else _first_person(clause)
            # The phrase kinds shade into each other ("I only use Linux": preference 0.50,
            # constraint 0.25): whether there is such a fact at all is their sum. Either way
            # only where the message holds no other yet: a second clause saying it again is
            # no new fact ("Please always give me measurements in metric. I never use the
            # other system").
            phrased = sum(probs.get(k, 0.0) for k in ADDABLE)
            sure = (probs[kind] >= self.add or phrased >= self.add) and not any(
                c.category in PHRASED for c in [*found, *out])
            if kind in ADDABLE and sure and said:
                out.extend(phrase_candidate(kind, said, said, explicit=False))
        return out

    def _prefetch(self, home_here: bool, reading: dict[str, dict[str, float]],
                  clauses: list[str], judged: list[Candidate]) -> list[str]:
        """The clauses the span reader may be asked about (at most ``SPAN_CLAUSES``, the
        likeliest to hold a name, place or employer), encoded in one pass; returned."""
        def slot_p(clause: str) -> float:
            probs = reading.get(clause, {})
            role = probs.get("role", 0.0)  # a job's clause may say where (see ``_values``)
            kin = probs.get("family_pet", 0.0)  # a relative's or pet's name (``_kin``)
            return max(*(probs.get(slot, 0.0) for slot in READ_SLOTS),
                       role if role >= self.role else 0.0, kin if kin >= self.kin else 0.0)

        named = [c for c in clauses if home_here or slot_p(c) >= self.value]
        named = sorted(named, key=slot_p, reverse=True)[:SPAN_CLAUSES]
        named = [c for c in clauses if c in named]  # back in the message's order
        wanted = named + [c.clause for c in judged if _value_slot(c)]
        if wanted:
            self.learned.prefetch_spans(wanted)
        return named

    def _confirmed(self, cand: Candidate) -> bool:
        """A name, a pet's name or an employer the classifier would veto stays when the span
        reader reads the same value as the same kind ("my dog Waffles ate a sock")."""
        slot = _value_slot(cand)
        return slot is not None and self.learned.confirms(cand.clause, slot, cand.value)

    def _home_here(self, said: re.Match[str] | None, message: str, clauses: list[str],
                   found: list[Candidate]) -> list[Candidate]:
        """"What's fun around Leeds? Lived here 8 years" (``said``: the HOME_HERE match): the
        home is the place the message names elsewhere (after "in", "around", "w"...; the
        likeliest by the span reader)."""
        if said is None or any(c.attribute == "location" for c in found):
            return []
        best = self.learned.likeliest(clauses, "location", after=PLACE_BEFORE)
        if best is None:
            return []
        value = best[0]
        clause = next((c for c in clauses if said.group(0) in c), message)
        return [Candidate(text=slot_text("location", value), category="location", value=value,
                          clause=clause, attribute="location")]

    def _roles(self, reading: dict[str, dict[str, float]], clauses: list[str],
               found: list[Candidate]) -> list[Candidate]:
        """A job title no rule read (the rules know a list of job words), where the classifier
        is sure the clause states the user's role: "I'm a night-shift security guard at a
        hospital", "So I'm officially a team lead now", "field tech for Otis" (one a message).
        The title after "I'm a" is taken as said; elsewhere the job-title reader finds it."""
        if any(c.attribute == "role" for c in found):
            return []
        # a clause the rules read as a goal owes its "role" weight to the job aimed at
        # ("I'm studying to become a credentialed LVT, exam in the fall")
        aims = {c.clause for c in found if c.category == "goal"}
        for clause in clauses:
            if reading.get(clause, {}).get("role", 0.0) < self.role or clause in aims or \
                    AIMED_JOB.search(clause):
                continue
            said = ROLE_PHRASE.search(clause)
            value = said.group("v").strip() if said else ""
            if said and value and value.split()[-1].lower() not in ROLE_STOP:
                # with the employer and city that follow it ("... at NVE in Oslo")
                return _role(value, clause[said.end("v"):], clause)
            kind = WORKPLACE_KIND.search(clause)
            if kind:
                value = kind.group("v")
                return [Candidate(text=f"Works at {value}", category="role", value=value,
                                  clause=clause, attribute="role")]
            field = WORK_FIELD.search(clause)  # a field, not a place: "HR", "logistics"
            value = field.group("v") if field else ""
            if value and (value.islower() or value.isupper()):
                return [Candidate(text=f"Works in {value}", category="role", value=value,
                                  clause=clause, attribute="role")]
            # the reader reads the English-only encoder's vectors (see ``language_id``), and
            # a long clause is the user's only when it says "I" ("congrats on your promotion
            # to sales lead" is the listener's news)
            title = self.learned.read_role(clause) if reads_as_english(clause) and (
                len(clause.split()) <= FRAGMENT or FIRST_PERSON.search(clause)) else None
            if title is not None and not NOT_MINE.search(clause[:title[0]]) and \
                    not re.match(r"\w+ed\b|made\b", clause[title[0]:title[1]], re.I) and (
                    read := _role(clause[title[0]:title[1]], clause[title[1]:], clause)):
                return read
        return []

    def _kin(self, reading: dict[str, dict[str, float]], clauses: list[str],
             previous_assistant: str | None, found: list[Candidate]) -> list[Candidate]:
        """Relatives and pets by a name no rule read, in clauses the classifier reads as
        about the user's family or pets (see ``kin_names``)."""
        # a rule's reading the writer would refuse ("our toddler Asha" -> "a toddler") is no
        # reading: the name is read again here
        have = {c.value.lower() for c in found if c.value and malformed(c) is None}
        out: list[Candidate] = []
        for i, clause in enumerate(clauses):
            if reading.get(clause, {}).get("family_pet", 0.0) < self.kin:
                continue
            for at, name in _one_by_one(self.learned.read_all(clause, "family_pet")):
                if name.lower() in have or name.lower() in NAME_STOP or \
                        _someone_elses(clause, name):  # "Hon ... har en labrador som heter Doris"
                    continue
                if THEIR_KIN.search(" ".join([*clauses[:i], clause[:at]])):
                    continue  # "my sister just had her baby!!! a little boy called Rafferty"
                kind = relation(clause, at, at + len(name), " ".join(clauses[:i]),
                                previous_assistant)
                if kind is not None:
                    out.append(kin_candidate(kind, name, clause))
                    have.add(name.lower())
        return out

    def _values(self, reading: dict[str, dict[str, float]], clauses: list[str],
                found: list[Candidate], others_form: bool = False) -> list[Candidate]:
        """Names, cities and employers the rules did not read, in clauses the classifier
        reads as one (one value per slot and message)."""
        have = {c.attribute for c in found if c.attribute}
        # a value read already is not read again as another slot ("ich heiße Jörg" is no
        # place)
        taken = {c.value.lower() for c in found if c.value}
        jobs = [c.value.lower() for c in found if c.attribute == "role" and c.value]
        out: list[Candidate] = []
        for clause in clauses:
            probs = reading.get(clause, {})
            # A clause that states the user's job often says where too ("i'm a pastry chef
            # in austin"), though the classifier, taught one kind a clause, gives the place
            # little weight: there the reader is asked for the place as well.
            wanted = [slot for slot in READ_SLOTS
                      if slot not in have and (probs.get(slot, 0.0) >= self.value or
                                               slot == "location" and
                                               probs.get("role", 0.0) >= self.role)]
            # The classifier gives a clause one kind, and a clause often holds several ("sou
            # o Thiago, dev backend no Nubank" reads as a name): in a clause it is sure states
            # a fact, a value the reader is sure of is read for every slot.
            more = [slot for slot in READ_SLOTS if slot not in have and slot not in wanted] \
                if self._fact_p(reading, clause) >= FACT else []
            values = self.learned.read_values(clause, wanted)
            values.update(self.learned.read_values(clause, more, at_least=SURE))
            working = WORK_CUE.search(clause) or any(job in clause.lower() for job in jobs) or \
                probs.get("role", 0.0) >= self.role  # "enfermera de UCI en el Hospital X"
            for slot, value in values.items():
                if (value.lower() in taken or slot == "name" and not _introduces(clause, value) or
                        others_form and FORM_FIELD.match(clause) or
                        slot == "employer" and (not working or value.lower() in EMPLOYER_STOP or
                                                value.islower() and value in COMMON_WORDS) or
                        # "... at plano kong magpadala": Tagalog "at" is "and"; a firm typed
                        # in lower case is read only in an English clause
                        slot == "employer" and value.islower() and
                        not reads_as_english(clause) or
                        slot in {"location", "employer"} and PAST.search(clause) or
                        slot == "location" and not _home_said(clause, value) or
                        _someone_elses(clause, value)):
                    continue
                category, attribute = CATEGORY[slot]
                value = TURKISH_CASE.sub("", value) if slot == "location" else value
                out.append(town_as_home(Candidate(text=slot_text(slot, value),
                                                  category=category, value=value,
                                                  clause=clause, attribute=attribute)))
                have.add(slot)
        return out


# "ele mora em Lisboa, trabalha na Galp": a clause in another language whose subject is "he",
# "she" or "they", with no word for "I" or "we" before the value, speaks of someone else.
# Words that are as often something else are left out: "il" (Italian "the"), "de" (a
# preposition in the Romance languages), "a" ("to" there, "and" in Czech).
THIRD_SUBJECT = re.compile(r"(?:^|[,;:.]\s*|\b(?:e|y|et|und|en|i|och|og|dan|và)\s+)"
                           r"(?:ele|ela|eles|elas|él|ella|ellos|ellas|elle|ils|elles|er|"
                           r"lui|lei|loro|hij|zij|han|hon|dia|mereka|он|она|они)\b",
                           re.IGNORECASE)
FOREIGN_I = re.compile(r"\b(?:eu|yo|je|j'|ich|ik|io|jag|jeg|aku|saya|ja|ben|mình|tôi|nós|"
                       r"nosotros|nous|wir|wij|noi|vi|kami|kita|я|мы)\b", re.IGNORECASE)


# Someone else's child or pet named after it in the message: "my sister had her baby, a little
# boy called Rafferty", "my neighbour's cat", "their new puppy". The owner is anyone outside
# the user's household ("my wife's cat" is the family's); built from the shared word lists.
HOUSEHOLD = frozenset("wife husband partner son daughter kid kids child children boyfriend "
                      "girlfriend".split())
THEIR_KIN = re.compile(
    rf"\b(?:his|her|their)\s+(?:new\s+|first\s+|little\s+)?(?:baby|babies|son|daughter|kid|"
    rf"child|twins|{PETS})\b|"
    rf"\b(?:{'|'.join(w for w in OTHER_PEOPLE.split('|') if w not in HOUSEHOLD)})['’]s\s+"
    rf"(?:new\s+)?(?:baby|{PETS})\b|"
    rf"\b(?:our|the|my)\s+(?:class|classroom|office|school|team|work|shop|library|ward)\s+"
    rf"(?:{PETS})\b", re.IGNORECASE)  # "our class hamster Nibbles": the classroom's


def _one_by_one(spans: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Each name of a span the reader read as one ("Elena y Nico", "Kai and Ari"), with where
    it starts."""
    out: list[tuple[int, str]] = []
    for at, span in spans:
        start = 0
        for part in JOINED.split(span):
            start = span.index(part, start)
            out.append((at + start, part))
            start += len(part)
    return out


JOINED = re.compile(r"\s*,\s*|\s+(?:and|y|e|et|und|i|en|och|&)\s+")


# A job aimed at, not held: "I'd like to end up in fisheries consulting", "hoping to get into
# UX", "my dream is to become a pilot".
AIMED_JOB = re.compile(r"\b(?:I'd like to|I would like to|I want to|I wanna|hoping to|I hope to|"
                       r"aiming to|I aim to|dream(?:ing)? (?:is )?(?:of|to)|would love to|"
                       r"trying to|planning to)\s+(?:\w+\s+)?(?:end up|become|be|get into|"
                       r"move into|work|land|break into|switch to|go into)\b", re.IGNORECASE)


def _someone_elses(clause: str, value: str) -> bool:
    """The value is said of another person (see ``THIRD_SUBJECT``)."""
    at = clause.lower().find(value.lower())
    before = clause[:at] if at >= 0 else clause
    return THIRD_SUBJECT.search(before) is not None and FOREIGN_I.search(before) is None


# A form's field: "Name: Gerhard Brückner", "City: Kassel".
FORM_FIELD = re.compile(r"^\W*(?:full\s+)?(?:name|nom|nombre|nome|naam|imię|city|town|stadt|ville|"
                        r"ciudad|cidade|address|adresse|dirección|employer|company|firma)\s*:",
                        re.IGNORECASE)


# A home or job in the past: "we lived in a caravan in Wales when I was a kid", "I used to
# work at IKEA" ("I've lived here ten years" is the present one).
PAST = re.compile(r"(?<!'ve )(?<!have )\b(?:lived|used to (?:live|work)|grew up|interned|"
                  r"worked)\b|\bwhen I was (?:a kid|little|young|\d+)\b|"
                  # ... and in the other languages: "Ich habe früher in Leeds gewohnt"
                  r"\b(?:früher|gewohnt|gearbeitet|vivía|vivíamos|trabajaba|vivais|habitais|"
                  r"travaillais|vivevo|abitavo|lavoravo|morava|trabalhava|woonde|werkte|"
                  r"vroeger|mieszkałe[mś]|mieszkałam|pracowałe[mś]|pracowałam|bodde|jobbade)\b",
                  re.IGNORECASE)


# A clause whose subject is not the user: "This is a dream come true for me, as I've always
# wanted to ...", "It's great having the freedom ...", "My sister wants to ...".
# Cheering the listener on is about them too: "Keep pushing for your goals", "Let's keep
# going", "Congrats on your success", "Hope you both weighed the pros and cons". So is a
# judgement of a thing or an activity: "For me, it's writing and reading", "Starting my own
# store and taking risks is both scary and rewarding". Thanks, bets and looking forward
# are the moment's: "Thanks for encouraging me to try new genres", "I bet we'll win".
OTHER_OPENING = re.compile(r"^(?:\W*(?:so|and|but|well|oh|yeah|honestly|actually)\W+)*"
                           r"(?:this|that|it|it's|there|here|he|she|they|you|your|his|her|"
                           r"their|let's|lets|congrats|congratulations|good luck|well done|"
                           r"way to go|(?:I )?hope you|glad you|happy for you|proud of you|"
                           r"we'll|we will|we can do|we got this|thanks|thank you|thx|"
                           r"(?:I )?bet|(?:I'm |I am )?(?:really |so )?looking forward|"
                           r"(?:I )?can't wait|"
                           r"keep (?:pushing|going|it up|up the)|stay (?:motivated|positive|"
                           r"strong|focused)|for (?:me|us),?\s+(?:it's|it is|its)|"
                           r"(?!being\b)\w+ing\b(?=[^,;]*\b(?:is|are|was|were)\s))\b",
                           re.IGNORECASE)
# A clause that asks ("Anything else you're looking forward to doing in Japan") states nothing.
ASKED = re.compile(r"^(?:\W*(?:so|and|but|well|oh)\W+)*(?:anything|what|how|which|do you|did you|"
                   r"are you|have you|any)\b", re.IGNORECASE)
# Where the user's own statement starts inside such a clause.
OWN_SUBJECT = re.compile(r"(?:^|[,;:—–-]\s*|\b(?:as|because|since|and|but|so)\s+)"
                         r"(?=(?:I|I'm|I've|I'd|I'll)\b)")


# What stands just before a job title that is not the user's: "you must be a good
# salesperson", "she's a nurse", "I'm after Marley flooring", "looking for a plumber", "my
# manager at Stripe"; the object of a doing ("growing the customer base", "hiring a
# designer") is a thing or a person dealt with, not the user ("being a nurse" is).
NOT_MINE = re.compile(r"\b(?:you|you're|youre|ur|u|he|she|they|he's|she's|they're|who)"
                      r"(?:\s+\w+){0,2}\s+(?:(?:be|is|are|was|were)\s+)?(?:a|an|the)?\s*$|"
                      r"\b(?:after|for|about|with|than|need|needs|want|hire|hiring|call|"
                      r"calling|find|finding)\s+(?:a|an|the|some)?\s*$|"
                      r"\b(?:my|our|his|her|their)(?:\s+(?:new|old|line|former))?\s+$|"
                      r"\b(?!being\b)\w+ing\s+(?:a|an|the|some|more)\s+$",
                      re.IGNORECASE)


def _home_said(clause: str, value: str) -> bool:
    """An English clause gives a place as the user's home with a place word before it ("in",
    "just outside Dayton") or as their own ("I", "we", "my"): "Manchester City are in bad
    form" names a club, "one more photo from Rio" a trip ("from", "to" and "at" say where a
    thing comes from or goes). The rules' own readings of other languages are not judged
    here."""
    if not reads_as_english(clause):
        return True
    at = clause.lower().find(value.lower())  # the reader capitalises "glasgow"
    if at >= 0 and TEAM_AFTER.match(clause, at + len(value)):
        return False  # "As a Manchester City fan, I can't agree": a team, not a home
    return FIRST_PERSON.search(clause) is not None or at > 0 and (
        PLACE_BEFORE.search(clause[:at]) is not None and
        (not re.search(r"\b(?:from|to|at|nach|naar|aus)\s+$", clause[:at], re.I) or
         MOVED_TO.search(clause[:at]) is not None) or
        re.search(r"\b(?:outside|past|out of|on|by|of|it's|it is)\s+$", clause[:at],
                  re.I) is not None)  # "actually it's Porto not Lisbon": a correction


TEAM_AFTER = re.compile(r"\s+(?:fans?|supporters?|FC|F\.C\.|games?|matches|match|jersey|"
                        r"shirt|season tickets?)\b", re.IGNORECASE)
# "finally done moving to Turku", "just relocated to Porto": a move says where home is now.
MOVED_TO = re.compile(r"\b(?:mov(?:ed|ing)|relocat(?:ed|ing)|emigrat(?:ed|ing))\s+"
                      r"(?:(?:back|over|out|here|all the way)\s+)?to\s+$", re.I)


def _first_person(clause: str) -> str:
    """The part of a clause the classifier's phrase fact is the user's: the whole clause, or,
    when it opens on someone or something else, the user's statement inside it ("as I've
    always wanted to learn auto engineering"); empty when there is none."""
    if not SUBJECT_I.search(clause) and (THING_SUBJECT.match(clause) or
                                         LISTENER.search(clause) and
                                         not YOUR_ANSWERS.search(clause)):
        return ""  # "Sushi is delicious", "Reach for your goals": no fact of the user's
    if not OTHER_OPENING.match(clause):
        return clause
    own = OWN_SUBJECT.search(clause, 1)
    return clause[own.end():] if own else ""


# A clause without "I" or "my" that opens on a thing and a copula judges the thing ("Sushi is
# delicious", "Rock's awesome", "Gaming has always been an escape"); one that speaks of "you"
# is about the listener ("Reach for your goals").
THING_SUBJECT = re.compile(r"^\W*(?:[\w-]+\s+){0,3}?(?:is|are|was|were|has|have)\b|"
                           r"^\W*(?:[\w-]+\s+){0,2}?[\w-]+'s\b", re.IGNORECASE)
# ... but "your replies" are the assistant's answers, what a standing wish is about ("No emojis
# in your replies please").
YOUR_ANSWERS = re.compile(r"\byour (?:replies|answers|responses|messages|reply|answer|"
                          r"response|texts|explanations|code)\b", re.IGNORECASE)
LISTENER = re.compile(r"\b(?:you|your|you're|yours|yourself|ur|u)\b", re.IGNORECASE)
# The user as a subject or owner ("for me" is not: "Gaming has been an escape for me").
SUBJECT_I = re.compile(r"\b(?:I|I'm|Im|I've|I'd|I'll|my|mine|we|we're|we've|our)\b",
                       re.IGNORECASE)


def _introduces(clause: str, name: str) -> bool:
    """A name the span reader found is the user's only where they introduce themselves
    ("hallo, ich bin Sabine", "Fatima Zahra"), not wherever a name is ("playing AC Valhalla")."""
    at = clause.find(name)
    return at >= 0 and bool(NAME_BEFORE.search(clause[:at])) and not VOCATIVE.match(name) \
        and "," not in name and not NAME_LIST.match(clause, at + len(name))


# Names in a list are people the user talks about: "Maya, Zoe and Lily", "Ana y Pedro".
NAME_LIST = re.compile(r"(?:\s*,\s*(?-i:[A-Z])\w+)*,?\s+(?:and|&|y|e|et|und|en|og|och|i)\s+"
                       r"(?-i:[A-Z])", re.IGNORECASE)


# "Yo Tim!", "Bye Sam.", "Thanks Evan": a greeting before a name addresses the listener.
# An interjection is no name either ("Oof, Sam, so embarrassing!").
VOCATIVE = re.compile(r"(?:yo|hey|hi|hiya|hello|bye|thanks|thank you|thx|congrats|cheers|"
                      r"dear|morning|night|welcome|sup|wow|aww|omg|haha|lol|gotcha|ooh+|oh+|"
                      r"ah+|yay|whoa|woah|yikes|hmm+|nope|yep|yeah|sure|cool|awesome|nice|"
                      r"oo+f|ugh+|argh+|phew|welp|meh|geez|gosh|dang|damn|jeez)\b",
                      re.IGNORECASE)


def _value_slot(cand: Candidate) -> str | None:
    """The span reader's kind for a rule's value it may confirm: a name, a pet's name or an
    employer said with words of work (values the classifier has seen too few of to judge)."""
    if cand.attribute == "name":
        return "name"
    if cand.attribute == "employer" and WORK_CUE.search(cand.clause):
        return "employer"
    if cand.category == "personal" and " named " in cand.text:
        return "family_pet"
    return None


def _covers(cand: Candidate, clause: str) -> bool:
    """A rule already read this clause: same words, one inside the other (the rules read
    normalised text, "plz" -> "please"), or its value is in the clause."""
    low = clause.lower()
    mine = cand.clause.lower()
    return bool(mine) and (mine in low or low in mine or
                           bool(cand.value) and cand.value.lower() in low)


def _judged(cand: Candidate) -> bool:
    """Only plain statements are judged: not commands, consents, interest evidence, a change
    said in so many words, a standing request about the replies ("keep it short from now
    on"), or a name the user labelled as one.

    "My name is X" / "call me X" says what X is; the classifier has seen few names, so an
    unusual one (a handle, a nickname with digits) can look factless to it and would be lost.
    A bare "I'm X" is still judged: "I am Legend — is the movie better?" is no introduction.
    Nor is a value said as the user's own on the way to something else: "my rabbit Clover"
    (a pet, by name), "our apartment in Tacoma" (the home). The clause is about the hay or the
    sun, and the classifier would judge the clause, not the value.
    """
    labelled_name = cand.category == "name" and bool(LABELLED_NAME.search(cand.clause))
    return (cand.op == "add" and not cand.explicit and cand.topic is None and not cand.change
            and not labelled_name and not named_as_own(cand) and bool(cand.clause)
            and not is_signoff(cand.clause) and not _fragment_fact(cand)
            and not (cand.text.startswith("Wants you to") and STANDING.search(cand.clause)))


# "mushrooms = absolutely not", "coriander: hard no": a verdict said as a formula.
VERDICT = re.compile(r"^[\w' -]{2,30}?\s*(?:=|:)\s*(?:absolutely not|hard no|a hard no|big no|"
                     r"never|nope|no way|no)\s*[.!]*$", re.IGNORECASE)


def _fragment_fact(cand: Candidate) -> bool:
    """A clause that is nothing but the fact ("paramedic. veggie. mushrooms = absolutely
    not."): the fragment says what it is, and the classifier, taught on sentences, reads a
    one-word clause as chatter."""
    return (cand.attribute == "diet" and cand.value.lower() == cand.clause.lower().strip()
            or VERDICT.match(cand.clause) is not None)


def _retracted(cand: Candidate, deletes: list[Candidate]) -> bool:
    """Whether a fact read beside a change is the value the change says is over: "nicht mehr
    bei Hallmann, jetzt bei Kessler" keeps Kessler; the old employer is what goes."""
    value = (cand.value or cand.text).lower()
    return any(d.value and (d.value.lower() in cand.text.lower() or value in d.value.lower())
               for d in deletes)
