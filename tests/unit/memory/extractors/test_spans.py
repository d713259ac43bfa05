"""The span reader's candidates and its place in the weights file."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from agent.memory.extractors.learned.grams import BUCKETS
from agent.memory.extractors.learned.model import ExtractorWeights, SoftmaxModel
from agent.memory.extractors.learned.spans import SPAN_KINDS, candidate_spans, span_label


def values(text: str) -> list[str]:
    return [text[start:end] for start, end in candidate_spans(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("I'm Tomasz Wierzbicki and I teach chemistry", ["Tomasz Wierzbicki"]),
    ("Sou engenheira no iFood e moro em Belo Horizonte", ["iFood", "Belo Horizonte"]),
    ("I work for Bank of America in Den Haag", ["Bank of America", "Den Haag"]),
    ("Je m'appelle Maria da Silva", ["Maria da Silva"]),
    ("Fatima Zahra", ["Fatima Zahra"]),
    ("ok hi, I'm new here", []),
    ("dad of three girls: Maya, Zoe and Lily", ["Maya", "Zoe", "Lily"]),
    ("we live in Austin, TX", ["Austin", "TX"]),
    ("still in bergen thankfully", ["bergen"]),
    ("I run Hughes & Son in Cardiff", ["Hughes & Son", "Cardiff"]),
])
def test_candidates_are_runs_of_capitalised_words(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_a_candidate_takes_the_kind_of_the_value_it_overlaps() -> None:
    gold = [("employer", 10, 18), ("location", 22, 28)]
    assert [span_label(10, 18, gold), span_label(22, 30, gold), span_label(0, 3, gold)] == [
        "employer", "location", "none"]


def _model(classes: tuple[str, ...], width: int = 3, hidden: int = 0) -> SoftmaxModel:
    if not hidden:
        return SoftmaxModel(np.zeros((len(classes), width), np.float32),
                            np.zeros(len(classes), np.float32), classes)
    rng = np.random.default_rng(0)
    return SoftmaxModel(rng.normal(size=(len(classes), hidden)).astype(np.float32),
                        np.zeros(len(classes), np.float32), classes,
                        rng.normal(size=(width, hidden)).astype(np.float32),
                        rng.normal(size=hidden).astype(np.float32))


def test_weights_round_trip_with_the_hidden_layers(tmp_path: Path) -> None:
    grams = SoftmaxModel(np.random.default_rng(3).normal(size=(2, BUCKETS)).astype(np.float32),
                         np.zeros(2, np.float32), ("none", "name"))
    weights = ExtractorWeights(_model(("none", "name"), hidden=4), _model(("O", "B-name")),
                               _model(SPAN_KINDS, hidden=4), _model(("none", "role"), hidden=4),
                               grams, "abc")
    weights.save(tmp_path / "w.npz")
    loaded = ExtractorWeights.load(tmp_path / "w.npz")
    assert loaded.spans.classes == SPAN_KINDS and loaded.fingerprint == "abc"
    x = np.random.default_rng(1).normal(size=(5, 3)).astype(np.float32)
    for before, after in [(weights.classifier, loaded.classifier),
                          (weights.spans, loaded.spans), (weights.tagger, loaded.tagger),
                          (weights.roles, loaded.roles)]:
        np.testing.assert_allclose(after.probabilities(x), before.probabilities(x))
    assert loaded.tagger.hidden is None
    clauses = ["I'm Ana", "vivo en Oporto", "ok", "", "thanks!"]
    np.testing.assert_allclose(loaded.kinds(x, clauses), weights.kinds(x, clauses), rtol=1e-6)


def test_a_hidden_layer_is_a_relu_before_the_softmax() -> None:
    model = _model(("none", "name"), hidden=4)
    x = np.random.default_rng(2).normal(size=(3, 3)).astype(np.float32)
    assert model.hidden is not None and model.hidden_intercept is not None
    h = np.maximum(x @ model.hidden + model.hidden_intercept, 0)
    logits = h @ model.coef.T + model.intercept
    expected = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    np.testing.assert_allclose(model.probabilities(x), expected, rtol=1e-5)


def test_weights_of_an_older_layout_ask_to_be_retrained(tmp_path: Path) -> None:
    old = tmp_path / "old.npz"
    np.savez(old, cls_coef=np.zeros((2, 3)), cls_intercept=np.zeros(2),
             cls_classes=np.array(["none", "name"]), tag_coef=np.zeros((2, 3)),
             tag_intercept=np.zeros(2), tag_classes=np.array(["O", "B-name"]),
             fingerprint=np.array("x"))
    with pytest.raises(ValueError, match="retrain"):
        ExtractorWeights.load(old)


def test_a_message_is_read_in_one_encoder_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    from agent.memory.extractors.learned import LearnedExtractor

    reader = LearnedExtractor.default()
    reader.encoder.clear_cache()
    calls: list[int] = []
    encode = reader.encoder.encode

    def counting(texts: list[str]):  # type: ignore[no-untyped-def]
        calls.append(len(texts))
        return encode(texts)

    monkeypatch.setattr(reader.encoder, "encode", counting)
    clauses = ["I moved to Porto last year", "my dog Biscuit hates the rain",
               "I work at Siemens Energy", "what should I cook tonight"]
    reader.prefetch_spans(clauses)
    for clause in clauses:
        reader.read_spans(clause)
    assert reader.likeliest(clauses, "location") is not None
    assert calls == [3]  # one pass, for the three clauses that name something
