"""The deterministic extractor behind the offline model.

It reads first-person statements ("I live in ...", "call me ...", "me llamo ...") clause by
clause. Short replies are read against the assistant's previous question ("What city do you
live in?" + "lisbon" -> "I live in lisbon"), and a "yes" to an assistant claim is read as the
user saying the claim in their own voice; the ordinary statement rules then apply, so context
needs no rules of its own. Clauses that state nothing give hobby evidence: lexicon topics
labelled with the user's own word, and content nouns, which only become interests when they
recur in another chat. It does not judge candidates: secrets, sensitivity, consent and
temporariness are the policy's job (``policy.py``), applied the same way to any extractor.

Stages, in the order ``extract_offline`` runs them, each in its own module:
``normalization`` (quotes, contractions, typos), ``requests`` (remember/forget),
``context`` (short answers and confirmations, via ``claims``), ``statements`` (clauses from
``clauses`` through the rule registry in ``rules``, else hobby evidence from ``interests``).
``builders`` phrases the candidates and ``patterns`` holds the shared regex vocabulary.
"""

from __future__ import annotations

from agent.memory.offline.extractor import extract_offline
from agent.memory.offline.normalization import normalize

__all__ = ["extract_offline", "normalize"]
