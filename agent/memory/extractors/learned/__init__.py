"""The learned extractor: which clauses carry a durable fact, of which kind, with which value.

A clause classifier (kind of fact, or none) and a token tagger (value spans) read the packaged
MiniLM's sentence and token vectors plus cues embeddings are blind to (see ``features``); an
n-gram model reads the clause's characters beside the classifier (see ``grams``). All are
trained on the labelled examples in ``training_data/`` by ``personalmem train-extractor``;
adding coverage means adding examples, not code.

Rules stay where rules are right: explicit commands (remember / forget this / forget
everything) come from the rule extractor's request readers, secrets and consent from the
policy, and the memory's wording from ``phrasing``. The extractor only proposes; the policy
and reconciliation decide, as for every extractor.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from agent.memory.candidates import Candidate, dedupe
from agent.memory.encoder import Encoded, Encoder, Vector, shared_encoder
from agent.memory.extraction_window import extraction_window
from agent.memory.extractors.learned.features import (
    clause_features,
    is_short_answer,
    token_features,
)
from agent.memory.extractors.learned.labels import PHRASE_KINDS, SLOTS
from agent.memory.extractors.learned.model import ExtractorWeights, SoftmaxModel
from agent.memory.extractors.learned.roles import ROLE_SPAN, role_spans
from agent.memory.extractors.learned.spans import candidate_spans, span_features
from agent.memory.extractors.rules.clauses import split_clauses
from agent.memory.extractors.rules.normalization import normalize
from agent.memory.extractors.rules.requests import (
    _explicit_body,
    _forget_candidates,
    _strip_consent,
)
from agent.memory.phrasing import slot_text, third_person
from agent.memory.topics import topic_of

log = logging.getLogger(__name__)

WEIGHTS = Path(__file__).with_name("weights") / "extractor.npz"
MAX_CLAUSES = 40
EVERYTHING = re.compile(r"^(?:everything|all|all of it|everything (?:about me|you know)|"
                        r"(?:all )?(?:my|the) (?:data|memories|memory)|me|about me)$", re.I)

# Kinds the gated extractor may add on the classifier's word alone (never sensitive ones).
ADDABLE = frozenset({"preference", "dislike", "goal", "constraint"})
CATEGORY = {"name": ("name", "name"), "role": ("role", "role"),
            "employer": ("role", "employer"), "location": ("location", "location"),
            "language": ("language", "language"), "preference": ("preference", None),
            "dislike": ("preference", None), "goal": ("goal", None),
            "constraint": ("constraint", None), "family_pet": ("personal", None),
            "sensitive": ("health", None), "interest": ("interest", None)}


@dataclass(frozen=True)
class Thresholds:
    """Decision thresholds, chosen on the dev split (see ``train``), never on test sets."""

    fact: float = 0.5       # a clause carries a fact when P(none) is below 1 - fact
    span: float = 0.35      # mean tag probability of a value span
    secondary: float = 0.15  # another slot in the same clause ("I'm Ana, a nurse at X")
    value: float = 0.7      # P(kind) of the capitalised span the span reader picks


class LearnedExtractor:
    """An ``Extractor`` backed by the trained weights (see the module docstring)."""

    _default: LearnedExtractor | None = None
    _default_lock = threading.Lock()

    def __init__(self, weights: ExtractorWeights, encoder: Encoder,
                 thresholds: Thresholds | None = None) -> None:
        self.weights = weights
        self.encoder = encoder
        self.thresholds = thresholds or Thresholds()

    @classmethod
    def default(cls) -> LearnedExtractor:
        """The shipped extractor: the weights built by ``make setup`` (trained now, once,
        if they are missing or were built by an older version of this code)."""
        with cls._default_lock:
            if cls._default is None:
                cls._default = cls(_load_or_train(), shared_encoder())
            return cls._default

    def __call__(self, message: str, previous_assistant: str | None) -> list[Candidate]:
        text = extraction_window(message)
        normalized = normalize(text)
        forget = _forget_candidates(normalized, previous_assistant)
        if forget:
            if any(EVERYTHING.match(c.value.strip().lower()) for c in forget):
                return [Candidate(text="", category="other", value="", clause=text,
                                  op="forget_all")]
            return forget
        explicit = _explicit_body(normalized) is not None or _strip_consent(normalized) \
            is not None
        clauses = [c.text for c in split_clauses(text) if c.text.strip()][:MAX_CLAUSES]
        return self.predict(clauses, previous_assistant, explicit=explicit)

    def predict(self, clauses: list[str], previous_assistant: str | None, *,
                explicit: bool = False) -> list[Candidate]:
        """Candidates from already split clauses (the training code evaluates this too)."""
        encoded, shorts, kinds = self._classify(clauses, previous_assistant)
        found: list[Candidate] = []
        for clause, enc, short, probs in zip(clauses, encoded, shorts, kinds, strict=False):
            found.extend(self._clause_candidates(clause, enc, short, probs, explicit))
        return dedupe(found)

    def read(self, clauses: list[str], previous_assistant: str | None
             ) -> dict[str, dict[str, float]]:
        """Per clause, the probability of each kind (one encoder pass for them all)."""
        unique = list(dict.fromkeys(c for c in clauses if c.strip()))[:MAX_CLAUSES]
        kinds = self._kinds(unique, previous_assistant,
                            self.encoder.sentences(unique),
                            lambda question: self.encoder.sentences([question])[0])
        classes = self.weights.classifier.classes
        return {clause: dict(zip(classes, (float(x) for x in row), strict=True))
                for clause, row in zip(unique, kinds, strict=True)}

    def prefetch_spans(self, clauses: list[str]) -> None:
        """Encode these clauses in one pass (one pass for a message, not one a clause: the
        encoder's fixed cost dominates short clauses); the encoder keeps their token vectors
        for the readings that follow."""
        todo = [c for c in dict.fromkeys(clauses) if candidate_spans(c)]
        if todo:
            self.encoder.encoded(todo)

    def _span_probs(self, clause: str) -> list[tuple[int, int, np.ndarray]]:
        """Per capitalised span of the clause: its offsets and P(kind) of the span reader."""
        return self._scored(clause, candidate_spans(clause), self.weights.spans)

    def _scored(self, clause: str, spans: list[tuple[int, int]], model: SoftmaxModel
                ) -> list[tuple[int, int, np.ndarray]]:
        """Each span of the clause with ``model``'s probabilities for it (one matrix product;
        the clause's token vectors come from the encoder's cache when it has them)."""
        if not spans:
            return []
        encoded = self.encoder.encoded([clause])[0]
        rows = [(start, end, x) for start, end in spans
                if (x := span_features(clause, encoded, start, end)) is not None]
        if not rows:
            return []
        probs = model.probabilities(np.vstack([x for _, _, x in rows]))
        return [(start, end, p) for (start, end, _), p in zip(rows, probs, strict=True)]

    def read_spans(self, clause: str) -> list[tuple[str, str, float]]:
        """Each capitalised span of the clause with the span reader's likeliest kind for it
        and that kind's probability: ``(text, kind, p)``."""
        classes = self.weights.spans.classes
        return [(clause[start:end], classes[int(p.argmax())], float(p.max()))
                for start, end, p in self._span_probs(clause)]

    def read_values(self, clause: str, slots: list[str], at_least: float | None = None
                    ) -> dict[str, str]:
        """Per wanted slot, the span the reader is surest is that slot's value (at least
        ``at_least``, by default ``thresholds.value``)."""
        if not slots:
            return {}
        floor = self.thresholds.value if at_least is None else at_least
        best: dict[str, tuple[float, str]] = {}
        for text, kind, p in self.read_spans(clause):
            if kind in slots and p >= floor and p > best.get(kind, (0.0, ""))[0]:
                best[kind] = (p, text)
        values = {slot: _clean_value(slot, text) for slot, (_, text) in best.items()}
        return {slot: value for slot, value in values.items() if value}

    def read_all(self, clause: str, slot: str) -> list[tuple[int, str]]:
        """Every span the reader reads as a ``slot`` value (at least ``thresholds.value``),
        cleaned, with where it starts: a clause may name two children ("Fleur en Daan")."""
        return [(start, value) for start, end, p in self._span_probs(clause)
                if self.weights.spans.classes[int(p.argmax())] == slot and
                p.max() >= self.thresholds.value and
                (value := _clean_value(slot, clause[start:end]))]

    def likeliest(self, clauses: list[str], slot: str, after: re.Pattern[str] | None = None
                  ) -> tuple[str, float] | None:
        """The span of any of the clauses the reader finds likeliest to be a ``slot`` value
        (cleaned as ``read_values`` cleans it), and that probability, for a value the user
        pointed at ("I live here"); with ``after``, only spans whose preceding text it
        matches ("in Leeds")."""
        model = self.weights.spans
        if slot not in model.classes:
            return None
        col = model.classes.index(slot)
        self.prefetch_spans(clauses)
        best: tuple[str, float] | None = None
        for clause in clauses:
            for start, end, probs in self._span_probs(clause):
                if after is not None and not after.search(clause[:start]):
                    continue
                if best is None or float(probs[col]) > best[1]:
                    best = (clause[start:end], float(probs[col]))
        if best is None:
            return None
        value = _clean_value(slot, best[0])
        return (value, best[1]) if value else None

    def read_role(self, clause: str) -> tuple[int, int] | None:
        """Where in the clause the job-title reader reads the user's role (the likeliest
        candidate, at least ``ROLE_SPAN``), or ``None``."""
        model = self.weights.roles
        scored = self._scored(clause, role_spans(clause), model)
        if not scored:
            return None
        col = model.classes.index("role")
        start, end, probs = max(scored, key=lambda row: float(row[2][col]))
        return (start, end) if probs[col] >= ROLE_SPAN else None

    def confirms(self, clause: str, slot: str, value: str) -> bool:
        """Whether the span reader, on its own, reads ``value`` in the clause as ``slot``."""
        low = value.lower()
        return any(kind == slot and p >= self.thresholds.value and
                   (text.lower() in low or low in text.lower())
                   for text, kind, p in self.read_spans(clause))

    def _classify(self, clauses: list[str], previous_assistant: str | None
                  ) -> tuple[list[Encoded], list[bool], np.ndarray]:
        """Encode the clauses (token vectors too, for the tagger) and classify each."""
        encoded = self.encoder.encode(clauses)
        kinds = self._kinds(clauses, previous_assistant, [e.sentence for e in encoded],
                            lambda question: self.encoder.encode([question])[0].sentence)
        question = previous_assistant.strip()[-300:] if previous_assistant else None
        return encoded, [is_short_answer(c, question) for c in clauses], kinds

    def _kinds(self, clauses: list[str], previous_assistant: str | None,
               sentences: list[Vector], embed: Callable[[str], Vector]) -> np.ndarray:
        """P(kind) per clause from its sentence vector, cues and characters.

        The assistant's question is embedded only when a clause is a short answer to it, the
        one case its vector is read: otherwise it would more than double the encoder's time.
        """
        if not clauses:
            return np.zeros((0, len(self.weights.classifier.classes)))
        question = previous_assistant.strip()[-300:] if previous_assistant else None
        shorts = [is_short_answer(c, question) for c in clauses]
        context = embed(question) if question and any(shorts) else None
        features = np.vstack([clause_features(c, v, context, s)
                              for c, v, s in zip(clauses, sentences, shorts, strict=True)])
        return self.weights.kinds(features, clauses)

    def _clause_candidates(self, clause: str, enc: Encoded, short: bool, probs: np.ndarray,
                           explicit: bool) -> list[Candidate]:
        classes = self.weights.classifier.classes
        p = dict(zip(classes, (float(x) for x in probs), strict=True))
        kind = classes[int(np.argmax(probs))]
        if p.get("none", 0.0) >= 1 - self.thresholds.fact:
            kind = "none"
        if kind == "forget_all":
            return [Candidate(text="", category="other", value="", clause=clause,
                              op="forget_all")]
        if kind in {"none", "temporary_name", "forget"}:
            return []
        if kind == "secret":
            return [Candidate(text=clause, category="secret", value=clause, clause=clause,
                              explicit=explicit)]
        spans = self._spans(clause, enc)
        out: list[Candidate] = []
        for slot in SLOTS:
            if slot in PHRASE_KINDS:
                continue
            value = spans.get(slot)
            if value is None and short and slot == kind:
                value = clause.strip(" .!?,")  # a short answer is the value itself
            if value is None or not (slot == kind or p.get(slot, 0.0) >= self.thresholds.
                                     secondary):
                continue
            if slot == "interest":
                topic = topic_of(value)
                if topic:
                    out.append(Candidate(text=f"Interested in {topic}", category="interest",
                                         value=topic, clause=clause, topic=topic,
                                         explicit=explicit))
                continue
            value = _clean_value(slot, value)
            if value:
                category, attribute = CATEGORY[slot]
                out.append(Candidate(text=slot_text(slot, value), category=category,
                                     value=value, clause=clause, attribute=attribute,
                                     explicit=explicit))
        if kind in PHRASE_KINDS:
            out.extend(phrase_candidate(kind, clause, spans.get("family_pet") or clause,
                                         explicit))
        return out

    def _spans(self, clause: str, enc: Encoded) -> dict[str, str]:
        """The best value span per slot: runs of B-/I- tags, widened to whole words."""
        offsets = enc.offsets
        tags = self.weights.tagger.probabilities(token_features(clause, enc))
        classes = self.weights.tagger.classes
        best: dict[str, tuple[float, str]] = {}
        i = 0
        while i < len(offsets):
            label = classes[int(np.argmax(tags[i]))]
            if label == "O":
                i += 1
                continue
            slot = label[2:]
            scores = [float(tags[i].max())]
            j = i + 1
            while j < len(offsets) and classes[int(np.argmax(tags[j]))] == f"I-{slot}":
                scores.append(float(tags[j].max()))
                j += 1
            start, end = _word_bounds(clause, offsets[i][0], offsets[j - 1][1])
            score = sum(scores) / len(scores)
            if score >= self.thresholds.span and score > best.get(slot, (0.0, ""))[0]:
                best[slot] = (score, clause[start:end])
            i = j
        return {slot: text for slot, (_, text) in best.items()}


def _load_or_train() -> ExtractorWeights:
    from agent.memory.extractors.learned.train import train_and_save

    if WEIGHTS.exists():
        try:
            return ExtractorWeights.load(WEIGHTS)
        except ValueError as exc:
            log.warning("%s: training the memory extractor again (once)", exc)
    else:
        log.warning("no trained memory extractor at %s: training it now (once)", WEIGHTS)
    train_and_save(WEIGHTS, report_dev=False)
    return ExtractorWeights.load(WEIGHTS)


def phrase_candidate(kind: str, clause: str, value: str, explicit: bool) -> list[Candidate]:
    """A fact stated by the whole clause, put in the third person ("I keep kosher" ->
    "Keeps kosher"); nothing when too little is left to be a fact."""
    category, attribute = CATEGORY[kind]
    text = third_person(ANNOUNCED.sub("", clause))
    if kind == "dislike" and re.search(r"\b(?:love|loves|favou?rites?|enjoy|adore)\b", text,
                                       re.I) and not re.search(r"\b(?:not|n't|never)\b", text):
        return []  # "ratatouille is one of my favorites": the reader's kind is wrong
    said = DISLIKE_SAID.match(text)
    if kind == "dislike" and said:  # "cant stand country" -> "Dislikes country"
        text = f"Dislikes {text[said.end():]}"
    elif kind == "dislike" and not re.match(r"(?:Dislikes|Does not|Avoids|Cannot|Prefers no)",
                                            text):
        text = f"Dislikes: {text[:1].lower()}{text[1:]}"
    if len(text.split()) < 2:
        return []
    return [Candidate(text=text, category=category, value=value, clause=clause,
                      attribute=attribute, explicit=explicit, sensitive=kind == "sensitive")]


# What announces a fact without being part of it: "update: fully vegan since last month".
ANNOUNCED = re.compile(r"^(?:(?:small |quick |life )?update|fyi|psa|news|heads up|btw|ok so|"
                       r"so)\s*[:,!-]+\s*", re.IGNORECASE)


# A dislike said without "I": its verb is the memory's "Dislikes".
DISLIKE_SAID = re.compile(r"(?:really\s+|just\s+|honestly\s+)?(?:can'?t|cannot|can not)\s+"
                          r"(?:stand|bear|stomach|deal with)\s+|(?:not a (?:big )?fan of|"
                          r"not into|dont like|don't like|do not like|hate|hates)\s+",
                          re.IGNORECASE)


def _word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'-"):
        start -= 1
    while end < len(text) and (text[end].isalnum() or text[end] in "-"):
        end += 1
    return start, end


def _clean_value(slot: str, value: str) -> str:
    value = value.strip(" .,!?;:'\"()[]")
    value = re.sub(r"^(?:in|at|for|from|to|as|the|a|an|named|called|it's|its|i'm|im|this is)"
                   r"\s+", "", value, flags=re.I) if slot in {"location", "employer", "name"} \
        else value
    if slot == "name":  # "Yeah Jon, I'm here for you": a greeting's word is no part of it
        value = re.sub(r"^(?:(?:hey|hi|hello|yeah|yes|yep|thanks|thank you|cheers|ok|okay|oh|"
                       r"well|sorry|wow|congrats|congratulations|dear|absolutely|sure|totally|"
                       r"definitely|of course|right|great|awesome|cool|nice|aw+|haha\w*|lol|"
                       r"omg|ugh|exactly|indeed|agreed|true|hmm+|good (?:morning|night)|"
                       r"morning|night)\W+)+", "", value, flags=re.I)
    if slot == "name":
        # "ben Emre, İzmir'de yaşıyorum": a name ends at a comma; "Saya Aisyah": the word
        # for "I" before it is no part of it.
        value = re.split(r"\s*[,;(]", value, maxsplit=1)[0]
        value = re.sub(r"^(?:saya|aku|ben|ich|je|yo|eu|io|ik|jag|I)\s+(?=\S)", "", value,
                       flags=re.I)
    if slot in {"name", "location"} and value.islower():
        value = value.title()
    return value if 0 < len(value) <= 60 else ""
