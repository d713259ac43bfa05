"""The fit of the learned extractor: deterministic, with the layers the weights file expects."""

from __future__ import annotations

import numpy as np

from agent.memory.extractors.learned.model import gram_probabilities
from agent.memory.extractors.learned.train import Matrices, fit

TEXTS = {"none": ("gracias por la ayuda", "danke dir", "thanks a lot"),
         "name": ("me llamo Ana", "ich heiße Jonas", "my name is Priya"),
         "location": ("vivo en Oporto", "ich wohne in Graz", "I live in Leeds")}


def _matrices(seed: int = 0) -> Matrices:
    rng = np.random.default_rng(seed)
    m = Matrices()
    for i in range(60):
        kind = ("none", "name", "location")[i % 3]
        x = rng.normal(size=8).astype(np.float32)
        x[i % 3] += 3.0  # a separable signal per class
        m.clause_x.append(x)
        m.clause_y.append(kind)
        m.clause_text.append(TEXTS[kind][(i // 3 + seed) % 3])
        m.token_x.append(x[None, :])
        m.token_y.append("O" if kind == "none" else f"B-{kind}")
        m.span_x.append(x)
        m.span_y.append(kind)
        m.role_x.append(x)
        m.role_y.append("role" if kind == "name" else "none")
    return m


def test_the_same_data_gives_the_same_weights() -> None:
    first, second = fit(_matrices()), fit(_matrices())
    for a, b in zip(first, second, strict=True):
        np.testing.assert_array_equal(a.coef, b.coef)
        assert (a.hidden is None) == (b.hidden is None)
        if a.hidden is not None and b.hidden is not None:
            np.testing.assert_array_equal(a.hidden, b.hidden)


def test_the_classifier_and_span_reader_have_a_hidden_layer_and_learn() -> None:
    classifier, tagger, spans, roles, _ = fit(_matrices())
    assert classifier.hidden is not None and spans.hidden is not None and tagger.hidden is None
    assert roles.classes == ("none", "role") and roles.hidden is not None
    test = _matrices(seed=1)
    probs = classifier.probabilities(np.vstack(test.clause_x))
    predicted = [classifier.classes[i] for i in probs.argmax(axis=1)]
    accuracy = np.mean([p == g for p, g in zip(predicted, test.clause_y, strict=True)])
    assert accuracy >= 0.9


def test_a_two_class_model_gives_the_probabilities_it_was_fitted_to() -> None:
    """sklearn keeps one logit for two classes; the saved model must give its sigmoid."""
    from sklearn.linear_model import LogisticRegression

    from agent.memory.extractors.learned.train import _model

    m = _matrices()
    x, y = np.vstack(m.role_x), m.role_y
    fitted = LogisticRegression().fit(x, y)
    np.testing.assert_allclose(_model(fitted).probabilities(x), fitted.predict_proba(x),
                               rtol=1e-4, atol=1e-5)


def test_the_ngram_model_learns_words_in_any_language() -> None:
    *_, grams = fit(_matrices())
    assert grams.hidden is None and grams.classes == ("location", "name", "none")
    probs = gram_probabilities(grams, ["Me llamo Lucía", "Ich wohne in Wien", "danke!"])
    assert [grams.classes[i] for i in probs.argmax(axis=1)] == ["name", "location", "none"]
