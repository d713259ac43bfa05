"""The n-gram features: the same buckets for the same words, whatever the case or spacing."""

from __future__ import annotations

import numpy as np

from agent.memory.extractors.learned.grams import BUCKETS, GRAM_SIZES, char_grams


def test_case_and_runs_of_white_space_do_not_change_the_grams() -> None:
    a, b = char_grams("Ich wohne in  Graz"), char_grams("ich wohne in graz")
    np.testing.assert_array_equal(a[0], b[0])
    np.testing.assert_allclose(a[1], b[1])


def test_every_gram_is_counted_once_per_place_and_the_vector_has_unit_length() -> None:
    buckets, values = char_grams("abab")  # " abab ": 5 bigrams, 4 trigrams, 3 + 2 longer
    assert buckets.min() >= 0 and buckets.max() < BUCKETS
    assert np.all(np.diff(buckets) > 0)  # sorted and unique
    padded = 6
    grams = sum(padded - n + 1 for n in GRAM_SIZES)
    counts = values / values.min()
    assert round(float(counts.sum())) == grams  # "ab" twice, "ba" once, ...
    assert np.isclose(float(np.linalg.norm(values)), 1.0)


def test_the_buckets_are_the_ones_the_weights_were_trained_on() -> None:
    """The weights are trained on these buckets, so a text must land in the same ones in every
    process and on every machine: pinned here, so a change to the hash fails this test
    rather than silently misreading trained weights. Different texts share few buckets."""
    # " ab ": " a", "ab", "b ", " ab", "ab ", " ab "
    assert char_grams("ab")[0].tolist() == [10813, 15771, 28617, 44293, 59275, 61599]
    first = char_grams("trabajo como enfermera")
    other = char_grams("vivo en Sevilla")
    assert len(set(first[0]) & set(other[0])) < len(first[0]) // 2


def test_an_empty_or_tiny_clause_still_has_a_vector() -> None:
    for text in ("", "a", "??"):
        buckets, values = char_grams(text)
        assert len(buckets) >= 1 and np.isclose(float(np.linalg.norm(values)), 1.0)
