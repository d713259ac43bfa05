"""The trained weights: three linear models, saved as one small ``.npz`` file.

Inference is a few matrix products and a softmax in NumPy; scikit-learn is only needed to train.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from agent.memory.extractors.learned.labels import KINDS, TAGS
from agent.memory.extractors.learned.spans import SPAN_KINDS

Matrix = NDArray[np.float32]


def softmax(scores: Matrix) -> Matrix:
    scores = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(scores)
    out: Matrix = (exp / exp.sum(axis=1, keepdims=True)).astype(np.float32)
    return out


@dataclass(frozen=True)
class LinearModel:
    """Multinomial logistic regression: ``softmax(x @ coef.T + intercept)``."""

    coef: Matrix
    intercept: Matrix
    classes: tuple[str, ...]

    def probabilities(self, features: Matrix) -> Matrix:
        if len(features) == 0:
            return np.zeros((0, len(self.classes)), dtype=np.float32)
        return softmax(features @ self.coef.T + self.intercept)


@dataclass(frozen=True)
class ExtractorWeights:
    """The clause classifier, the token tagger and the span reader, plus the fingerprint of
    the data they came from."""

    classifier: LinearModel
    tagger: LinearModel
    spans: LinearModel
    fingerprint: str

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp.npz")
        np.savez_compressed(
            tmp, cls_coef=self.classifier.coef, cls_intercept=self.classifier.intercept,
            cls_classes=np.array(self.classifier.classes), tag_coef=self.tagger.coef,
            tag_intercept=self.tagger.intercept, tag_classes=np.array(self.tagger.classes),
            spn_coef=self.spans.coef, spn_intercept=self.spans.intercept,
            spn_classes=np.array(self.spans.classes), fingerprint=np.array(self.fingerprint))
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path) -> ExtractorWeights:
        with np.load(path, allow_pickle=False) as data:
            classifier = LinearModel(data["cls_coef"], data["cls_intercept"],
                                     tuple(str(c) for c in data["cls_classes"]))
            tagger = LinearModel(data["tag_coef"], data["tag_intercept"],
                                 tuple(str(c) for c in data["tag_classes"]))
            if "spn_coef" not in data:
                raise ValueError(f"{path} predates the span reader; retrain it")
            spans = LinearModel(data["spn_coef"], data["spn_intercept"],
                                tuple(str(c) for c in data["spn_classes"]))
            fingerprint = str(data["fingerprint"])
        if (set(classifier.classes) - set(KINDS) or set(tagger.classes) - set(TAGS)
                or set(spans.classes) - set(SPAN_KINDS)):
            raise ValueError(f"{path} was trained for other labels; retrain it")
        return cls(classifier, tagger, spans, fingerprint)
