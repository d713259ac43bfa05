"""Reconciliation: how an accepted candidate changes the user's memories.

mem0 2.x only ever adds (exact-text dedup). We decide instead: a restatement (paraphrase
included) is a no-op, a new value of a single-valued attribute supersedes the old memory
through mem0 ``update`` (so its history keeps the audit trail), a retraction deletes the
matching memory, and a hobby becomes an interest only when it shows up in two chats.
"""

from __future__ import annotations

import builtins
import re
from dataclasses import dataclass
from typing import Literal, Protocol

from agent.memory.candidates import Candidate
from agent.memory.lexicon import FAMILY, KIN_ENGLISH, KIN_FOREIGN, PARTNER_WORDS, PETS
from agent.memory.records import MemoryRecord

F = re.IGNORECASE
PARAPHRASE_SCORE = 0.86
DELETE_SCORE = 0.62
NEIGHBOURS = 10
NEGATIVE = re.compile(r"^(?:Dislikes|Does not|Hates|Avoids)\b", F)
GOAL_VERBS = frozenset("finish complete run do get start learn become pass reach achieve "
                       "train training become master improve my their first own".split())
STOP = frozenset("i i'm am a an the my me to of in on at is are be that this about for and "
                 "with being anymore any more no longer not".split())


class MemorySearch(Protocol):
    def list(self, user_id: str, limit: int = ...) -> list[MemoryRecord]: ...

    def find(self, user_id: str, **fields: str | None) -> builtins.list[MemoryRecord]: ...

    def search(self, user_id: str, query: str, limit: int = ..., threshold: float = ...
               ) -> builtins.list[MemoryRecord]: ...


@dataclass(frozen=True)
class Action:
    """One planned write: what to do, to which memory, and why."""

    kind: Literal["create", "update", "delete", "noop"]
    candidate: Candidate
    target: MemoryRecord | None = None
    reason: str = ""


def plan(candidate: Candidate, user_id: str, store: MemorySearch) -> list[Action]:
    """Decide what one accepted candidate does to the user's current memories."""
    if candidate.attribute == "surname":
        candidate = _with_first_name(candidate, store.find(user_id, attribute="name"))
    if candidate.op == "delete":
        return [Action("delete", candidate, m, "user retracted it")
                for m in matches_for_deletion(candidate.value, user_id, store)]
    if candidate.op == "correct":
        return _corrections(candidate, user_id, store)
    # "I've retired!": the job's employer is past too, as the job is
    retired = candidate.attribute == "role" and candidate.change and \
        candidate.text == "Is retired"
    ended = [Action("delete", candidate, m, "retired: the employer is past")
             for m in (store.find(user_id, attribute="employer") if retired else [])]
    return ended + _plan_add(candidate, user_id, store)


def _corrections(candidate: Candidate, user_id: str, store: MemorySearch) -> list[Action]:
    """Each memory holding the word the user mended, rewritten with the right one ("Lives in
    Leeds" -> "Lives in Bradford", "Has a son named Aidan" -> "... Aodhán"), in its own slot.
    A word no memory holds changes nothing: what was never stored needs no mending."""
    if not candidate.old:
        return []
    old = re.compile(rf"(?<!\w){re.escape(candidate.old)}(?!\w)", F)

    def right(_: re.Match[str]) -> str:  # a function: the new word is text, not a template
        return candidate.value

    # The mended memory keeps its slot and its consent: a sensitive fact stays marked so.
    return [Action("update", candidate.with_(
                text=old.sub(right, mem.text), category=mem.category,
                attribute=mem.attribute, value=old.sub(right, mem.value or "") or
                candidate.value, sensitive=mem.sensitive, op="add"), mem, "user corrected it")
            for mem in store.list(user_id) if old.search(mem.text)]


def _plan_add(candidate: Candidate, user_id: str, store: MemorySearch) -> list[Action]:
    """What a new fact does: nothing (known already), an update of its slot or a near
    memory, or a new memory."""
    length = answer_length(candidate.text)
    if length:  # "keep it short from now on" after "I prefer detailed answers"
        for mem in store.list(user_id):
            if answer_length(mem.text) not in (None, length):
                return [Action("update", candidate, mem, "answer length changed")]
    # Look only where a match can be: the same attribute slot, the same stored value, and the
    # nearest memories by meaning. Scanning every memory costs ~9 ms per 1,000 each time.
    same_slot = store.find(user_id, attribute=candidate.attribute) if candidate.attribute else []
    for mem in same_slot:
        if _same_value(mem, candidate):
            return [Action("noop", candidate, mem, "already remembered")]
    if same_slot and candidate.attribute and _single_valued(candidate.attribute):
        return [Action("update", candidate, same_slot[0],
                       f"new {candidate.attribute} supersedes the old one")]
    same_value = store.find(user_id, value=candidate.value)
    similar: list[MemoryRecord] = []
    if not any(_same_value(m, candidate) and _compatible(m, candidate) for m in same_value):
        # Only now pay for an embedding: the exact-value lookup above settles most repeats.
        similar = store.search(user_id, candidate.text, limit=NEIGHBOURS)
    nearby = {m.id: m for m in [*same_value, *similar]}
    for mem in nearby.values():
        if _same_value(mem, candidate) and _compatible(mem, candidate):
            if _polarity(mem.text) != _polarity(candidate.text):
                return [Action("update", candidate, mem, "preference changed")]
            return [Action("noop", candidate, mem, "restates an existing memory")]
    for mem in similar:
        if (mem.score or 0.0) >= PARAPHRASE_SCORE and _polarity(mem.text) == _polarity(
                candidate.text):
            return [Action("noop", candidate, mem, "paraphrase of an existing memory")]
    return [Action("create", candidate, None, "new fact")]


# How long the user wants answers: one wish at a time, the newest stands.
ABOUT_ANSWERS = re.compile(r"\b(?:answers?|repl(?:y|ies)|responses?|explanations?|versions?|"
                           r"keep it|"
                           r"make it|keep them|make them)\b", F)
SHORT = re.compile(r"\b(?:short(?:er)?|brief|concise|succinct|to the point|tl;?dr|one line|"
                   r"(?:a )?few lines|\d-\d lines)\b", F)
LONG = re.compile(r"\b(?:detailed|in-depth|in depth|thorough|long(?:er)?|comprehensive|"
                  r"step[- ]by[- ]step|lots of detail)\b", F)


def answer_length(text: str) -> str | None:
    """"short" or "long" for a wish about the length of answers; None for anything else."""
    if not ABOUT_ANSWERS.search(text):
        return None
    short, long = SHORT.search(text), LONG.search(text)
    return "short" if short and not long else "long" if long and not short else None


# The words of a retraction that name a slot ("forget my job", "forget where I work"): the
# attributes of the memories they name.
SLOT_WORDS: dict[str, tuple[str, ...]] = {
    "name": ("name",), "job": ("role", "employer"), "role": ("role",), "career": ("role",),
    "profession": ("role",), "work": ("employer",), "employer": ("employer",),
    "company": ("employer",), "location": ("location",), "city": ("location",),
    "address": ("location",), "language": ("language",), "diet": ("diet",),
    "timezone": ("timezone",), "age": ("age",), "birthday": ("birthday",),
    "goal": ("goal",), "goals": ("goal",),
    # the same in the other languages a retraction is read in ("dimentica il mio lavoro")
    "lavoro": ("role", "employer"), "trabajo": ("role", "employer"),
    "travail": ("role", "employer"), "boulot": ("role", "employer"),
    "arbeit": ("role", "employer"), "beruf": ("role",), "trabalho": ("role", "employer"),
    "emprego": ("role", "employer"), "werk": ("role", "employer"), "baan": ("role", "employer"),
    "praca": ("role", "employer"), "pracę": ("role", "employer"), "jobb": ("role", "employer"),
    "città": ("location",), "ciudad": ("location",), "ville": ("location",),
    "stadt": ("location",), "cidade": ("location",), "stad": ("location",),
    "miasto": ("location",), "работу": ("role", "employer"), "работа": ("role", "employer"),
    "роботу": ("role", "employer"), "город": ("location",), "місто": ("location",)}
SLOT_PHRASES = [(re.compile(r"\bwhere i (?:live|stay|am from|'m from)\b|где я живу|де я живу|"
                            r"\b(?:what|which) (?:city|town|country|place|area|part of \w+) i "
                            r"(?:live|am|'m) in\b|住んでいる場所|住んでる場所|"
                            r"\bwo ich wohne\b|\boù j'habite\b|\bdónde vivo\b|"
                            r"\bonde (?:eu )?moro\b|"
                            r"\bdove (?:abito|vivo)\b|\bwaar ik woon\b|\bgdzie mieszkam\b|"
                            r"\bvar jag bor\b|\bkde bydlím\b|\bunde locuiesc\b|"
                            r"我住(?:在)?哪|どこに住んで|어디 사는지|أين أسكن|मैं कहाँ रहता"),
                 ("location",)),
                (re.compile(r"\bwhere i (?:work|am working|'m working)\b|\bwho i work for\b|"
                            r"\bwo ich arbeite\b|\boù je (?:travaille|bosse)\b|\bdónde trabajo\b|"
                            r"\bonde (?:eu )?trabalho\b|\bdove lavoro\b|\bwaar ik werk\b|"
                            r"\bgdzie pracuję\b|\bvar jag jobbar\b|\bkde pracuju\b|"
                            r"\bunde lucrez\b|"
                            r"где я работаю|де я працюю|我在哪(?:里|儿)?工作|どこで働いて|"
                            r"어디서 일하는지|أين أعمل|मैं कहाँ काम"), ("employer",)),
                # "delete what you know about my work": the job as a whole, title and firm
                (re.compile(r"^(?:my )?(?:work|career)$|\babout my (?:work|job|career)\b"),
                 ("role", "employer")),
                (re.compile(r"как меня зовут|моё имя|мое имя|моє ім'я|我的名字|名前|내 이름|اسمي|"
                            r"मेरा नाम"), ("name",))]


# "my son's ...", "our dog's ...": a retraction about a family member's or pet's memory.
KIN_POSSESSIVE = re.compile(rf"\b({FAMILY}|{PETS})s?(?:['’]s\b|(?<=s)['’])", F)

KIN_WORD = re.compile(rf"(?:{FAMILY}|{PETS})", F)
# The word a memory may use for the relative a retraction names ("son" -> "Has a child ...").
CHILDREN = "child|kid|son|daughter|twin|baby|boy|girl|stepson|stepdaughter"
# "my ex", "my ex-wife": the partner the user parted from, by any word a memory may use.
EX = re.compile(rf"(?:^|\b(?:my|mein\w*|mon|ma|mi|mio|mia|meu|minha|mijn)\s+)ex"
                rf"(?:-?(?:{PARTNER_WORDS}))?(?:$|\s)", F)
KIN_GENERIC = {"son": "child", "daughter": "child", "kid": "child", "boy": "child",
               "girl": "child", "stepson": "child", "stepdaughter": "child", "baby": "child",
               "puppy": "dog", "kitten": "cat", "pup": "dog", "kitty": "cat"}


def matches_for_deletion(query: str, user_id: str, store: MemorySearch) -> list[MemoryRecord]:
    """Memories a retraction like "forget that I live in Paris" refers to."""
    existing = store.list(user_id)
    q = query.strip().lower()
    spared = re.match(r"everything except (?P<keep>.+)$", q)
    if spared:  # "forget everything about me except my name"
        kept = {m.id for m in matches_for_deletion(spared.group("keep"), user_id, store)}
        return [m for m in existing if m.id not in kept]
    if q in {"everything", "all", "everything about me", "all of it", "all my memories", "me",
             "about me", "all about me", "everything you know", "my data"}:
        return existing
    q = _kin_in_english(q)
    owner = KIN_POSSESSIVE.search(q)
    if owner:
        # "forget my son's name", "my dog's name": that one's memory, never the user's name.
        word = owner.group(1).lower()  # "my kids' names": the kid's (the "s" is outside it)
        kind = KIN_GENERIC.get(word, word)
        # "my kids' names": every child of theirs, however stored ("Has a twin named Noah")
        kin = re.compile(rf"\b(?:{re.escape(word)}|{CHILDREN if kind == 'child' else kind})s?\b",
                         F)
        return [m for m in existing if m.category == "personal" and kin.search(m.text)]
    words = _content_words(q)
    # A slot word names a slot in a short request or after "my" ("forget my job"), not in a
    # statement ("forget that I work out every morning").
    slot = {attr for w in words if len(words) <= 2 or re.search(rf"\bmy {re.escape(w)}\b", q)
            for attr in SLOT_WORDS.get(w, ())}
    slot |= {attr for pattern, attrs in SLOT_PHRASES if pattern.search(q) for attr in attrs}
    # "forget about my son": the child named in "single dad to Leo" too
    named = {w for w in words if KIN_WORD.fullmatch(w)}
    if named:
        kin_words = "|".join(sorted(named | {KIN_GENERIC.get(w, w) for w in named}))
        slot |= {f"id:{m.id}" for m in existing if m.category == "personal" and
                 " named " in m.text and re.search(rf"\b(?:{kin_words})s?\b", m.text, F)}
    if EX.search(q):  # "forget everything about my ex": the partner, however stored
        slot |= {f"id:{m.id}" for m in existing if m.category == "personal" and
                 re.search(rf"\b(?:{PARTNER_WORDS})\b", m.text, F)}
    if words & {"family", "kids", "children", "pets", "relatives"}:
        for mem in existing:
            if re.search(rf"\bnamed\b.*|\b(?:{FAMILY}|{PETS})\b", mem.text, F) and \
                    mem.category == "personal":
                slot.add(f"id:{mem.id}")
    hits: dict[str, MemoryRecord] = {}
    for mem in existing:
        attr = mem.attribute or ""
        if f"id:{mem.id}" in slot or ("goal" in slot and mem.category == "goal"):
            hits[mem.id] = mem
            continue
        if attr and attr in slot:
            hits[mem.id] = mem
            continue
        value = (mem.value or "").lower()
        mem_words = _content_words(mem.text.lower())
        if value and (value in q or (len(value) > 3 and q in value)):
            hits[mem.id] = mem
        elif words and words - {"like", "love", "live", "lives"} and \
                _stems(words - {"like", "love", "live", "lives"}) <= _stems(mem_words):
            hits[mem.id] = mem
    if not hits:
        for mem in store.search(user_id, query, limit=3):
            if (mem.score or 0.0) >= DELETE_SCORE:
                hits[mem.id] = mem
    return list(hits.values())


# "oublie que j'ai un chat": the relative or pet a retraction in another language names, in
# the English word memories use; not after an English determiner ("forget this chat").
FOREIGN_KIN_WORD = re.compile(rf"(?<!\bthis )(?<!\bthe )(?<!\bour )(?<!\bthat )"
                              rf"\b({KIN_FOREIGN})\b", F)


def _kin_in_english(query: str) -> str:
    return FOREIGN_KIN_WORD.sub(lambda m: KIN_ENGLISH[m.group(1).lower()], query)


def _with_first_name(candidate: Candidate, names: list[MemoryRecord]) -> Candidate:
    """A new surname joins the first name already remembered ("Name is Priya Raman" and
    "my surname changed to Haddad" -> "Name is Priya Haddad"); with none, it stands alone.
    Either way it fills the name slot, superseding the old name."""
    known = (names[0].value or "").split() if names else []
    if not known:
        return candidate.with_(attribute="name")
    full = f"{known[0]} {candidate.value}"
    return candidate.with_(text=f"Name is {full}", value=full, attribute="name")


def _same_value(mem: MemoryRecord, cand: Candidate) -> bool:
    a = _norm(mem.value or mem.text)
    b = _norm(cand.value)
    if not a or not b:
        return False
    if cand.category == "goal" and mem.category == "goal":
        return _same_goal(mem.text, cand.value)
    return a == b or (len(b) > 2 and re.search(rf"\b{re.escape(b)}\b", _norm(mem.text)) is not None
                      and len(_content_words(b)) >= len(_content_words(a)) - 1)


def _same_goal(memory_text: str, value: str) -> bool:
    """'finish a marathon' restates 'Is training for a marathon': same object, other verb."""
    objects = _content_words(value) - GOAL_VERBS
    return bool(objects) and objects <= _content_words(memory_text)


def _compatible(mem: MemoryRecord, cand: Candidate) -> bool:
    groups = [{"preference", "interest", "goal"}, {"role"}, {"name"}, {"location", "personal"},
              {"language"}, {"constraint", "health"}, {"other"}]
    return any(mem.category in g and cand.category in g for g in groups) or \
        mem.category == "other" or cand.category == "other"


def _single_valued(attribute: str) -> bool:
    from agent.memory.records import SINGLE_VALUED

    return attribute in SINGLE_VALUED or attribute.startswith("favorite_") or attribute in {
        "hometown", "native_language", "birthday", "birthplace", "units", "clock", "tone"}


def _polarity(text: str) -> int:
    return -1 if NEGATIVE.search(text) else 1


def _norm(text: str) -> str:
    return re.sub(r"[^\w+#]+", " ", text.lower()).strip()


def _stems(words: set[str]) -> set[str]:
    """Words cut to their first six letters: "forget the pregnancy thing" names "Is
    pregnant"."""
    return {w[:6] for w in words}


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w+#'-]+", text.lower()) if w not in STOP}
